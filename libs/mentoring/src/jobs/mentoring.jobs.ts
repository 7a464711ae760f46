import { QueueName } from '@kennis/queues';

/** The jobs of the mentoring library, declared once with their payloads. */
export const MentoringJob = {
  MatchingRun: 'matching-run',
  MatchesExpire: 'matches-expire',
  MatchesComplete: 'matches-complete',
  MailDeliver: 'mentoring-mail-deliver',
} as const;
export type MentoringJob = (typeof MentoringJob)[keyof typeof MentoringJob];

export const mentoringJobQueue: Record<MentoringJob, QueueName> = {
  [MentoringJob.MatchingRun]: QueueName.Matching,
  [MentoringJob.MatchesExpire]: QueueName.Matching,
  [MentoringJob.MatchesComplete]: QueueName.Matching,
  [MentoringJob.MailDeliver]: QueueName.MentoringMail,
};

/** One outbox row per run: a run whose number is no longer the round's is stale. */
export interface MatchingRunPayload {
  roundId: string;
  runNumber: number;
}

export enum MentoringMailKind {
  /** To a mentor: the round's published proposals waiting for their answer. */
  Proposals = 'PROPOSALS',
  /** To mentor and mentee: the match is on, with the first meeting as an invite. */
  Accepted = 'ACCEPTED',
  /** To mentor and mentee: the match has ended; a first meeting still ahead is cancelled. */
  Ended = 'ENDED',
  /** To a mentee without a proposal when the round publishes: why, and what happens next. */
  Unmatched = 'UNMATCHED',
  /** To the mentee: the proposed mentor declined; the mentee is in the next run. */
  Declined = 'DECLINED',
  /** To mentor and mentee: nobody answered the proposal in time. */
  Expired = 'EXPIRED',
  /** To the room's resource mailbox: the first meeting's invite (REQUEST) or its cancellation (CANCEL). */
  MeetingRoom = 'MEETING_ROOM',
  /** To mentor and mentee: the first meeting moved; the invite's update (same UID, next SEQUENCE). */
  Moved = 'MOVED',
  /** To mentor or mentee, every check-in interval while the match runs: how is it going, log your meetings. */
  CheckIn = 'CHECK_IN',
  /** To mentor and mentee when the match completes: a rating and a comment, please. */
  FeedbackRequest = 'FEEDBACK_REQUEST',
}

/** Ids only; the worker composes the mail from the matches as they are at send time. */
export type MentoringMailPayload =
  | { kind: MentoringMailKind.Proposals; roundId: string; personId: string }
  | { kind: MentoringMailKind.Accepted; matchId: string; personId: string }
  | { kind: MentoringMailKind.Ended; matchId: string; personId: string }
  | { kind: MentoringMailKind.Unmatched; roundId: string; personId: string }
  | { kind: MentoringMailKind.Declined; matchId: string; personId: string }
  | { kind: MentoringMailKind.Expired; matchId: string; personId: string }
  | {
      kind: MentoringMailKind.MeetingRoom;
      matchId: string;
      method: 'REQUEST' | 'CANCEL';
      /** The booking the mail is about (a moved meeting's old room is cancelled by it); absent in older rows: the match's. */
      roomBookingId?: string;
      /** The invite's SEQUENCE at the change; absent in older rows: 0 for the invite, 1 for the cancellation. */
      sequence?: number;
    }
  | {
      kind: MentoringMailKind.Moved;
      matchId: string;
      personId: string;
      sequence: number;
      /** Set when the move answers a decline from a calendar: who declined the earlier time. */
      declinedById?: string;
    }
  | { kind: MentoringMailKind.CheckIn; matchId: string; personId: string; number: number }
  | { kind: MentoringMailKind.FeedbackRequest; matchId: string; personId: string };
