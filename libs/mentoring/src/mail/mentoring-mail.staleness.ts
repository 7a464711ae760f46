import { MatchStatus } from '../entities/mentor-match.entity';
import { MentoringMailKind, type MentoringMailPayload } from '../jobs/mentoring.jobs';
import type { MentoringMailSnapshot } from './mentoring-mail.snapshot';

const STATUS_OF_KIND = {
  [MentoringMailKind.Accepted]: MatchStatus.ACCEPTED,
  [MentoringMailKind.Ended]: MatchStatus.ENDED,
  [MentoringMailKind.Declined]: MatchStatus.DECLINED,
  [MentoringMailKind.Expired]: MatchStatus.EXPIRED,
  [MentoringMailKind.Moved]: MatchStatus.ACCEPTED,
  [MentoringMailKind.CheckIn]: MatchStatus.ACCEPTED,
  [MentoringMailKind.FeedbackRequest]: MatchStatus.COMPLETED,
} as const;

/**
 * Why a mentoring mail no longer fits (answered in the meantime, declined again, the match ended or
 * the person is gone), or null when it still does. Diversity attributes are never part of a mail.
 */
export function mentoringMailStaleness(payload: MentoringMailPayload, snapshot: MentoringMailSnapshot): string | null {
  if (payload.kind === MentoringMailKind.MeetingRoom) {
    if (snapshot.kind !== 'match') return 'the mail is about a meeting room';
    const { match } = snapshot;
    if (!match) return 'the match no longer exists';
    const bookingId = payload.roomBookingId ?? match.meetingRoomBookingId;
    if (payload.method === 'REQUEST') {
      if (match.status !== MatchStatus.ACCEPTED) return 'the match is no longer accepted';
      // A later move sent its own invite to the room it now has.
      if (bookingId !== match.meetingRoomBookingId || (payload.sequence ?? 0) !== match.meetingSequence) return 'the meeting has moved since';
    } else {
      // A cancellation: the match ended, or the meeting left this room when it moved.
      const leftTheRoom = payload.roomBookingId !== undefined && payload.roomBookingId !== match.meetingRoomBookingId;
      if (match.status !== MatchStatus.ENDED && !leftTheRoom) return 'the meeting is still on in that room';
    }
    if (!snapshot.room?.resourceMailbox || !match.meetingStartsAt) return 'the meeting has no room with a mailbox';
    return !snapshot.mentor || !snapshot.mentee ? 'a person of the match no longer exists' : null;
  }
  if (!snapshot.recipient) return 'the person no longer exists';
  if (snapshot.kind === 'unmatched') {
    if (!snapshot.round) return 'the round no longer exists';
    return snapshot.matchedSince ? 'the mentee has a proposal or a match by now' : null;
  }
  if (payload.kind === MentoringMailKind.Unmatched) return 'the mail is about an unmatched mentee';
  if (snapshot.kind === 'proposals') {
    if (!snapshot.round) return 'the round no longer exists';
    return snapshot.proposals.length === 0 ? 'no proposal awaits an answer any more' : null;
  }
  if (payload.kind === MentoringMailKind.Proposals) return 'the mail is about proposals, not a match';
  const status = STATUS_OF_KIND[payload.kind];
  const { match } = snapshot;
  if (!match || match.status !== status) return `the match is no longer ${status.toLowerCase()}`;
  if (snapshot.recipient.id !== match.mentorId && snapshot.recipient.id !== match.menteeId) return 'the person is not in this match';
  if (!snapshot.mentor || !snapshot.mentee) return 'a person of the match no longer exists';
  if (payload.kind === MentoringMailKind.Moved) {
    if (!match.meetingStartsAt) return 'the meeting has no time';
    if (payload.sequence !== match.meetingSequence) return 'the meeting has moved again since';
  }
  return null;
}
