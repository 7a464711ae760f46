import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { type FacilityRequestStatus, SessionFacilityRequestEntity } from '@kennis/sessions';
import { FacilityRequestOccurrenceEntity } from '../entities/facility-request-occurrence.entity';

export interface InvitedMeetingRequest {
  facilityTeamId: string;
  calendarUid: string;
  sequence: number;
  organizerAddress: string;
  summary: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  note: string;
  inReplyTo: string | null;
}

/** An occurrence of a recurring invited meeting: its RECURRENCE-ID (original start) and its time. */
export interface MeetingOccurrence {
  recurrenceId: Date;
  startsAt: Date;
  endsAt: Date;
}

/** Facility requests as the teams see and decide them: sessions' and invited meetings' alike. */
@Injectable()
export class FacilityRequestRepository {
  constructor(@InjectRepository(SessionFacilityRequestEntity) private readonly requests: Repository<SessionFacilityRequestEntity>) {}

  /** Locked: a re-delivery, an update and a cancel of one meeting queue here. */
  findMeetingForUpdate(manager: EntityManager, facilityTeamId: string, calendarUid: string): Promise<SessionFacilityRequestEntity | null> {
    return manager.getRepository(SessionFacilityRequestEntity).findOne({ where: { facilityTeamId, calendarUid }, lock: { mode: 'pessimistic_write' } });
  }

