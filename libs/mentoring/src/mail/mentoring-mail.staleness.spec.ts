import type { PersonEntity } from '@kennis/people';
import { MatchStatus, type MentorMatchEntity } from '../entities/mentor-match.entity';
import type { MentoringRoundEntity } from '../entities/mentoring-round.entity';
import { MentoringMailKind, type MentoringMailPayload } from '../jobs/mentoring.jobs';
import type { MentoringMailSnapshot } from './mentoring-mail.snapshot';
import { mentoringMailStaleness } from './mentoring-mail.staleness';

const mentor = { id: 'mentor-1', name: 'Mira' } as PersonEntity;
const mentee = { id: 'mentee-1', name: 'Eva' } as PersonEntity;
const stranger = { id: 'stranger-1', name: 'Sam' } as PersonEntity;
const round = { id: 'round-1', name: 'Spring' } as MentoringRoundEntity;
const match = (status: MatchStatus) => ({ id: 'match-1', mentorId: mentor.id, menteeId: mentee.id, status }) as MentorMatchEntity;

const proposals = (overrides: Partial<Extract<MentoringMailSnapshot, { kind: 'proposals' }>> = {}): MentoringMailSnapshot => ({
  kind: 'proposals',
  recipient: mentor,
  round,
  proposals: [match(MatchStatus.PROPOSED)],
  mentees: new Map([[mentee.id, mentee]]),
  ...overrides,
});
const aboutMatch = (overrides: Partial<Extract<MentoringMailSnapshot, { kind: 'match' }>> = {}): MentoringMailSnapshot => ({
  kind: 'match',
  recipient: mentee,
  match: match(MatchStatus.ACCEPTED),
  mentor,
  mentee,
  room: null,
  ...overrides,
});
const proposalsMail: MentoringMailPayload = { kind: MentoringMailKind.Proposals, roundId: round.id, personId: mentor.id };
const acceptedMail: MentoringMailPayload = { kind: MentoringMailKind.Accepted, matchId: 'match-1', personId: mentee.id };
const endedMail: MentoringMailPayload = { kind: MentoringMailKind.Ended, matchId: 'match-1', personId: mentee.id };

describe('mentoringMailStaleness: a mentoring mail goes out only while its reason holds', () => {
  it.each<[string, MentoringMailPayload, MentoringMailSnapshot, string | null]>([
    ['proposals still waiting for an answer', proposalsMail, proposals(), null],
    ['proposals all answered in the meantime', proposalsMail, proposals({ proposals: [] }), 'no proposal awaits an answer any more'],
    ['proposals of a round that is gone', proposalsMail, proposals({ round: null }), 'the round no longer exists'],
    ['a mail to a mentor who is gone', proposalsMail, proposals({ recipient: null }), 'the person no longer exists'],
    ['an acceptance of an accepted match', acceptedMail, aboutMatch(), null],
    ['an acceptance of a match that ended since', acceptedMail, aboutMatch({ match: match(MatchStatus.ENDED) }), 'the match is no longer accepted'],
    ['an acceptance of a match that is gone', acceptedMail, aboutMatch({ match: null }), 'the match is no longer accepted'],
    ['an end of an ended match', endedMail, aboutMatch({ match: match(MatchStatus.ENDED) }), null],
    ['an end of a match that is still on', endedMail, aboutMatch(), 'the match is no longer ended'],
    ['a match mail to someone outside the match', acceptedMail, aboutMatch({ recipient: stranger }), 'the person is not in this match'],
    ['a match mail when the mentor is gone', acceptedMail, aboutMatch({ mentor: null }), 'a person of the match no longer exists'],
  ])('%s', (_, payload, loaded, expected) => {
    expect(mentoringMailStaleness(payload, loaded)).toBe(expected);
  });
});
