import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PersonEntity } from '@kennis/people';
import { RoomBookingConflictError, RoomBookingService, RoomsService } from '@kennis/rooms';
import type { MatchMeeting } from '../repositories/mentor-match.repository';
import { MentoringCommitmentsRepository } from '../repositories/mentoring-commitments.repository';
import { FIRST_MEETING_MINUTES, firstSharedSlots, slotsOutside } from './first-meeting-slot';

/** How many shared slots are tried for a free room before the meeting goes online. */
const ROOM_SLOT_ATTEMPTS = 10;

/**
 * Plans the first meeting of an accepted match: a time inside both people's working hours that none of
 * their Kennis commitments (sessions, other mentoring meetings) overlaps, in a room when they share a site.
 * Room rules (libs/rooms) apply through RoomBookingService.book, which refuses what a room does not allow.
 */
@Injectable()
export class FirstMeetingPlanner {
  constructor(
    private readonly rooms: RoomsService,
    private readonly bookings: RoomBookingService,
    private readonly commitments: MentoringCommitmentsRepository,
  ) {}

  /** Inside the accept's transaction, so the room booking commits with the match. Null: no shared working time. */
  async plan(manager: EntityManager, mentor: PersonEntity, mentee: PersonEntity, now: Date): Promise<MatchMeeting | null> {
    const shared = firstSharedSlots(now, [mentor.timeZone, mentee.timeZone]);
    if (shared.length === 0) return null;
    const busy = await this.commitments.findBusy(
      manager,
      [mentor.id, mentee.id],
      shared[0],
      new Date(shared[shared.length - 1].getTime() + FIRST_MEETING_MINUTES * 60_000),
    );
    const slots = slotsOutside(shared, busy);
    if (slots.length === 0) return null;
    const span = (startsAt: Date) => ({ startsAt, endsAt: new Date(startsAt.getTime() + FIRST_MEETING_MINUTES * 60_000) });
    if (mentor.site === mentee.site) {
      for (const startsAt of slots.slice(0, ROOM_SLOT_ATTEMPTS)) {
        const { endsAt } = span(startsAt);
        for (const room of await this.rooms.findFreeRooms({ startsAt, endsAt, seats: 2, site: mentor.site })) {
          try {
            const booking = await this.bookings.book(manager, { roomId: room.id, startsAt, endsAt, seats: 2, label: 'Mentoring: first meeting' });
            return { startsAt, endsAt, roomBookingId: booking.bookingId };
          } catch (error) {
            // Taken between the search and the lock: the next free room, or the next slot.
            if (!(error instanceof RoomBookingConflictError)) throw error;
          }
        }
      }
    }
    return { ...span(slots[0]), roomBookingId: null };
  }
}
