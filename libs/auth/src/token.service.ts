import { Inject, Injectable } from '@nestjs/common';
import { type ConfigType } from '@nestjs/config';
import jwt from 'jsonwebtoken';
import { authConfig } from '@kennis/config';
import { UnauthenticatedError } from '@kennis/errors';
import { isPersonId } from './person-id';

const ISSUER = 'kennis';
/** Clocks of the API instances and of whoever signed may differ a little. */
const CLOCK_TOLERANCE_SECONDS = 30;
const HINT = 'Get a new one (npm run token -- <email>).';

/** Development bearer tokens: HS256 JWTs signed with JWT_SECRET whose subject is a person id. */
@Injectable()
export class TokenService {
  constructor(@Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>) {}

  /** Whether development tokens are accepted at all (AUTH_MODE=development). */
  get enabled(): boolean {
    return this.config.jwtSecret !== null;
  }

  issue(personId: string): string {
    return jwt.sign({}, this.secret(), {
      algorithm: 'HS256',
      subject: personId,
      issuer: ISSUER,
      expiresIn: this.config.tokenLifetimeSeconds,
    });
  }

  /** The person id in a valid token; anything else is UNAUTHENTICATED with the reason. */
  verify(token: string, now: Date = new Date()): string {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    let payload: string | jwt.JwtPayload;
    try {
      payload = jwt.verify(token, this.secret(), {
        algorithms: ['HS256'],
        issuer: ISSUER,
        clockTimestamp: nowSeconds,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
    } catch (error) {
      const reason =
        error instanceof jwt.TokenExpiredError ? 'has expired' : error instanceof jwt.NotBeforeError ? 'is not valid yet' : 'is not valid';
      throw new UnauthenticatedError(`The bearer token ${reason}. ${HINT}`);
    }
    if (typeof payload === 'string') throw new UnauthenticatedError(`The bearer token is not valid. ${HINT}`);
    // jsonwebtoken accepts a token without exp as valid forever; ours always carry one.
    if (typeof payload.exp !== 'number') throw new UnauthenticatedError(`The bearer token has no expiry (exp). ${HINT}`);
    if (typeof payload.iat === 'number' && payload.iat > nowSeconds + CLOCK_TOLERANCE_SECONDS) {
      throw new UnauthenticatedError(`The bearer token was issued in the future (iat). ${HINT}`);
    }
    if (!isPersonId(payload.sub)) throw new UnauthenticatedError(`The bearer token's subject is not a person id. ${HINT}`);
    return payload.sub;
  }

  private secret(): string {
    if (this.config.jwtSecret === null) {
      throw new UnauthenticatedError('Development tokens are off (AUTH_MODE is not development): sign in with the identity provider.');
    }
    return this.config.jwtSecret;
  }
}
