import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { isPostgresError, PostgresErrorCode } from '@kennis/database';
import { MentoringPairRuleEntity, PairRuleKind } from '../entities/mentoring-pair-rule.entity';
import { PairRuleConflictError } from '../errors/mentoring.errors';
import type { MentorMenteePair } from '../matching/matching.types';

@Injectable()
export class MentoringPairRuleRepository {
  constructor(@InjectRepository(MentoringPairRuleEntity) private readonly rules: Repository<MentoringPairRuleEntity>) {}

  findForRound(roundId: string, manager: EntityManager = this.rules.manager): Promise<MentoringPairRuleEntity[]> {
    return manager.getRepository(MentoringPairRuleEntity).find({ where: { roundId }, order: { menteeId: 'ASC', mentorId: 'ASC' } });
  }

  async pairsOfKind(manager: EntityManager, roundId: string, kind: PairRuleKind): Promise<MentorMenteePair[]> {
    const rows = await manager.getRepository(MentoringPairRuleEntity).find({ where: { roundId, kind }, order: { menteeId: 'ASC', mentorId: 'ASC' } });
    return rows.map((row) => [row.mentorId, row.menteeId] as const);
  }

  /** Pins or excludes the pair, replacing an earlier rule of the same pair; one pin per mentee (a unique index). */
  async set(manager: EntityManager, rule: Pick<MentoringPairRuleEntity, 'roundId' | 'mentorId' | 'menteeId' | 'kind' | 'createdById'>): Promise<void> {
    try {
      await manager.query(
        `INSERT INTO mentoring_pair_rule (round_id, mentor_id, mentee_id, kind, created_by_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (round_id, mentor_id, mentee_id) DO UPDATE SET kind = EXCLUDED.kind, created_by_id = EXCLUDED.created_by_id, created_at = now()`,
        [rule.roundId, rule.mentorId, rule.menteeId, rule.kind, rule.createdById],
      );
    } catch (error) {
      if (isPostgresError(error, PostgresErrorCode.UniqueViolation, 'mentoring_pair_rule_one_pin_per_mentee')) {
        throw new PairRuleConflictError('This mentee already has a pinned mentor in the round; unpin that pair first.');
      }
      throw error;
    }
  }

  async remove(manager: EntityManager, roundId: string, mentorId: string, menteeId: string): Promise<boolean> {
    const result = await manager.getRepository(MentoringPairRuleEntity).delete({ roundId, mentorId, menteeId });
    return (result.affected ?? 0) > 0;
  }
}
