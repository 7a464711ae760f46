import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { BusyPeriod } from '../services/first-meeting-slot';

/**
 * Mentoring's own share of people's calendars: the first meetings of their other accepted matches.
 * Sessions and room bookings come from their own libraries (see FirstMeetingPlanner).
 */
@Injectable()
export class MentoringCommitmentsRepository {
  async findMeetings(manager: EntityManager, personIds: readonly string[], from: Date, to: Date, exceptMatchId: string | null): Promise<BusyPeriod[]> {
    const rows: { starts_at: Date; ends_at: Date }[] = await manager.query(
      `SELECT m.meeting_starts_at AS starts_at, m.meeting_ends_at AS ends_at FROM mentor_match m
       WHERE m.status = 'ACCEPTED' AND m.meeting_starts_at < $3 AND m.meeting_ends_at > $2
         AND (m.mentor_id = ANY($1::uuid[]) OR m.mentee_id = ANY($1::uuid[]))
         AND m.id IS DISTINCT FROM $4
       ORDER BY 1`,
      [personIds, from, to, exceptMatchId],
    );
    return rows.map((row) => ({ startsAt: new Date(row.starts_at), endsAt: new Date(row.ends_at) }));
  }
}
