import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { SessionRoomAnswerEntity } from '../entities/session-room-answer.entity';

export interface CurrentRoomAnswer {
  sessionId: string;
  partstat: string;
  comment: string | null;
  answeredAt: Date;
}

@Injectable()
export class SessionRoomAnswerRepository {
  constructor(@InjectRepository(SessionRoomAnswerEntity) private readonly answers: Repository<SessionRoomAnswerEntity>) {}

  /** Records the room's answer unless it answered a newer SEQUENCE already (RFC 5546 2.1.5). */
  async record(manager: EntityManager, sessionId: string, roomId: string, partstat: SessionRoomAnswerEntity['partstat'], comment: string | null, sequence: number): Promise<void> {
    await manager.query(
      `INSERT INTO session_room_answer (session_id, room_id, partstat, comment, sequence) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT session_room_answer_pkey DO UPDATE SET partstat = EXCLUDED.partstat,
         comment = EXCLUDED.comment, sequence = EXCLUDED.sequence, answered_at = now()
       WHERE session_room_answer.sequence <= EXCLUDED.sequence`,
      [sessionId, roomId, partstat, comment, sequence],
    );
  }

  /** The answers that concern each session's current room and time: same room, its current SEQUENCE or later. */
  async findCurrent(sessionIds: readonly string[]): Promise<CurrentRoomAnswer[]> {
    const rows: { session_id: string; partstat: string; comment: string | null; answered_at: Date }[] = await this.answers.query(
      `SELECT a.session_id, a.partstat, a.comment, a.answered_at FROM session_room_answer a
       JOIN session s ON s.id = a.session_id AND s.room_id = a.room_id AND a.sequence >= s.calendar_sequence
       WHERE a.session_id = ANY($1)`,
      [sessionIds],
    );
    return rows.map((row) => ({ sessionId: row.session_id, partstat: row.partstat, comment: row.comment, answeredAt: row.answered_at }));
  }
}
