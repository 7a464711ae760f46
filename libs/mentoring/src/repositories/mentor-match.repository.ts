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

  async decide(manager: EntityManager, id: string, status: MatchStatus, declineReason: string | null, now: Date): Promise<void> {
    await manager.query(
      `UPDATE mentor_match SET status = $2, decline_reason = $3, decided_at = $4, updated_at = now() WHERE id = $1`,
      [id, status, declineReason, now],
    );
  }

  async setMeeting(manager: EntityManager, id: string, meeting: MatchMeeting): Promise<void> {
    await manager.query(
      `UPDATE mentor_match SET meeting_starts_at = $2, meeting_ends_at = $3, meeting_room_booking_id = $4, updated_at = now() WHERE id = $1`,
      [id, meeting.startsAt, meeting.endsAt, meeting.roomBookingId],
    );
  }

  /** Published proposals past their answer date count as declined. */
  async expireOverdue(now: Date): Promise<number> {
    const rows = returnedRows<{ id: string }>(
      await this.matches.query(
        `UPDATE mentor_match m SET status = 'EXPIRED', decided_at = $1, updated_at = now()
         WHERE ${awaitingAnswer('m')} AND m.respond_by < $1 RETURNING m.id`,
        [now],
      ),
    );
    return rows.length;
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
