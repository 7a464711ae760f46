import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { mentoringConfig } from '@kennis/config';
import type { OutboxBatch } from '@kennis/outbox';
import { MentoringNotifier } from './mentoring-notifier';

export interface RunningMatch {
  id: string;
  mentorId: string;
  menteeId: string;
  /** When the mentor accepted: check-ins count from then. */
  decidedAt: Date;
  runsUntil: Date;
}

/**
 * Check-ins every MENTORING_CHECK_IN_INTERVAL_SECONDS from the acceptance while the match runs. Only
 * the next one exists as an outbox row: a sent check-in records the one after it, so a long match with
 * a short interval never fills the outbox, and each (match, person, number) exists once.
 */
@Injectable()
export class CheckInSchedule {
  constructor(
    private readonly notifier: MentoringNotifier,
    @Inject(mentoringConfig.KEY) private readonly config: ConfigType<typeof mentoringConfig>,
  ) {}

  dueAt(match: Pick<RunningMatch, 'decidedAt'>, number: number): Date {
    return new Date(match.decidedAt.getTime() + number * this.config.checkInIntervalSeconds * 1000);
  }

  first(batch: OutboxBatch, match: RunningMatch): void {
    for (const personId of [match.mentorId, match.menteeId]) this.next(batch, match, personId, 0);
  }

  /** After check-in `number` for this person: the next one, if it falls before the match's end. */
  next(batch: OutboxBatch, match: RunningMatch, personId: string, number: number): void {
    const dueAt = this.dueAt(match, number + 1);
    if (dueAt < match.runsUntil) this.notifier.checkIn(batch, match.id, personId, number + 1, dueAt);
  }
}
