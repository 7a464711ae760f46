import { Injectable } from '@nestjs/common';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { UnauthenticatedError } from '@kennis/errors';
import { OidcProviderClient } from './oidc-provider.client';

const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * Bearer access tokens from the provider, verified against its JWKS: issuer, audience, exp, nbf, and an
 * allow-list of algorithms (never HS256 or none, which would let the public key sign). jose caches the key
 * set and fetches it again when a token names a key id it does not know (a rotated key), at most once per cooldown.
 */
@Injectable()
export class OidcAccessTokenVerifier {
  private keys: { jwksUri: string; getKey: JWTVerifyGetKey } | null = null;

  constructor(private readonly provider: OidcProviderClient) {}

  /** The provider's id of the person (the configured subject claim). */
  async verify(token: string, now: Date = new Date()): Promise<string> {
    const settings = this.provider.settings;
    const metadata = (await this.provider.configuration()).serverMetadata();
    if (!metadata.jwks_uri) throw new UnauthenticatedError('The identity provider publishes no keys (jwks_uri): bearer tokens cannot be checked.');
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.keySet(metadata.jwks_uri), {
        issuer: metadata.issuer,
        audience: settings.audience,
        algorithms: settings.algorithms,
        requiredClaims: ['exp'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        currentDate: now,
      }));
    } catch (error) {
      throw new UnauthenticatedError(`The bearer token ${reason(error)}. Get a new access token from the identity provider.`);
    }
    const nowSeconds = Math.floor(now.getTime() / 1000);
    if (typeof payload.iat === 'number' && payload.iat > nowSeconds + CLOCK_TOLERANCE_SECONDS) {
      throw new UnauthenticatedError('The bearer token was issued in the future (iat). Get a new access token from the identity provider.');
    }
    const subject = payload[settings.claims.subject];
    if (typeof subject !== 'string' || !subject || subject.length > 200) {
      throw new UnauthenticatedError(`The bearer token has no ${settings.claims.subject} claim naming a person.`);
    }
    return subject;
  }

  private keySet(jwksUri: string): JWTVerifyGetKey {
    if (this.keys?.jwksUri !== jwksUri) {
      const cooldownDuration = this.provider.settings.jwksCooldownSeconds * 1000;
      this.keys = { jwksUri, getKey: createRemoteJWKSet(new URL(jwksUri), { cooldownDuration, cacheMaxAge: 10 * 60 * 1000 }) };
    }
    return this.keys.getKey;
  }
}

function reason(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return 'is not valid yet';
    if (error.claim === 'aud') return 'is meant for another audience';
    if (error.claim === 'iss') return 'comes from another issuer';
    return `has an invalid ${error.claim} claim`;
  }
  if (error instanceof joseErrors.JWKSNoMatchingKey || error instanceof joseErrors.JWSSignatureVerificationFailed) return 'is not signed by the identity provider';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'uses a signing algorithm that is not allowed';
  return 'is not valid';
}
