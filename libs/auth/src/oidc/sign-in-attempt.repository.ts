import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { returnedRows } from '@kennis/database';
import { SignInAttemptEntity } from './sign-in-attempt.entity';

export interface PendingAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

@Injectable()
export class SignInAttemptRepository {
  constructor(@InjectRepository(SignInAttemptEntity) private readonly attempts: Repository<SignInAttemptEntity>) {}

  async insert(secretHash: string, attempt: PendingAttempt, lifetimeSeconds: number): Promise<void> {
    await this.attempts.query(`DELETE FROM sign_in_attempt WHERE expires_at <= now()`);
    await this.attempts.query(
      `INSERT INTO sign_in_attempt (secret_hash, state, nonce, code_verifier, return_to, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6))`,
      [secretHash, attempt.state, attempt.nonce, attempt.codeVerifier, attempt.returnTo, lifetimeSeconds],
    );
  }

  /** Takes the attempt (once: a replayed callback finds nothing). */
  async take(secretHash: string): Promise<PendingAttempt | null> {
    const result: unknown = await this.attempts.query(
      `DELETE FROM sign_in_attempt WHERE secret_hash = $1 AND expires_at > now() RETURNING state, nonce, code_verifier, return_to`,
      [secretHash],
    );
    const [row] = returnedRows<{ state: string; nonce: string; code_verifier: string; return_to: string }>(result);
    return row ? { state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to } : null;
  }
}
