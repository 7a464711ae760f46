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

  /**
   * The room of a first meeting is invited as a resource, updated when the meeting moves, and told when
   * it is off or has left that room; `sequence` is the invite's SEQUENCE at that change.
   */
  meetingRoom(batch: OutboxBatch, matchId: string, method: 'REQUEST' | 'CANCEL', roomBookingId: string, sequence: number): void {
    batch.add(
      this.mail(
        { kind: MentoringMailKind.MeetingRoom, matchId, method, roomBookingId, sequence },
        `mentoring-room:${matchId}:${roomBookingId}:${method}:${sequence}`,
      ),
    );
  }

  /** Both hear that the first meeting moved: the update of the invite they have. */
  moved(batch: OutboxBatch, matchId: string, personIds: readonly string[], sequence: number, declinedById?: string): void {
    batch.add(
      ...personIds.map((personId) =>
        this.mail(
          { kind: MentoringMailKind.Moved, matchId, personId, sequence, ...(declinedById ? { declinedById } : {}) },
          `mentoring-moved:${matchId}:${personId}:${sequence}`,
        ),
      ),
    );
  }

  /** Check-in number `number` for one person, due then; the key makes it once per person and number. */
  checkIn(batch: OutboxBatch, matchId: string, personId: string, number: number, dueAt: Date): void {
    batch.add({
      ...this.mail({ kind: MentoringMailKind.CheckIn, matchId, personId, number }, `mentoring-check-in:${matchId}:${personId}:${number}`),
      dueAt,
    });
  }

  feedbackRequested(batch: OutboxBatch, matchId: string, mentorId: string, menteeId: string): void {
    batch.add(
      this.mail({ kind: MentoringMailKind.FeedbackRequest, matchId, personId: mentorId }, `mentoring-feedback:${matchId}:${mentorId}`),
      this.mail({ kind: MentoringMailKind.FeedbackRequest, matchId, personId: menteeId }, `mentoring-feedback:${matchId}:${menteeId}`),
    );
  }

  private mail(payload: MentoringMailPayload, dedupeKey: string): OutboxDraft {
    return { queue: mentoringJobQueue[MentoringJob.MailDeliver], jobName: MentoringJob.MailDeliver, payload, dedupeKey };
  }
}