  /** Locked, so two team members deciding at once queue here and the second sees the first's decision. */
  lockById(manager: EntityManager, id: string): Promise<SessionFacilityRequestEntity | null> {
    return manager.getRepository(SessionFacilityRequestEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findById(manager: EntityManager, id: string): Promise<SessionFacilityRequestEntity | null> {
    return manager.getRepository(SessionFacilityRequestEntity).findOneBy({ id });
  }

  /**
   * The first invite of a meeting: ON CONFLICT DO NOTHING, so two deliveries racing past the lock
   * (there is no row to lock yet) make one request; the loser reads the winner's row.
   */
  async insertMeeting(manager: EntityManager, request: InvitedMeetingRequest): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO session_facility_request (facility_team_id, calendar_uid, sequence, organizer_address, summary, starts_at, ends_at, location, note, in_reply_to)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (facility_team_id, calendar_uid) WHERE calendar_uid IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        request.facilityTeamId,
        request.calendarUid,
        request.sequence,
        request.organizerAddress,
        request.summary.slice(0, 200),
        request.startsAt,
        request.endsAt,
        request.location,
        request.note.slice(0, 500),
        request.inReplyTo,
      ],
    );
    return rows[0]?.id ?? null;
  }

  /** An update of the meeting: the new details, the question open again, and what changed in words. */
  async updateMeeting(manager: EntityManager, id: string, request: InvitedMeetingRequest, lastChange: string): Promise<void> {
    await manager.query(
      `UPDATE session_facility_request SET sequence = $2, organizer_address = $3, summary = $4, starts_at = $5, ends_at = $6,
         location = $7, note = $8, in_reply_to = $9, last_change = $10, status = 'REQUESTED', decision_reason = NULL,
         decided_by_id = NULL, decided_at = NULL, version = version + 1
       WHERE id = $1`,
      [id, request.sequence, request.organizerAddress, request.summary.slice(0, 200), request.startsAt, request.endsAt, request.location, request.note.slice(0, 500), request.inReplyTo, lastChange.slice(0, 2000)],
    );
  }

  /**
   * One occurrence of the series cancelled (CANCEL with its RECURRENCE-ID): the series' span and what
   * changed, a new version for the team's notice; the team's decision on the rest stands.
   */
  async cancelOccurrence(manager: EntityManager, id: string, recurrenceId: Date, sequence: number, lastChange: string): Promise<void> {
    await manager.query(`DELETE FROM facility_request_occurrence WHERE facility_request_id = $1 AND recurrence_id = $2`, [id, recurrenceId]);
    await manager.query(
      `UPDATE session_facility_request r SET sequence = GREATEST(r.sequence, $2), last_change = $3, version = r.version + 1,
         starts_at = span.starts_at, ends_at = span.ends_at
       FROM (SELECT min(starts_at) AS starts_at, max(ends_at) AS ends_at FROM facility_request_occurrence WHERE facility_request_id = $1) span
       WHERE r.id = $1`,
      [id, sequence, lastChange.slice(0, 2000)],
    );
  }

  async cancelMeeting(manager: EntityManager, id: string, sequence: number): Promise<void> {
    await manager.query(
      `UPDATE session_facility_request SET status = 'CANCELLED', sequence = GREATEST(sequence, $2), last_change = 'cancelled by the organizer', version = version + 1 WHERE id = $1`,
      [id, sequence],
    );
  }

  async decide(manager: EntityManager, id: string, status: Extract<FacilityRequestStatus, 'CONFIRMED' | 'DECLINED'>, reason: string | null, deciderId: string): Promise<void> {
    await manager.query(
      `UPDATE session_facility_request SET status = $2, decision_reason = $3, decided_by_id = $4, decided_at = now(), version = version + 1 WHERE id = $1`,
      [id, status, reason, deciderId],
    );
  }

  /** The occurrences of these requests (recurring invited meetings only), soonest first. */
  findOccurrences(manager: EntityManager, requestIds: readonly string[]): Promise<FacilityRequestOccurrenceEntity[]> {
    if (requestIds.length === 0) return Promise.resolve([]);
    return manager.getRepository(FacilityRequestOccurrenceEntity).find({
      where: { facilityRequestId: In([...requestIds]) },
      order: { startsAt: 'ASC', recurrenceId: 'ASC' },
    });
  }

  /** The same, read outside any transaction (the teams' request lists). */
  listOccurrences(requestIds: readonly string[]): Promise<FacilityRequestOccurrenceEntity[]> {
    return this.findOccurrences(this.requests.manager, requestIds);
  }

  /** A new version of the series: its occurrences as the invite lists them now, none declined (the question is open again). */
  async replaceOccurrences(manager: EntityManager, requestId: string, occurrences: readonly MeetingOccurrence[]): Promise<void> {
    await manager.query(`DELETE FROM facility_request_occurrence WHERE facility_request_id = $1`, [requestId]);
    if (occurrences.length === 0) return;
    await manager.query(
      `INSERT INTO facility_request_occurrence (facility_request_id, recurrence_id, starts_at, ends_at)
       SELECT $1, o.recurrence_id, o.starts_at, o.ends_at
       FROM unnest($2::timestamptz[], $3::timestamptz[], $4::timestamptz[]) AS o (recurrence_id, starts_at, ends_at)`,
      [requestId, occurrences.map((o) => o.recurrenceId), occurrences.map((o) => o.startsAt), occurrences.map((o) => o.endsAt)],
    );
  }

  /** The team's decision per occurrence: the listed ones declined with the reason, every other one served. */
  async markDeclinedOccurrences(manager: EntityManager, requestId: string, recurrenceIds: readonly Date[], reason: string | null): Promise<void> {
    await manager.query(
      `UPDATE facility_request_occurrence SET declined_reason = CASE WHEN recurrence_id = ANY($2::timestamptz[]) THEN $3::varchar END WHERE facility_request_id = $1`,
      [requestId, recurrenceIds, reason],
    );
  }

  /** When a session's request stops mattering: the session's end (null while it has no time). */
  async findSessionEnd(manager: EntityManager, sessionId: string): Promise<Date | null> {
    const rows: { ends_at: Date | null }[] = await manager.query(`SELECT ends_at FROM session WHERE id = $1`, [sessionId]);
    return rows[0]?.ends_at ?? null;
  }

  /**
   * A team's requests that are not over: invited meetings that have not ended, and the requests of
   * sessions that are still proposed or scheduled and not over; soonest first, sessions without a time last.
   */
  findOpenForTeam(facilityTeamId: string, now: Date): Promise<SessionFacilityRequestEntity[]> {
    return this.requests
      .createQueryBuilder('request')
      .leftJoinAndSelect('request.session', 'session')
      .where('request.facility_team_id = :facilityTeamId', { facilityTeamId })
      .andWhere(
        `((request.calendar_uid IS NOT NULL AND request.ends_at > :now)
          OR (session.status IN ('PROPOSED', 'SCHEDULED') AND (session.ends_at IS NULL OR session.ends_at > :now)))`,
        { now },
      )
      .orderBy('COALESCE(request.starts_at, session.starts_at)', 'ASC', 'NULLS LAST')
      .addOrderBy('request.created_at', 'ASC')
      .limit(500)
      .getMany();
  }
}
