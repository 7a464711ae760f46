import { Injectable } from '@nestjs/common';
import { type Actor, isAdmin } from '@kennis/auth';
import { BadUserInputError } from '@kennis/errors';
import { OutboxService } from '@kennis/outbox';
import { MentoringPairRuleEntity, PairRuleKind } from '../entities/mentoring-pair-rule.entity';
import { MentoringRoundEntity, RoundStatus } from '../entities/mentoring-round.entity';
import { MatchStatus, MentorMatchEntity } from '../entities/mentor-match.entity';
import { NotAdminError, RoundNotFoundError, RoundStateError } from '../errors/mentoring.errors';
import type { UnmatchedMentee } from '../matching/matching.types';
import { MentoringPairRuleRepository } from '../repositories/mentoring-pair-rule.repository';
import { MentoringRoundRepository, type RoundCounts } from '../repositories/mentoring-round.repository';
import { MentorMatchRepository } from '../repositories/mentor-match.repository';

export interface RoundReview {
  round: MentoringRoundEntity;
  /** Proposals of the last run (published or not) and accepted matches of the round. */
  pairs: MentorMatchEntity[];
  unmatched: UnmatchedMentee[];
  rules: MentoringPairRuleEntity[];
}

/** The admin's look at rounds before and after publishing: the list, the proposed pairs, pins and exclusions. */
@Injectable()
export class RoundReviewService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly rounds: MentoringRoundRepository,
    private readonly matches: MentorMatchRepository,
    private readonly rules: MentoringPairRuleRepository,
  ) {}

  listRounds(actor: Actor): Promise<{ round: MentoringRoundEntity; counts: RoundCounts }[]> {
    this.assertAdmin(actor, 'list mentoring rounds');
    return this.rounds.listWithCounts();
  }

  async review(actor: Actor, roundId: string): Promise<RoundReview> {
    this.assertAdmin(actor, 'review a mentoring round');
    const round = await this.rounds.findById(roundId);
    if (!round) throw new RoundNotFoundError(roundId);
    const pairs = (await this.matches.findForRound(roundId)).filter(
      (match) => match.status === MatchStatus.PROPOSED || match.status === MatchStatus.ACCEPTED,
    );
    // Reasons are those of the last run, for mentees who still have no open or accepted match.
    const matched = new Set(pairs.map((match) => match.menteeId));
    const unmatched = (round.resultSummary?.unmatched ?? []).filter((entry) => !matched.has(entry.menteeId));
    return { round, pairs, unmatched, rules: await this.rules.findForRound(roundId) };
  }

  /** Pins or excludes a pair for the next runs of the round; the run re-optimises everything else. */
  setPairRule(actor: Actor, roundId: string, mentorId: string, menteeId: string, kind: PairRuleKind): Promise<MentoringPairRuleEntity[]> {
    this.assertAdmin(actor, `${kind === PairRuleKind.PIN ? 'pin' : 'exclude'} a pair`);
    if (mentorId === menteeId) throw new BadUserInputError('menteeId', 'A pair needs two different people.');
    return this.outbox.transaction(async (manager) => {
      const round = await this.lockChangeable(manager, roundId);
      await this.rules.set(manager, { roundId: round.id, mentorId, menteeId, kind, createdById: actor.personId });
      return this.rules.findForRound(roundId, manager);
    });
  }

  clearPairRule(actor: Actor, roundId: string, mentorId: string, menteeId: string): Promise<MentoringPairRuleEntity[]> {
    this.assertAdmin(actor, 'clear a pin or an exclusion');
    return this.outbox.transaction(async (manager) => {
      await this.lockChangeable(manager, roundId);
      await this.rules.remove(manager, roundId, mentorId, menteeId);
      return this.rules.findForRound(roundId, manager);
    });
  }

  private async lockChangeable(manager: Parameters<MentoringRoundRepository['lock']>[0], roundId: string): Promise<MentoringRoundEntity> {
    const round = await this.rounds.lock(manager, roundId);
    if (!round) throw new RoundNotFoundError(roundId);
    if (round.status === RoundStatus.CLOSED || round.status === RoundStatus.RUNNING) {
      throw new RoundStateError('pin or exclude pairs in', round.status, 'Wait for the run to finish; a closed round does not run again.');
    }
    return round;
  }

  private assertAdmin(actor: Actor, action: string): void {
    if (!isAdmin(actor)) throw new NotAdminError(action);
  }
}
