import type { PersonEntity } from '@kennis/people';
import type { RoomEntity } from '@kennis/rooms';
import type { MentorMatchEntity } from '../entities/mentor-match.entity';
import type { MentoringRoundEntity } from '../entities/mentoring-round.entity';

/** Everything a mentoring mail is made of, loaded at send time; the rules over it are pure. */
export type MentoringMailSnapshot =
  | {
      kind: 'proposals';
      recipient: PersonEntity | null;
      round: MentoringRoundEntity | null;
      /** Published proposals still waiting for this mentor's answer, soonest deadline first. */
      proposals: MentorMatchEntity[];
      mentees: Map<string, PersonEntity>;
    }
  | {
      kind: 'match';
      recipient: PersonEntity | null;
      match: MentorMatchEntity | null;
      mentor: PersonEntity | null;
      mentee: PersonEntity | null;
      /** The first meeting's room, if one was booked; for a room's mail, the room of the booking it is about. */
      room: RoomEntity | null;
      /** The online meeting's link (a person's own meeting URL, else MENTORING_MEETING_LINK_TEMPLATE), null in a room or without either. */
      meetingLink?: string | null;
    }
  | {
      kind: 'unmatched';
      recipient: PersonEntity | null;
      round: MentoringRoundEntity | null;
      /** The mentee has a proposal or an accepted match in the round by now. */
      matchedSince: boolean;
    };
