import { Inject, Injectable, Logger } from '@nestjs/common';
import { type ConfigType } from '@nestjs/config';
import * as client from 'openid-client';
import { authConfig, type OidcConfig } from '@kennis/config';
import { UnauthenticatedError } from '@kennis/errors';

/**
 * The provider's metadata through openid-client, discovered once and again after a failure (so an API
 * started while the provider was down recovers without a restart).
 */
@Injectable()
export class OidcProviderClient {
  private readonly logger = new Logger('OidcProvider');
  private discovered: Promise<client.Configuration> | null = null;

  constructor(@Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>) {}

  get settings(): OidcConfig {
    if (!this.config.oidc) throw new UnauthenticatedError('Sign-in with an identity provider is off (AUTH_MODE is development).');
    return this.config.oidc;
  }

  configuration(): Promise<client.Configuration> {
    if (!this.discovered) {
      const settings = this.settings;
      const authentication = settings.clientSecret ? client.ClientSecretBasic(settings.clientSecret) : client.None();
      this.discovered = client
        .discovery(new URL(settings.issuerUrl), settings.clientId, undefined, authentication, {
          execute: settings.allowInsecureIssuer ? [client.allowInsecureRequests] : [],
        })
        .catch((error: unknown) => {
          this.discovered = null;
          this.logger.error(`Discovery at ${settings.issuerUrl} failed: ${(error as Error).message}`);
          throw new UnauthenticatedError('The identity provider cannot be reached right now. Try again in a minute.');
        });
    }
    return this.discovered;
  }
}
