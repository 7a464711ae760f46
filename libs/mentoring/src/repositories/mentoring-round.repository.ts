import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { MentoringRoundEntity, RoundStatus } from '../entities/mentoring-round.entity';

export type NewRound = Pick<
  MentoringRoundEntity,
  'name' | 'status' | 'deadline' | 'criteria' | 'participants' | 'autoPublish' | 'responseDays' | 'createdById'
>;

export type RoundChanges = Partial<
  Pick<MentoringRoundEntity, 'status' | 'progress' | 'runCount' | 'resultSummary' | 'lastError'>
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

  /** Rounds that take mentee requests now, soonest deadline first. */
  findOpenForRequests(now: Date): Promise<MentoringRoundEntity[]> {
    return this.rounds
      .createQueryBuilder('round')
      .where('round.status = :status', { status: RoundStatus.OPEN })
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

  insertRound(manager: EntityManager, round: NewRound): Promise<MentoringRoundEntity> {
    const repository = manager.getRepository(MentoringRoundEntity);
    return repository.save(repository.create(round));
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
}
