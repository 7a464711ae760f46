import { type DynamicModule, Module, type ModuleMetadata, type Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActorLookup } from './actor';
import { AuthGuard } from './auth.guard';
import { AuthController } from './http/auth.controller';
import { RequestAuthenticator } from './request-authenticator';
import { SignInSessionEntity } from './sessions/sign-in-session.entity';
import { SignInSessionRepository } from './sessions/sign-in-session.repository';
import { SignInSessionService } from './sessions/sign-in-session.service';
import { SignInDirectory } from './sign-in-directory';
import { TokenService } from './token.service';

export interface AuthModuleOptions {
  /** The modules that provide the implementations below (the people library). */
  imports: NonNullable<ModuleMetadata['imports']>;
  actorLookup: Type<ActorLookup>;
  signInDirectory: Type<SignInDirectory>;
}

/** Sign-in for the API: sessions, tokens, the /auth routes and the guard. The app says who the people are. */
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions): DynamicModule {
    return {
      module: AuthModule,
      imports: [TypeOrmModule.forFeature([SignInSessionEntity]), ...options.imports],
      controllers: [AuthController],
      providers: [
        TokenService,
        SignInSessionRepository,
        SignInSessionService,
        RequestAuthenticator,
        AuthGuard,
        { provide: ActorLookup, useExisting: options.actorLookup },
        { provide: SignInDirectory, useExisting: options.signInDirectory },
      ],
      exports: [TokenService, SignInSessionService, RequestAuthenticator, AuthGuard],
    };
  }
}
