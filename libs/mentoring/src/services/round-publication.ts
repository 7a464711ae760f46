import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxBatch } from '@kennis/outbox';
import { MentoringRoundEntity, RoundStatus } from '../entities/mentoring-round.entity';
import { MentoringRoundRepository } from '../repositories/mentoring-round.repository';
import { MentorMatchRepository } from '../repositories/mentor-match.repository';
import { MentoringNotifier } from './mentoring-notifier';

const DAY_MS = 86_400_000;

/** Publishing a round's proposals: by an admin, or by the run itself when the round publishes automatically. */
@Injectable()
export class RoundPublication {
  constructor(
    private readonly rounds: MentoringRoundRepository,
    private readonly matches: MentorMatchRepository,
    private readonly notifier: MentoringNotifier,
  ) {}

  /** Inside the caller's transaction, with the round locked. */
  async publish(manager: EntityManager, batch: OutboxBatch, round: MentoringRoundEntity, now: Date): Promise<void> {
    const respondBy = new Date(now.getTime() + round.responseDays * DAY_MS);
    const mentorIds = await this.matches.publishProposals(manager, round.id, now, respondBy);
    await this.rounds.update(manager, round.id, { status: RoundStatus.PUBLISHED });
    this.notifier.proposalsPublished(batch, round.id, mentorIds, now);
    this.notifier.unmatched(batch, round.id, await this.matches.findMenteesWithoutMatch(manager, round.id), now);
  }
}
