import { Injectable } from '@nestjs/common';
import { OutboxBatch, type OutboxDraft } from '@kennis/outbox';
import { MentoringJob, mentoringJobQueue, MentoringMailKind, type MentoringMailPayload, type MatchingRunPayload } from '../jobs/mentoring.jobs';

/** Records mentoring work as outbox rows inside the change's transaction; rows hold ids only. */
@Injectable()
export class MentoringNotifier {
  matchingRun(batch: OutboxBatch, payload: MatchingRunPayload): void {
    batch.add({
      queue: mentoringJobQueue[MentoringJob.MatchingRun],
      jobName: MentoringJob.MatchingRun,
      payload,
      dedupeKey: `matching-run:${payload.roundId}:${payload.runNumber}`,
    });
  }

  /** One mail per mentor with everything the publication put before them. */
  proposalsPublished(batch: OutboxBatch, roundId: string, mentorIds: readonly string[], publishedAt: Date): void {
    batch.add(
      ...mentorIds.map((personId) =>
        this.mail({ kind: MentoringMailKind.Proposals, roundId, personId }, `mentoring-proposals:${roundId}:${personId}:${publishedAt.getTime()}`),
      ),
    );
  }

  accepted(batch: OutboxBatch, matchId: string, mentorId: string, menteeId: string): void {
    batch.add(
      this.mail({ kind: MentoringMailKind.Accepted, matchId, personId: mentorId }, `mentoring-accepted:${matchId}:${mentorId}`),
      this.mail({ kind: MentoringMailKind.Accepted, matchId, personId: menteeId }, `mentoring-accepted:${matchId}:${menteeId}`),
    );
  }

  ended(batch: OutboxBatch, matchId: string, mentorId: string, menteeId: string): void {
    batch.add(
      this.mail({ kind: MentoringMailKind.Ended, matchId, personId: mentorId }, `mentoring-ended:${matchId}:${mentorId}`),
      this.mail({ kind: MentoringMailKind.Ended, matchId, personId: menteeId }, `mentoring-ended:${matchId}:${menteeId}`),
    );
  }

  /** One mail per mentee the published run left without a proposal. */
  unmatched(batch: OutboxBatch, roundId: string, menteeIds: readonly string[], publishedAt: Date): void {
    batch.add(
      ...menteeIds.map((personId) =>
        this.mail({ kind: MentoringMailKind.Unmatched, roundId, personId }, `mentoring-unmatched:${roundId}:${personId}:${publishedAt.getTime()}`),
      ),
    );
  }

  declined(batch: OutboxBatch, matchId: string, menteeId: string): void {
    batch.add(this.mail({ kind: MentoringMailKind.Declined, matchId, personId: menteeId }, `mentoring-declined:${matchId}:${menteeId}`));
  }

  expired(batch: OutboxBatch, matchId: string, mentorId: string, menteeId: string): void {
    batch.add(
      this.mail({ kind: MentoringMailKind.Expired, matchId, personId: mentorId }, `mentoring-expired:${matchId}:${mentorId}`),
      this.mail({ kind: MentoringMailKind.Expired, matchId, personId: menteeId }, `mentoring-expired:${matchId}:${menteeId}`),
    );
  }

  /** The room of a first meeting is invited as a resource, and told when the meeting is off. */
  meetingRoom(batch: OutboxBatch, matchId: string, method: 'REQUEST' | 'CANCEL'): void {
    batch.add(this.mail({ kind: MentoringMailKind.MeetingRoom, matchId, method }, `mentoring-room:${matchId}:${method}`));
  }

  private mail(payload: MentoringMailPayload, dedupeKey: string): OutboxDraft {
    return { queue: mentoringJobQueue[MentoringJob.MailDeliver], jobName: MentoringJob.MailDeliver, payload, dedupeKey };
  }
}
