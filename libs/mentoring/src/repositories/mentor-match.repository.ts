import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { returnedRows } from '@kennis/database';
import type { ProposedMatch } from '../matching/matching.types';
import { MatchStatus, MentorMatchEntity } from '../entities/mentor-match.entity';
import { awaitingAnswer, openMatch } from './open-match.predicate';

export interface MatchMeeting {
  startsAt: Date;
  endsAt: Date;
  roomBookingId: string | null;
}

@Injectable()
export class MentorMatchRepository {
  constructor(@InjectRepository(MentorMatchEntity) private readonly matches: Repository<MentorMatchEntity>) {}

  /** The match as the caller's transaction sees it. */
  findInTransaction(manager: EntityManager, id: string): Promise<MentorMatchEntity | null> {
    return manager.getRepository(MentorMatchEntity).findOneBy({ id });
  }

  lock(manager: EntityManager, id: string): Promise<MentorMatchEntity | null> {
    return manager.getRepository(MentorMatchEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Published proposals waiting for this mentor's answer, soonest deadline first. */
  findOpenProposalsForMentor(mentorId: string): Promise<MentorMatchEntity[]> {
    return this.awaitingAnswerOf(this.matches.manager, mentorId, null);
  }

  /** The same, of one round, in the caller's transaction. */
  findOpenProposalsInRound(manager: EntityManager, roundId: string, mentorId: string): Promise<MentorMatchEntity[]> {
    return this.awaitingAnswerOf(manager, mentorId, roundId);
  }

  private awaitingAnswerOf(manager: EntityManager, mentorId: string, roundId: string | null): Promise<MentorMatchEntity[]> {
    return manager
      .getRepository(MentorMatchEntity)
      .createQueryBuilder('m')
      .where('m.mentorId = :mentorId', { mentorId })
      .andWhere(awaitingAnswer('m'))
      .andWhere(roundId ? 'm.roundId = :roundId' : 'TRUE', { roundId })
      .orderBy('m.respondBy')
      .addOrderBy('m.id')
      .getMany();
  }

  /** The mentee's accepted match, or else their published proposal; the newest first. */
  findCurrentForMentee(menteeId: string): Promise<MentorMatchEntity | null> {
    return this.matches
      .createQueryBuilder('m')
      .where('m.menteeId = :menteeId', { menteeId })
      .andWhere(openMatch('m'))
      .orderBy(`CASE m.status WHEN 'ACCEPTED' THEN 0 ELSE 1 END`)
      .addOrderBy('m.createdAt', 'DESC')
      .getOne();
  }

  findHistoryFor(personId: string): Promise<MentorMatchEntity[]> {
    return this.matches
      .createQueryBuilder('match')
      .where('(match.mentorId = :personId OR match.menteeId = :personId)', { personId })
      .andWhere('match.publishedAt IS NOT NULL')
      .orderBy('match.publishedAt', 'DESC')
      .addOrderBy('match.id')
      .getMany();
  }

  findForRound(roundId: string): Promise<MentorMatchEntity[]> {
    return this.matches.find({ where: { roundId }, order: { menteeId: 'ASC', createdAt: 'ASC' } });
  }

  /** Proposals nobody has seen yet belong to the run that made them; a new run replaces them. */
  async deleteUnpublishedProposals(manager: EntityManager, roundId: string): Promise<void> {
    await manager.query(`DELETE FROM mentor_match WHERE round_id = $1 AND status = 'PROPOSED' AND published_at IS NULL`, [roundId]);
  }

  async insertProposals(manager: EntityManager, roundId: string, proposals: readonly ProposedMatch[]): Promise<void> {
    if (proposals.length === 0) return;
    await manager.query(
      `INSERT INTO mentor_match (round_id, mentor_id, mentee_id, score, breakdown)
       SELECT $1, mentor_id, mentee_id, score, breakdown
       FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::jsonb[]) AS t(mentor_id, mentee_id, score, breakdown)`,
      [
        roundId,
        proposals.map((match) => match.mentorId),
        proposals.map((match) => match.menteeId),
        proposals.map((match) => match.score),
        proposals.map((match) => JSON.stringify(match.breakdown)),
      ],
    );
  }

  /** Publishes the round's unpublished proposals; returns the mentors who now have something to answer. */
  async publishProposals(manager: EntityManager, roundId: string, now: Date, respondBy: Date): Promise<string[]> {
    const rows = returnedRows<{ mentor_id: string }>(
      await manager.query(
        `UPDATE mentor_match SET published_at = $2, respond_by = $3, updated_at = now()
         WHERE round_id = $1 AND status = 'PROPOSED' AND published_at IS NULL RETURNING mentor_id`,
        [roundId, now, respondBy],
      ),
    );
    return [...new Set(rows.map((row) => row.mentor_id))].sort();
  }

  findById(id: string): Promise<MentorMatchEntity | null> {
    return this.matches.findOneBy({ id });
  }

  /** `runsUntil` with an acceptance: an accepted match always knows when it ends. */
  async decide(manager: EntityManager, id: string, status: MatchStatus, declineReason: string | null, now: Date, runsUntil: Date | null = null): Promise<void> {
    await manager.query(
      `UPDATE mentor_match SET status = $2, decline_reason = $3, decided_at = $4, runs_until = COALESCE($5, runs_until), updated_at = now() WHERE id = $1`,
      [id, status, declineReason, now, runsUntil],
    );
  }

  async setMeeting(manager: EntityManager, id: string, meeting: MatchMeeting): Promise<void> {
    await manager.query(
      `UPDATE mentor_match SET meeting_starts_at = $2, meeting_ends_at = $3, meeting_room_booking_id = $4, updated_at = now() WHERE id = $1`,
      [id, meeting.startsAt, meeting.endsAt, meeting.roomBookingId],
    );
  }

  /** A moved first meeting: its new time and room, and the invite's next SEQUENCE (returned). */
  async moveMeeting(manager: EntityManager, id: string, meeting: MatchMeeting): Promise<number> {
    const rows = returnedRows<{ meeting_sequence: number }>(
      await manager.query(
        `UPDATE mentor_match SET meeting_starts_at = $2, meeting_ends_at = $3, meeting_room_booking_id = $4,
           meeting_sequence = meeting_sequence + 1, mentor_meeting_answer = NULL, mentee_meeting_answer = NULL, updated_at = now()
         WHERE id = $1 RETURNING meeting_sequence`,
        [id, meeting.startsAt, meeting.endsAt, meeting.roomBookingId],
      ),
    );
    return rows[0].meeting_sequence;
  }

  /** One person's calendar answer to the meeting as it is now. */
  async recordMeetingAnswer(manager: EntityManager, id: string, who: 'MENTOR' | 'MENTEE', answer: 'ACCEPTED' | 'TENTATIVE' | 'DECLINED'): Promise<void> {
    const column = who === 'MENTOR' ? 'mentor_meeting_answer' : 'mentee_meeting_answer';
    await manager.query(`UPDATE mentor_match SET ${column} = $2, updated_at = now() WHERE id = $1`, [id, answer]);
  }

  /** The invite's cancellation is its next change: one SEQUENCE up (returned). */
  async raiseMeetingSequence(manager: EntityManager, id: string): Promise<number> {
    const rows = returnedRows<{ meeting_sequence: number }>(
      await manager.query(`UPDATE mentor_match SET meeting_sequence = meeting_sequence + 1 WHERE id = $1 RETURNING meeting_sequence`, [id]),
    );
    return rows[0].meeting_sequence;
  }

  /** Accepted matches whose time is up complete, in the caller's transaction; returned so both can be asked for feedback. */
  async completeDueReturning(manager: EntityManager, now: Date): Promise<{ id: string; mentorId: string; menteeId: string }[]> {
    const rows = returnedRows<{ id: string; mentor_id: string; mentee_id: string }>(
      await manager.query(
        `UPDATE mentor_match SET status = 'COMPLETED', completed_at = $1, updated_at = now()
         WHERE status = 'ACCEPTED' AND runs_until <= $1 RETURNING id, mentor_id, mentee_id`,
        [now],
      ),
    );
    return rows.map((row) => ({ id: row.id, mentorId: row.mentor_id, menteeId: row.mentee_id }));
  }

  /** Per round, how its accepted matches went: still running, completed, ended early. */
  async outcomeCounts(roundId: string): Promise<{ accepted: number; running: number; completed: number; endedEarly: number }> {
    const [row]: { running: number; completed: number; ended: number }[] = await this.matches.query(
      `SELECT count(*) FILTER (WHERE status = 'ACCEPTED')::int AS running,
              count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
              count(*) FILTER (WHERE status = 'ENDED')::int AS ended
       FROM mentor_match WHERE round_id = $1`,
      [roundId],
    );
    return { accepted: row.running + row.completed + row.ended, running: row.running, completed: row.completed, endedEarly: row.ended };
  }

  /** Published proposals past their answer date count as declined. */
  async expireOverdue(now: Date): Promise<number> {
    return (await this.expireOverdueReturning(this.matches.manager, now)).length;
  }

  /** The same inside the caller's transaction, with the pairs, so both people can be told. */
  async expireOverdueReturning(manager: EntityManager, now: Date): Promise<{ id: string; mentorId: string; menteeId: string }[]> {
    const rows = returnedRows<{ id: string; mentor_id: string; mentee_id: string }>(
      await manager.query(
        `UPDATE mentor_match m SET status = 'EXPIRED', decided_at = $1, updated_at = now()
         WHERE ${awaitingAnswer('m')} AND m.respond_by < $1 RETURNING m.id, m.mentor_id, m.mentee_id`,
        [now],
      ),
    );
    return rows.map((row) => ({ id: row.id, mentorId: row.mentor_id, menteeId: row.mentee_id }));
  }

  /** Mentees of the round's requests with neither a proposal nor an accepted match in it. */
  async findMenteesWithoutMatch(manager: EntityManager, roundId: string): Promise<string[]> {
    const rows: { person_id: string }[] = await manager.query(
      `SELECT r.person_id FROM mentee_request r WHERE r.round_id = $1 AND NOT EXISTS (
         SELECT 1 FROM mentor_match m WHERE m.round_id = r.round_id AND m.mentee_id = r.person_id AND m.status IN ('PROPOSED', 'ACCEPTED'))
       ORDER BY r.person_id`,
      [roundId],
    );
    return rows.map((row) => row.person_id);
  }

  /**
   * Per bucket of `bucketWidth` points (bucket n holds n*width .. n*width+width-1), how many of the round's
   * matches scored so, counting only the points of their lines of the given criteria.
   */
  async scoreHistogram(roundId: string, bucketWidth: number, criteria: readonly string[]): Promise<{ bucket: number; count: number }[]> {
    const rows: { bucket: number; count: number }[] = await this.matches.query(
      `SELECT floor(points::float / $2)::int AS bucket, count(*)::int AS count FROM (
         SELECT (SELECT coalesce(sum((line->>'points')::int), 0) FROM jsonb_array_elements(m.breakdown) AS line
                 WHERE line->>'criterion' = ANY($3)) AS points
         FROM mentor_match m
         WHERE m.round_id = $1 AND m.status IN ('PROPOSED', 'ACCEPTED', 'COMPLETED', 'ENDED')
       ) AS scored
       GROUP BY 1 ORDER BY 1`,
      [roundId, bucketWidth, criteria],
    );
    return rows;
  }

  /** Matched count, mean score and per criterion how often it counted and its mean points. */
  async roundStatistics(roundId: string): Promise<{
    matched: number;
    meanScore: number | null;
    criteria: { criterion: string; met: number; meanPoints: number }[];
  }> {
    const [totals]: { matched: number; mean_score: number | null }[] = await this.matches.query(
      `SELECT count(*)::int AS matched, avg(score)::float AS mean_score FROM mentor_match
       WHERE round_id = $1 AND status IN ('PROPOSED', 'ACCEPTED')`,
      [roundId],
    );
    const criteria: { criterion: string; met: number; mean_points: number }[] = await this.matches.query(
      `SELECT line->>'criterion' AS criterion, count(*) FILTER (WHERE (line->>'points')::int > 0)::int AS met,
              avg((line->>'points')::int)::float AS mean_points
       FROM mentor_match m, jsonb_array_elements(m.breakdown) AS line
       WHERE m.round_id = $1 AND m.status IN ('PROPOSED', 'ACCEPTED')
       GROUP BY line->>'criterion' ORDER BY line->>'criterion'`,
      [roundId],
    );
    return {
      matched: totals.matched,
      meanScore: totals.mean_score,
      criteria: criteria.map((row) => ({ criterion: row.criterion, met: row.met, meanPoints: row.mean_points })),
    };
  }
}
