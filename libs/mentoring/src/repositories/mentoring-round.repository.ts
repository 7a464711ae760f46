import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { isPostgresError, PostgresErrorCode } from '@kennis/database';
import { MentoringRoundEntity, RoundStatus } from '../entities/mentoring-round.entity';
import { RoundNameTakenError } from '../errors/mentoring.errors';

export type NewRound = Pick<
  MentoringRoundEntity,
  'name' | 'status' | 'deadline' | 'criteria' | 'participants' | 'autoPublish' | 'responseDays' | 'createdById'
> &
  Partial<Pick<MentoringRoundEntity, 'matchDurationDays'>>;

export type RoundChanges = Partial<
  Pick<MentoringRoundEntity, 'status' | 'progress' | 'runCount' | 'resultSummary' | 'lastError' | 'requestsClosedAt'>
>;

@Injectable()
export class MentoringRoundRepository {
  constructor(@InjectRepository(MentoringRoundEntity) private readonly rounds: Repository<MentoringRoundEntity>) {}

  findById(id: string): Promise<MentoringRoundEntity | null> {
    return this.rounds.findOneBy({ id });
  }

  /** The round as the caller's transaction sees it, without a lock. */
  findInTransaction(manager: EntityManager, id: string): Promise<MentoringRoundEntity | null> {
    return manager.getRepository(MentoringRoundEntity).findOneBy({ id });
  }

  /** Rounds that take mentee requests now (a preview run does not stop that), soonest deadline first. */
  findOpenForRequests(now: Date): Promise<MentoringRoundEntity[]> {
    return this.rounds
      .createQueryBuilder('round')
      .where('round.status <> :closed', { closed: RoundStatus.CLOSED })
      .andWhere('round.requestsClosedAt IS NULL')
      .andWhere('round.deadline > :now', { now })
      .orderBy('round.deadline')
      .getMany();
  }

  /** The round, locked for the caller's transaction: runs, publishing and requests do not interleave. */
  lock(manager: EntityManager, id: string): Promise<MentoringRoundEntity | null> {
    return manager.getRepository(MentoringRoundEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Locks the round only against changes of its status, so requests can come in side by side. */
  lockShared(manager: EntityManager, id: string): Promise<MentoringRoundEntity | null> {
    return manager.getRepository(MentoringRoundEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_read' } });
  }

  async insertRound(manager: EntityManager, round: NewRound): Promise<MentoringRoundEntity> {
    const repository = manager.getRepository(MentoringRoundEntity);
    try {
      return await repository.save(repository.create(round));
    } catch (error) {
      if (isPostgresError(error, PostgresErrorCode.UniqueViolation, 'mentoring_round_name_unique')) {
        throw new RoundNameTakenError(round.name);
      }
      throw error;
    }
  }

  async update(manager: EntityManager, id: string, changes: RoundChanges): Promise<void> {
    await manager
      .getRepository(MentoringRoundEntity)
      .update({ id }, { ...(changes as QueryDeepPartialEntity<MentoringRoundEntity>), updatedAt: () => 'now()' });
  }

  /** Progress of the run with this number; a later run's progress is left alone. */
  async setProgress(id: string, runNumber: number, progress: number): Promise<void> {
    await this.rounds.query(`UPDATE mentoring_round SET progress = $3 WHERE id = $1 AND run_count = $2 AND status = 'RUNNING'`, [
      id,
      runNumber,
      progress,
    ]);
  }

  /** Every round, newest first, with its counts for the admin's list. */
  async listWithCounts(): Promise<{ round: MentoringRoundEntity; counts: RoundCounts }[]> {
    const rounds = await this.rounds.find({ order: { createdAt: 'DESC', id: 'ASC' } });
    if (rounds.length === 0) return [];
    const rows: (Record<keyof RoundCounts, number> & { round_id: string })[] = await this.rounds.query(
      `SELECT r.id AS round_id,
              (SELECT count(*)::int FROM mentee_request q WHERE q.round_id = r.id) AS requests,
              (SELECT count(*)::int FROM mentor_match m WHERE m.round_id = r.id AND m.status = 'PROPOSED' AND m.published_at IS NULL) AS unpublished,
              (SELECT count(*)::int FROM mentor_match m WHERE m.round_id = r.id AND m.status = 'PROPOSED' AND m.published_at IS NOT NULL) AS awaiting_answer,
              (SELECT count(*)::int FROM mentor_match m WHERE m.round_id = r.id AND m.status = 'ACCEPTED') AS accepted,
              (SELECT count(*)::int FROM mentor_match m WHERE m.round_id = r.id AND m.status = 'DECLINED') AS declined,
              (SELECT count(*)::int FROM mentor_match m WHERE m.round_id = r.id AND m.status = 'EXPIRED') AS expired,
              (SELECT count(*)::int FROM mentor_match m WHERE m.round_id = r.id AND m.status = 'ENDED') AS ended,
              (SELECT count(*)::int FROM mentor_match m WHERE m.round_id = r.id AND m.status = 'COMPLETED') AS completed
       FROM mentoring_round r WHERE r.id = ANY($1::uuid[])`,
      [rounds.map((round) => round.id)],
    );
    const byRound = new Map(rows.map((row) => [row.round_id, row]));
    return rounds.map((round) => {
      const row = byRound.get(round.id)!;
      return {
        round,
        counts: {
          requests: row.requests,
          unpublished: row.unpublished,
          awaitingAnswer: (row as unknown as { awaiting_answer: number }).awaiting_answer,
          accepted: row.accepted,
          declined: row.declined,
          expired: row.expired,
          ended: row.ended,
          completed: row.completed,
        },
      };
    });
  }
}

export interface RoundCounts {
  requests: number;
  unpublished: number;
  awaitingAnswer: number;
  accepted: number;
  declined: number;
  expired: number;
  ended: number;
  completed: number;
}
