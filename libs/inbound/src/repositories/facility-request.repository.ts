import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { type FacilityRequestStatus, SessionFacilityRequestEntity } from '@kennis/sessions';

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

  findById(id: string, manager?: EntityManager): Promise<SessionFacilityRequestEntity | null> {
    return (manager?.getRepository(SessionFacilityRequestEntity) ?? this.requests).findOneBy({ id });
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
