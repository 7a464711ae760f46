import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { BusyPeriod } from '../services/first-meeting-slot';

/**
 * What already fills people's Kennis calendars: sessions they host or hold a seat in, and mentoring
 * first meetings of their other matches. A first meeting is never planned on top of them.
 */
@Injectable()
export class MentoringCommitmentsRepository {
  async findBusy(manager: EntityManager, personIds: readonly string[], from: Date, to: Date): Promise<BusyPeriod[]> {
    const rows: { starts_at: Date; ends_at: Date }[] = await manager.query(
      `SELECT s.starts_at, s.ends_at FROM session s
       WHERE s.status = 'SCHEDULED' AND s.starts_at < $3 AND s.ends_at > $2
         AND (EXISTS (SELECT 1 FROM session_host h WHERE h.session_id = s.id AND h.person_id = ANY($1::uuid[]))
           OR EXISTS (SELECT 1 FROM registration r WHERE r.session_id = s.id AND r.status = 'SEATED' AND r.person_id = ANY($1::uuid[])))
       UNION ALL
       SELECT m.meeting_starts_at, m.meeting_ends_at FROM mentor_match m
       WHERE m.status = 'ACCEPTED' AND m.meeting_starts_at < $3 AND m.meeting_ends_at > $2
         AND (m.mentor_id = ANY($1::uuid[]) OR m.mentee_id = ANY($1::uuid[]))
       ORDER BY 1`,
      [personIds, from, to],
    );
    return rows.map((row) => ({ startsAt: new Date(row.starts_at), endsAt: new Date(row.ends_at) }));
  }
}
