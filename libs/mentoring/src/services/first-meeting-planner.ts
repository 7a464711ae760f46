import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { EntityManager } from 'typeorm';
import { mentoringConfig } from '@kennis/config';
import { DomainError } from '@kennis/errors';
import { PersonEntity } from '@kennis/people';
import { type Booking, RoomBookingService, RoomsService } from '@kennis/rooms';
import { SessionQueryService } from '@kennis/sessions';
import type { MatchMeeting } from '../repositories/mentor-match.repository';
import { MentoringCommitmentsRepository } from '../repositories/mentoring-commitments.repository';
import { type BusyPeriod, earliestMeetingStart, FIRST_MEETING_MINUTES, firstSharedSlots, slotsOutside } from './first-meeting-slot';

/** How many shared slots are tried for a free room before the meeting goes online. */
const ROOM_SLOT_ATTEMPTS = 10;
const ROOM_LABEL = 'Mentoring: first meeting';

/**
 * Plans and moves the first meeting of an accepted match: a time inside both people's working hours,
 * past the minimum notice, that none of their Kennis commitments overlaps (sessions they host or sit
 * in, their other mentoring meetings, rooms they booked for themselves), in a room when they share a
 * site. Rooms are booked only through RoomBookingService.book, the one booking path, so every room rule
 * applies; a room that refuses is simply not the meeting's room.
 */
@Injectable()
export class FirstMeetingPlanner {
  constructor(
    private readonly rooms: RoomsService,
    private readonly bookings: RoomBookingService,
    private readonly sessions: SessionQueryService,
    private readonly commitments: MentoringCommitmentsRepository,
    @Inject(mentoringConfig.KEY) private readonly config: ConfigType<typeof mentoringConfig>,
  ) {}

  earliestStart(now: Date): Date {
    return earliestMeetingStart(now, this.config.firstMeetingNoticeHours);
  }

  /** Inside the accept's transaction, so the room booking commits with the match. Null: no shared working time. */
  async plan(manager: EntityManager, mentor: PersonEntity, mentee: PersonEntity, now: Date): Promise<MatchMeeting | null> {
    const shared = firstSharedSlots(this.earliestStart(now), [mentor, mentee]);
    if (shared.length === 0) return null;
    const busy = await this.busy(manager, [mentor.id, mentee.id], shared[0], end(shared[shared.length - 1]), null);
    const slots = slotsOutside(shared, busy);
    if (slots.length === 0) return null;
    if (mentor.site === mentee.site) {
      for (const startsAt of slots.slice(0, ROOM_SLOT_ATTEMPTS)) {
        const booking = await this.bookSomeRoom(manager, mentor.site, startsAt, end(startsAt), null, now);
        if (booking) return { startsAt, endsAt: end(startsAt), roomBookingId: booking.bookingId };
      }
    }
    return { startsAt: slots[0], endsAt: end(slots[0]), roomBookingId: null };
  }

  /** Everything that keeps these people busy in [from, to), other than the match `exceptMatchId` itself. */
  async busy(manager: EntityManager, personIds: string[], from: Date, to: Date, exceptMatchId: string | null): Promise<BusyPeriod[]> {
    // All three through the transaction's manager, so no read slips outside the match's lock; one after
    // the other, since a transaction is one connection (pg queues concurrent queries on it, and pg 9 refuses them).
    const sessions = await this.sessions.busyPeriodsOf(manager, personIds, from, to);
    const meetings = await this.commitments.findMeetings(manager, personIds, from, to, exceptMatchId);
    const booked = await this.bookings.findBookedBy(manager, personIds, from, to);
    return [...sessions, ...meetings, ...booked];
  }

  /**
   * A room for a moved meeting: the same room if it takes the new time, else another free one at the
   * site. The caller has released the old booking in the same transaction. Null: online.
   */
  placeAt(manager: EntityManager, site: string | null, startsAt: Date, endsAt: Date, preferredRoomId: string | null, now: Date): Promise<Booking | null> {
    return site === null ? Promise.resolve(null) : this.bookSomeRoom(manager, site, startsAt, endsAt, preferredRoomId, now);
  }

  private async bookSomeRoom(manager: EntityManager, site: string, startsAt: Date, endsAt: Date, preferredRoomId: string | null, now: Date): Promise<Booking | null> {
    const free = await this.rooms.findFreeRooms({ startsAt, endsAt, seats: 2, site, now });
    const candidates = preferredRoomId ? [preferredRoomId, ...free.map((room) => room.id).filter((id) => id !== preferredRoomId)] : free.map((room) => room.id);
    for (const roomId of candidates) {
      // A room a facility manager must approve would leave the meeting tentative: plan it in a room that simply takes it.
      if ((await this.bookings.rulesOf(manager, roomId)).requiresApproval) continue;
      try {
        return await this.bookings.book(manager, { roomId, startsAt, endsAt, seats: 2, label: ROOM_LABEL, now });
      } catch (error) {
        // Taken between the search and the lock, or the room's rules refuse: the next room.
        if (!(error instanceof DomainError)) throw error;
      }
    }
    return null;
  }
}

function end(startsAt: Date): Date {
  return new Date(startsAt.getTime() + FIRST_MEETING_MINUTES * 60_000);
}
