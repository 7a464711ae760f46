import { Injectable } from '@nestjs/common';
import { type Actor, isAdmin } from '@kennis/auth';
import { BadUserInputError } from '@kennis/errors';
import { OutboxService } from '@kennis/outbox';
import { MentoringRoundEntity, type RoundParticipants, RoundStatus } from '../entities/mentoring-round.entity';
import { NotAdminError, RoundNotFoundError, RoundStateError } from '../errors/mentoring.errors';
import { DEFAULT_ROUND_CRITERIA, matchMentors } from '../matching/matching-engine';
import type { CriterionWeights, RoundCriteria, RoundTargets, SeniorityGapRange } from '../matching/matching.types';
import { MentoringRoundRepository } from '../repositories/mentoring-round.repository';
import { MentoringNotifier } from './mentoring-notifier';
import { RoundPublication } from './round-publication';

export interface NewRoundDetails {
  name: string;
  deadline: Date;
  weights?: Partial<CriterionWeights>;
  seniorityGap?: SeniorityGapRange;
  targets?: RoundTargets;
  participants: RoundParticipants;
  autoPublish: boolean;
  responseDays: number;
  /** How long accepted matches run; 90 days unless the round says otherwise. */
  matchDurationDays?: number;
}

const RUNNABLE = [RoundStatus.OPEN, RoundStatus.PROPOSED, RoundStatus.PUBLISHED];

/** The admin's side of a round: open it, run the matching, publish the proposal, close it. */
@Injectable()
export class MentoringRoundService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly rounds: MentoringRoundRepository,
    private readonly notifier: MentoringNotifier,
    private readonly publication: RoundPublication,
  ) {}

  async openRound(actor: Actor, details: NewRoundDetails, now: Date): Promise<MentoringRoundEntity> {
    this.assertAdmin(actor, 'open a mentoring round');
    if (details.deadline <= now) throw new BadUserInputError('deadline', 'deadline must lie in the future.');
    const criteria: RoundCriteria = {
      weights: { ...DEFAULT_ROUND_CRITERIA.weights, ...details.weights },
      seniorityGap: details.seniorityGap ?? DEFAULT_ROUND_CRITERIA.seniorityGap,
      ...(details.targets ? { targets: details.targets } : {}),
    };
    // The engine's own validation names the field to fix, long before the first run.
    await matchMentors({ mentors: [], mentees: [], criteria });
    return this.outbox.transaction((manager) =>
      this.rounds.insertRound(manager, {
        name: details.name.trim(),
        status: RoundStatus.OPEN,
        deadline: details.deadline,
        criteria,
        participants: details.participants,
        autoPublish: details.autoPublish,
        responseDays: details.responseDays,
        matchDurationDays: details.matchDurationDays ?? 90,
        createdById: actor.personId,
      }),
    );
  }

  /** Starts a run in the worker. Accepted matches and proposals awaiting an answer stay; the rest is matched anew. */
  runRound(actor: Actor, roundId: string): Promise<MentoringRoundEntity> {
    this.assertAdmin(actor, 'run a mentoring round');
    return this.outbox.transaction(async (manager, batch) => {
      const round = await this.rounds.lock(manager, roundId);
      if (!round) throw new RoundNotFoundError(roundId);
      if (!RUNNABLE.includes(round.status)) {
        throw new RoundStateError('run', round.status, 'Wait for the running match to finish, or open a new round.');
      }
      const runCount = round.runCount + 1;
      await this.rounds.update(manager, roundId, { status: RoundStatus.RUNNING, runCount, progress: 0, lastError: null });
      this.notifier.matchingRun(batch, { roundId, runNumber: runCount });
      return { ...round, status: RoundStatus.RUNNING, runCount, progress: 0, lastError: null };
    });
  }

  publishRound(actor: Actor, roundId: string, now: Date): Promise<MentoringRoundEntity> {
    this.assertAdmin(actor, 'publish a mentoring round');
    return this.outbox.transaction(async (manager, batch) => {
      const round = await this.rounds.lock(manager, roundId);
      if (!round) throw new RoundNotFoundError(roundId);
      if (round.status !== RoundStatus.PROPOSED) {
        throw new RoundStateError('publish', round.status, 'Run the round and wait until its status is PROPOSED.');
      }
      await this.publication.publish(manager, batch, round, now);
      return (await this.rounds.findInTransaction(manager, roundId))!;
    });
  }

  /**
   * Closes the round to new, changed and withdrawn requests. Runs before this are previews: they do not
   * stop requests. The deadline closes requests as well, whichever comes first.
   */
  closeRequests(actor: Actor, roundId: string, now: Date): Promise<MentoringRoundEntity> {
    this.assertAdmin(actor, 'close a mentoring round to requests');
    return this.outbox.transaction(async (manager) => {
      const round = await this.rounds.lock(manager, roundId);
      if (!round) throw new RoundNotFoundError(roundId);
      if (round.status === RoundStatus.CLOSED) throw new RoundStateError('close requests of', round.status, 'It is closed already.');
      const requestsClosedAt = round.requestsClosedAt ?? now;
      await this.rounds.update(manager, roundId, { requestsClosedAt });
      return { ...round, requestsClosedAt };
    });
  }

  closeRound(actor: Actor, roundId: string): Promise<MentoringRoundEntity> {
    this.assertAdmin(actor, 'close a mentoring round');
    return this.outbox.transaction(async (manager) => {
      const round = await this.rounds.lock(manager, roundId);
      if (!round) throw new RoundNotFoundError(roundId);
      if (round.status === RoundStatus.RUNNING || round.status === RoundStatus.CLOSED) {
        throw new RoundStateError('close', round.status, 'Wait until the run has finished.');
      }
      await this.rounds.update(manager, roundId, { status: RoundStatus.CLOSED });
      return { ...round, status: RoundStatus.CLOSED };
    });
  }

  /** Rounds an employee can ask for a mentor in. */
  openRounds(now: Date): Promise<MentoringRoundEntity[]> {
    return this.rounds.findOpenForRequests(now);
  }

  async getRound(actor: Actor, roundId: string): Promise<MentoringRoundEntity> {
    this.assertAdmin(actor, 'see a mentoring round');
    const round = await this.rounds.findById(roundId);
    if (!round) throw new RoundNotFoundError(roundId);
    return round;
  }

  private assertAdmin(actor: Actor, action: string): void {
    if (!isAdmin(actor)) throw new NotAdminError(action);
  }
}
