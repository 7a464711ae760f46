import type { PersonEntity } from '@kennis/people';
import { MatchStatus, type MentorMatchEntity } from '../entities/mentor-match.entity';
import type { MentoringRoundEntity } from '../entities/mentoring-round.entity';
import type { RoomEntity } from '@kennis/rooms';
import { MentoringMailKind, type MentoringMailPayload } from '../jobs/mentoring.jobs';
import type { MentoringMailSnapshot } from './mentoring-mail.snapshot';
import { mentoringMailStaleness } from './mentoring-mail.staleness';

const mentor = { id: 'mentor-1', name: 'Mira' } as PersonEntity;
const mentee = { id: 'mentee-1', name: 'Eva' } as PersonEntity;
const stranger = { id: 'stranger-1', name: 'Sam' } as PersonEntity;
const round = { id: 'round-1', name: 'Spring' } as MentoringRoundEntity;
const match = (status: MatchStatus, meeting: Partial<MentorMatchEntity> = {}) =>
  ({ id: 'match-1', mentorId: mentor.id, menteeId: mentee.id, status, meetingStartsAt: null, meetingRoomBookingId: null, meetingSequence: 0, ...meeting }) as MentorMatchEntity;
const inRoom = (status: MatchStatus, bookingId: string, sequence: number) =>
  match(status, { meetingStartsAt: new Date('2030-03-04T10:00:00Z'), meetingRoomBookingId: bookingId, meetingSequence: sequence });
const room = { id: 'room-1', name: 'Hopper', site: 'Amsterdam', resourceMailbox: 'hopper@rooms.test' } as RoomEntity;

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

const movedMail = (sequence: number): MentoringMailPayload => ({ kind: MentoringMailKind.Moved, matchId: 'match-1', personId: mentee.id, sequence });
const checkInMail: MentoringMailPayload = { kind: MentoringMailKind.CheckIn, matchId: 'match-1', personId: mentee.id, number: 1 };
const feedbackMail: MentoringMailPayload = { kind: MentoringMailKind.FeedbackRequest, matchId: 'match-1', personId: mentee.id };
const roomMail = (method: 'REQUEST' | 'CANCEL', roomBookingId: string, sequence: number): MentoringMailPayload => ({
  kind: MentoringMailKind.MeetingRoom,
  matchId: 'match-1',
  method,
  roomBookingId,
  sequence,
});
const roomSnapshot = (current: MentorMatchEntity) => aboutMatch({ recipient: null, match: current, room });

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
    ['a move that is the latest', movedMail(1), aboutMatch({ match: inRoom(MatchStatus.ACCEPTED, 'b2', 1) }), null],
    ['a move that a later move replaced', movedMail(1), aboutMatch({ match: inRoom(MatchStatus.ACCEPTED, 'b3', 2) }), 'the meeting has moved again since'],
    ['a check-in while the match runs', checkInMail, aboutMatch(), null],
    ['a check-in after the match completed', checkInMail, aboutMatch({ match: match(MatchStatus.COMPLETED) }), 'the match is no longer accepted'],
    ['a feedback request of a completed match', feedbackMail, aboutMatch({ match: match(MatchStatus.COMPLETED) }), null],
    ['the room invite at the current sequence', roomMail('REQUEST', 'b2', 1), roomSnapshot(inRoom(MatchStatus.ACCEPTED, 'b2', 1)), null],
    ['the room invite that a move replaced', roomMail('REQUEST', 'b1', 0), roomSnapshot(inRoom(MatchStatus.ACCEPTED, 'b2', 1)), 'the meeting has moved since'],
    ['the old room told when the meeting left it', roomMail('CANCEL', 'b1', 1), roomSnapshot(inRoom(MatchStatus.ACCEPTED, 'b2', 1)), null],
    ['no cancellation for a room the meeting is still in', roomMail('CANCEL', 'b2', 1), roomSnapshot(inRoom(MatchStatus.ACCEPTED, 'b2', 1)), 'the meeting is still on in that room'],
    ['the room told when the match ended', roomMail('CANCEL', 'b2', 1), roomSnapshot(inRoom(MatchStatus.ENDED, 'b2', 1)), null],
  ])('%s', (_, payload, loaded, expected) => {
    expect(mentoringMailStaleness(payload, loaded)).toBe(expected);
  });
});
