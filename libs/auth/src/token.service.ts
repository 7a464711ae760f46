import { createSecretKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type ConfigType } from '@nestjs/config';
import jwt from 'jsonwebtoken';
import { authConfig } from '@kennis/config';
import { UnauthenticatedError } from '@kennis/errors';

const ISSUER = 'kennis';

/** Bearer tokens: HS256 JWTs whose subject is a person id. */
@Injectable()
export class TokenService {
  /**
   * Made once: given the secret as a string, jsonwebtoken first tries it as a public key on every
   * verify (createPublicKey, which throws) before it falls back to a secret key, a few hundred us each.
   */
  private readonly verifyKey: KeyObject;

  constructor(@Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>) {
    this.verifyKey = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  }

  issue(personId: string): string {
    return jwt.sign({}, this.config.jwtSecret, {
      algorithm: 'HS256',
      subject: personId,
      issuer: ISSUER,
      expiresIn: this.config.tokenLifetimeSeconds,
    });
  }

  /** The person id in a valid token; anything else is UNAUTHENTICATED with the reason. */
  verify(token: string): string {
    let payload: string | jwt.JwtPayload;
    try {
      payload = jwt.verify(token, this.verifyKey, { algorithms: ['HS256'], issuer: ISSUER });
    } catch (error) {
      const reason = error instanceof jwt.TokenExpiredError ? 'has expired' : 'is not valid';
      throw new UnauthenticatedError(`The bearer token ${reason}. Get a new one (npm run token -- <email>).`);
    }
    if (typeof payload === 'string' || typeof payload.sub !== 'string') {
      throw new UnauthenticatedError('The bearer token has no subject. Get a new one (npm run token -- <email>).');
    }
    return payload.sub;
  }
}
