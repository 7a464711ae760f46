import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { SessionCalendarReplyEntity } from '../entities/session-calendar-reply.entity';

@Injectable()
export class SessionCalendarReplyRepository {
  constructor(@InjectRepository(SessionCalendarReplyEntity) private readonly replies: Repository<SessionCalendarReplyEntity>) {}

  /** Records the answer unless a newer SEQUENCE was answered already (RFC 5546 2.1.5). Returns whether it counted. */
  async record(manager: EntityManager, sessionId: string, personId: string, partstat: SessionCalendarReplyEntity['partstat'], sequence: number): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO session_calendar_reply (session_id, person_id, partstat, sequence) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT session_calendar_reply_pkey DO UPDATE SET partstat = EXCLUDED.partstat,
         sequence = EXCLUDED.sequence, replied_at = now()
       WHERE session_calendar_reply.sequence <= EXCLUDED.sequence RETURNING session_id`,
      [sessionId, personId, partstat, sequence],
    );
    return rows.length > 0;
  }

  findAllForSession(sessionId: string): Promise<SessionCalendarReplyEntity[]> {
    return this.replies.findBy({ sessionId });
  }
}
