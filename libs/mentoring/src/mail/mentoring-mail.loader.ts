import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PeopleService } from '@kennis/people';
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
  ) {}

  async load(manager: EntityManager, payload: MentoringMailPayload): Promise<MentoringMailSnapshot> {
    const [recipient = null] = await this.people.findPeople([payload.personId]);
    if (payload.kind === MentoringMailKind.Proposals) {
      const round = await this.rounds.findInTransaction(manager, payload.roundId);
      const proposals = await this.matches.findOpenProposalsInRound(manager, payload.roundId, payload.personId);
      const mentees = await this.people.findPeople(proposals.map((match) => match.menteeId));
      return { kind: 'proposals', recipient, round, proposals, mentees: new Map(mentees.map((mentee) => [mentee.id, mentee])) };
    }
    const match = await this.matches.findInTransaction(manager, payload.matchId);
    if (!match) return { kind: 'match', recipient, match: null, mentor: null, mentee: null, room: null };
    const people = new Map((await this.people.findPeople([match.mentorId, match.menteeId])).map((person) => [person.id, person]));
    const room = match.meetingRoomBookingId ? await this.bookings.findRoomOfBooking(match.meetingRoomBookingId) : null;
    return { kind: 'match', recipient, match, mentor: people.get(match.mentorId) ?? null, mentee: people.get(match.menteeId) ?? null, room };
  }
}
