import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { type Actor, isAdmin } from '@kennis/auth';
import { mailConfig } from '@kennis/config';
import { BadUserInputError, ConflictError, NotFoundError } from '@kennis/errors';
import { type OutboxBatch, OutboxService } from '@kennis/outbox';
import { PeopleService } from '@kennis/people';
import { type RoomEntity, RoomBookingService, RoomsService } from '@kennis/rooms';
import type { RoomInviteBookingEntity } from '../entities/room-invite-booking.entity';
import { InboundJob, inboundJobQueue, type RoomMeetingMailPayload } from '../jobs/inbound.jobs';
import { RoomApprovalRepository } from '../repositories/room-approval.repository';
import { RoomInviteBookingRepository } from '../repositories/room-invite-booking.repository';

/** UIDs of meetings booked in Kennis itself; an invite-made booking keeps its organizer's UID. */
export const KENNIS_ROOM_MEETING_UID = /^kennis-room-booking-[0-9a-f-]{36}@/;

export interface RoomMeetingRequest {
  roomId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  seats: number;
}

export interface RoomMeetingView {
  record: RoomInviteBookingEntity;
  room: RoomEntity;
}

/**
 * A person books a room for an ordinary meeting in Kennis itself: the same booking path and rules as
 * sessions and invites (RoomBookingService.book), recorded like a booking made by invite (so it shows in
 * the approvals, the room's schedule and the clashes alike), with the same invites to the person and to
 * the room's mailbox. A room that requires approval holds it TENTATIVE until a facility manager decides.
 */
@Injectable()
export class RoomMeetingService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly bookings: RoomBookingService,
    private readonly rooms: RoomsService,
    private readonly people: PeopleService,
    private readonly invites: RoomInviteBookingRepository,
    private readonly approvals: RoomApprovalRepository,
    @Inject(mailConfig.KEY) private readonly mail: ConfigType<typeof mailConfig>,
  ) {}

  async book(actor: Actor, request: RoomMeetingRequest, now: Date): Promise<RoomMeetingView> {
    if (request.endsAt <= request.startsAt) throw new BadUserInputError('endsAt', 'endsAt must be after startsAt.');
    if (request.startsAt <= now) throw new BadUserInputError('startsAt', 'startsAt must be in the future.');
    const person = await this.people.getPerson(actor.personId);
    return this.outbox.transaction(async (manager, batch) => {
      // The booker is recorded so their other plans (a mentoring meeting) avoid the time.
      const booking = await this.bookings.book(manager, { ...request, label: request.title, now, bookedById: actor.personId });
      const partstat = booking.rules.requiresApproval ? 'TENTATIVE' : 'ACCEPTED';
      const uid = `kennis-room-booking-${randomUUID()}@${this.mail.messageIdDomain}`;
      await this.invites.upsert(manager, {
        roomId: booking.room.id,
        calendarUid: uid,
        recurrenceId: '',
        sequence: 0,
        organizerAddress: person.email,
        summary: request.title,
        roomBookingId: booking.bookingId,
        partstat,
        reason: null,
        startsAt: request.startsAt,
        endsAt: request.endsAt,
      });
      if (booking.rules.requiresApproval) {
        await this.approvals.open(manager, { roomId: booking.room.id, calendarUid: uid, sequence: 0, organizerAddress: person.email, summary: request.title, inReplyTo: null });
      }
      const [record] = await this.invites.findForUid(manager, booking.room.id, uid);
      this.mailBoth(batch, record, booking.room, 'REQUEST');
      return { record, room: booking.room };
    });
  }

  /** Releases a booking made in Kennis; its organizer (or an admin) may. The person and the room get a CANCEL. */
  cancel(actor: Actor, recordId: string): Promise<RoomMeetingView> {
    return this.outbox.transaction(async (manager, batch) => {
      const found = await this.invites.findById(manager, recordId);
      if (!found) throw new NotFoundError('Room booking', recordId);
      const person = await this.people.getPerson(actor.personId);
      if (found.organizerAddress.toLowerCase() !== person.email.toLowerCase() && !isAdmin(actor)) throw new NotFoundError('Room booking', recordId);
      if (!KENNIS_ROOM_MEETING_UID.test(found.calendarUid)) {
        throw new BadUserInputError('bookingId', 'This booking was made by a calendar invite: cancel the meeting in your calendar, and the room is released.');
      }
      const room = await this.bookings.lockRoom(manager, found.roomId);
      const [record] = (await this.invites.findForUid(manager, room.id, found.calendarUid)).filter((row) => row.id === recordId);
      if (record.partstat === 'CANCELLED' || record.partstat === 'DECLINED') throw new ConflictError('This booking is cancelled already.');
      if (record.roomBookingId) await this.bookings.release(manager, record.roomBookingId);
      await this.invites.markCancelled(manager, record.id, record.sequence + 1);
      await this.approvals.withdrawPending(manager, room.id, record.calendarUid);
      const cancelled = (await this.invites.findById(manager, record.id))!;
      this.mailBoth(batch, cancelled, room, 'CANCEL');
      return { record: cancelled, room };
    });
  }

  /** The person's coming room bookings, made in Kennis or by inviting a room's mailbox. */
  async listMine(actor: Actor, now: Date): Promise<RoomMeetingView[]> {
    const person = await this.people.getPerson(actor.personId);
    const records = await this.invites.findUpcomingOfOrganizer(person.email, now);
    const rooms = new Map((await this.rooms.findRooms([...new Set(records.map((record) => record.roomId))])).map((room) => [room.id, room]));
    return records.map((record) => ({ record, room: rooms.get(record.roomId)! }));
  }

  private mailBoth(batch: OutboxBatch, record: RoomInviteBookingEntity, room: RoomEntity, method: 'REQUEST' | 'CANCEL'): void {
    const recipients: RoomMeetingMailPayload['recipient'][] = room.resourceMailbox ? ['ORGANIZER', 'ROOM'] : ['ORGANIZER'];
    for (const recipient of recipients) {
      batch.add({
        queue: inboundJobQueue[InboundJob.RoomMeetingMailDeliver],
        jobName: InboundJob.RoomMeetingMailDeliver,
        payload: { roomInviteBookingId: record.id, method, sequence: record.sequence, recipient } satisfies RoomMeetingMailPayload,
        dedupeKey: `room-meeting-mail:${record.id}:${record.sequence}:${method}:${recipient}`,
      });
    }
  }
}
