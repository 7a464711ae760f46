import { MatchStatus } from '../entities/mentor-match.entity';
import { MentoringMailKind, type MentoringMailPayload } from '../jobs/mentoring.jobs';
import type { MentoringMailSnapshot } from './mentoring-mail.snapshot';

const STATUS_OF_KIND = { [MentoringMailKind.Accepted]: MatchStatus.ACCEPTED, [MentoringMailKind.Ended]: MatchStatus.ENDED } as const;

/**
 * Why a mentoring mail no longer fits (answered in the meantime, declined again, the match ended or
 * the person is gone), or null when it still does. Diversity attributes are never part of a mail.
 */
export function mentoringMailStaleness(payload: MentoringMailPayload, snapshot: MentoringMailSnapshot): string | null {
  if (!snapshot.recipient) return 'the person no longer exists';
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
  return null;
}
