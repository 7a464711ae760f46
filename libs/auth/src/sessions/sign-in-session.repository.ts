import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { returnedRows } from '@kennis/database';
import { SignInSessionEntity } from './sign-in-session.entity';

export interface LiveSession {
  id: string;
  personId: string;
  /** Seconds since the session was last used. */
  idleSeconds: number;
}

/** Every time comparison uses the database clock, so API instances with drifting clocks agree. */
@Injectable()
export class SignInSessionRepository {
  constructor(@InjectRepository(SignInSessionEntity) private readonly sessions: Repository<SignInSessionEntity>) {}

  async insert(personId: string, secretHash: string, absoluteSeconds: number, idToken: string | null): Promise<string> {
    const rows: { id: string }[] = await this.sessions.query(
      `INSERT INTO sign_in_session (secret_hash, person_id, expires_at, id_token)
       VALUES ($1, $2, now() + make_interval(secs => $3), $4) RETURNING id`,
      [secretHash, personId, absoluteSeconds, idToken],
    );
    return rows[0].id;
  }

  async findLive(secretHash: string, idleSeconds: number): Promise<LiveSession | null> {
    const rows: { id: string; person_id: string; idle_seconds: number }[] = await this.sessions.query(
      `SELECT id, person_id, extract(epoch FROM now() - last_seen_at)::float8 AS idle_seconds
       FROM sign_in_session
       WHERE secret_hash = $1 AND expires_at > now() AND last_seen_at > now() - make_interval(secs => $2)`,
      [secretHash, idleSeconds],
    );
    const row = rows[0];
    return row ? { id: row.id, personId: row.person_id, idleSeconds: row.idle_seconds } : null;
  }

  async touch(id: string): Promise<void> {
    await this.sessions.query(`UPDATE sign_in_session SET last_seen_at = now() WHERE id = $1`, [id]);
  }

  /** Deletes the session and returns what signing out at the provider needs. */
  async deleteBySecretHash(secretHash: string): Promise<{ idToken: string | null } | null> {
    const result: unknown = await this.sessions.query(`DELETE FROM sign_in_session WHERE secret_hash = $1 RETURNING id_token`, [secretHash]);
    const [row] = returnedRows<{ id_token: string | null }>(result);
    return row ? { idToken: row.id_token } : null;
  }

  async deleteForPerson(manager: EntityManager, personId: string): Promise<void> {
    await manager.query(`DELETE FROM sign_in_session WHERE person_id = $1`, [personId]);
  }

  /** Sessions that can never be used again; removed on each sign-in so the table stays small. */
  async deleteEnded(idleSeconds: number): Promise<void> {
    await this.sessions.query(
      `DELETE FROM sign_in_session WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(secs => $1)`,
      [idleSeconds],
    );
  }
}
