import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface SessionMessageRow {
  id: string;
  sessionId: string | null;
  kind: string;
  recipient: string | null;
  status: string;
  attempts: number;
  lastError: string | null;
  dueAt: Date;
  createdAt: Date;
  processedAt: Date | null;
}

const SELECT_MESSAGES = `
  SELECT o.id::text AS id, o.session_id AS "sessionId",
         coalesce(o.payload->>'kind', 'REMINDER_SCHEDULE') AS kind,
         coalesce(p.email::text, r.resource_mailbox::text, f.mailbox::text) AS recipient,
         o.status, o.attempts, o.last_error AS "lastError", o.due_at AS "dueAt",
         o.created_at AS "createdAt", o.processed_at AS "processedAt"
  FROM outbox_message o
  LEFT JOIN person p ON p.id = (o.payload->>'personId')::uuid
  LEFT JOIN room r ON r.id = (o.payload->>'roomId')::uuid
  LEFT JOIN facility_team f ON f.id = (o.payload->>'facilityTeamId')::uuid`;

/** What was sent about sessions, to whom, and how it went: read from the outbox. */
@Injectable()
export class SessionMessageRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findForSession(sessionId: string): Promise<SessionMessageRow[]> {
    return this.dataSource.query(`${SELECT_MESSAGES} WHERE o.session_id = $1 ORDER BY o.id`, [sessionId]);
  }

  findFailed(limit: number): Promise<SessionMessageRow[]> {
    return this.dataSource.query(`${SELECT_MESSAGES} WHERE o.status = 'FAILED' ORDER BY o.id DESC LIMIT $1`, [limit]);
  }
}
