import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { mentoringConfig } from '@kennis/config';
import type { EntityManager } from 'typeorm';
import { PeopleService, type PersonEntity } from '@kennis/people';
import { RoomBookingService } from '@kennis/rooms';
import { MentoringMailKind, type MentoringMailPayload } from '../jobs/mentoring.jobs';
import { MentorMatchRepository } from '../repositories/mentor-match.repository';
import { MentoringRoundRepository } from '../repositories/mentoring-round.repository';
import type { MentoringMailSnapshot } from './mentoring-mail.snapshot';

/** Loads what a mentoring mail is made of: mentoring's rows in the delivery's transaction, people and rooms through their services. */
@Injectable()
export class MentoringMailLoader {
  constructor(
    private readonly rounds: MentoringRoundRepository,
    private readonly matches: MentorMatchRepository,
    private readonly people: PeopleService,
    private readonly bookings: RoomBookingService,
    @Inject(mentoringConfig.KEY) private readonly mentoring: ConfigType<typeof mentoringConfig>,
  ) {}

  async load(manager: EntityManager, payload: MentoringMailPayload): Promise<MentoringMailSnapshot> {
    // A room's mailbox is no person: the meeting's own people and room are all its mail needs.
    const [recipient = null] = 'personId' in payload ? await this.people.findPeople([payload.personId]) : [];
    if (payload.kind === MentoringMailKind.Unmatched) {
      const round = await this.rounds.findInTransaction(manager, payload.roundId);
      const matchedSince = (await this.matches.findMenteesWithoutMatch(manager, payload.roundId)).includes(payload.personId) === false;
      return { kind: 'unmatched', recipient, round, matchedSince };
    }
    if (payload.kind === MentoringMailKind.Proposals) {
      const round = await this.rounds.findInTransaction(manager, payload.roundId);
      const proposals = await this.matches.findOpenProposalsInRound(manager, payload.roundId, payload.personId);
      const mentees = await this.people.findPeople(proposals.map((match) => match.menteeId));
      return { kind: 'proposals', recipient, round, proposals, mentees: new Map(mentees.map((mentee) => [mentee.id, mentee])) };
    }
    const match = await this.matches.findInTransaction(manager, payload.matchId);
    if (!match) return { kind: 'match', recipient, match: null, mentor: null, mentee: null, room: null, meetingLink: null };
    const people = new Map((await this.people.findPeople([match.mentorId, match.menteeId])).map((person) => [person.id, person]));
    // A room's mail is about its own booking: a moved meeting's old room is told by the old booking's id.
    const bookingId = payload.kind === MentoringMailKind.MeetingRoom ? (payload.roomBookingId ?? match.meetingRoomBookingId) : match.meetingRoomBookingId;
    const room = bookingId ? await this.bookings.findRoomOfBooking(bookingId) : null;
    const mentor = people.get(match.mentorId) ?? null;
    const mentee = people.get(match.menteeId) ?? null;
    const meetingLink = match.meetingRoomBookingId ? null : this.onlineLink(match.id, mentor, mentee);
    return { kind: 'match', recipient, match, mentor, mentee, room, meetingLink };
  }

  /** The mentor's own meeting URL, else the mentee's, else the configured template, else none. */
  private onlineLink(matchId: string, mentor: PersonEntity | null, mentee: PersonEntity | null): string | null {
    const own = mentor?.meetingUrl ?? mentee?.meetingUrl ?? null;
    if (own) return own;
    return this.mentoring.meetingLinkTemplate ? this.mentoring.meetingLinkTemplate.replaceAll('{matchId}', encodeURIComponent(matchId)) : null;
  }
}
