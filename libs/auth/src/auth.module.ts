import { type DynamicModule, Module, type ModuleMetadata, type Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActorLookup } from './actor';
import { AttemptLimiter } from './attempt-limiter';
import { AuthGuard } from './auth.guard';
import { AuthController } from './http/auth.controller';
import { OidcAccessTokenVerifier } from './oidc/oidc-access-token.verifier';
import { OidcProviderClient } from './oidc/oidc-provider.client';
import { OidcSignInService } from './oidc/oidc-sign-in.service';
import { SignInAttemptEntity } from './oidc/sign-in-attempt.entity';
import { SignInAttemptRepository } from './oidc/sign-in-attempt.repository';
import { RequestAuthenticator } from './request-authenticator';
import { SignInSessionEntity } from './sessions/sign-in-session.entity';
import { SignInSessionRepository } from './sessions/sign-in-session.repository';
import { SignInSessionService } from './sessions/sign-in-session.service';
import { SignInDirectory } from './sign-in-directory';
import { SignInRecorder } from './sign-in-recorder';
import { TokenService } from './token.service';

export interface AuthModuleOptions {
  /** The modules that provide the implementations below (the people library). */
  imports: NonNullable<ModuleMetadata['imports']>;
  actorLookup: Type<ActorLookup>;
  signInDirectory: Type<SignInDirectory>;
  /** Counts failed sign-ins (the Redis RateLimiter of libs/rate-limit). */
  attemptLimiter: Type<AttemptLimiter>;
  /** Writes sign-ins to the audit log (AuditSignInRecorder of libs/audit). */
  signInRecorder: Type<SignInRecorder>;
}

/** Sign-in for the API: sessions, tokens, the /auth routes and the guard. The app says who the people are. */
/** The tables of this library, for its module and for the schema check of the migrations. */
export const authEntities = [SignInSessionEntity, SignInAttemptEntity];

@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions): DynamicModule {
    return {
      module: AuthModule,
      // Global: the app's modules that end sign-ins (SCIM deactivation) or record them reach it without importing forRoot again.
      global: true,
      imports: [TypeOrmModule.forFeature(authEntities), ...options.imports],
      controllers: [AuthController],
      providers: [
        TokenService,
        SignInSessionRepository,
        SignInSessionService,
        SignInAttemptRepository,
        OidcProviderClient,
        OidcAccessTokenVerifier,
        OidcSignInService,
        RequestAuthenticator,
        AuthGuard,
        { provide: ActorLookup, useExisting: options.actorLookup },
        { provide: SignInDirectory, useExisting: options.signInDirectory },
        { provide: AttemptLimiter, useExisting: options.attemptLimiter },
        { provide: SignInRecorder, useExisting: options.signInRecorder },
      ],
      exports: [TokenService, SignInSessionService, OidcAccessTokenVerifier, RequestAuthenticator, AuthGuard],
    };
  }
}
