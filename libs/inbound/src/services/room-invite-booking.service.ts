import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError } from '@kennis/errors';
import { RecurringConflictPolicy, type RoomEntity, RoomBookingService, RoomsService } from '@kennis/rooms';
import type { InboundAnswer } from '../entities/inbound-message.entity';
import { RoomApprovalRepository } from '../repositories/room-approval.repository';
import { RoomInviteBookingRepository } from '../repositories/room-invite-booking.repository';
import type { ItipEvent, ItipOccurrence } from './itip-parser';

export interface RoomInviteResult {
  outcome: string;
  answer: Omit<InboundAnswer, 'inReplyTo'> | null;
}

interface OccurrenceDecision {
  occurrence: ItipOccurrence;
  bookingId: string | null;
  reason: string | null;
}

const ALTERNATIVES = 3;

function formatInstant(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * A meeting that invited a room's mailbox: every occurrence is booked through RoomBookingService,
 * the same path as sessions (the room lock, then room_booking_no_overlap), and the room answers like
 * a room mailbox does: ACCEPTED, or DECLINED with the reason and the nearest alternatives.
 */
@Injectable()
export class RoomInviteBookingService {
  constructor(
    private readonly bookings: RoomBookingService,
    private readonly rooms: RoomsService,
    private readonly invites: RoomInviteBookingRepository,
    private readonly approvals: RoomApprovalRepository,
  ) {}

  /**
   * METHOD:REQUEST: a new meeting, or an update (same UID, higher SEQUENCE) that moves it atomically.
   * A recurring meeting of which some occurrences cannot be booked is declined whole, or, where the
   * room's rules say ACCEPT_FREE, accepted for the free ones; the answer lists the others either way.
   * A room that requires approval holds what it booked and answers TENTATIVE until a facility manager decides.
   */
  async request(
    manager: EntityManager,
    room: RoomEntity,
    event: ItipEvent,
    organizer: string,
    seats: number,
    timeZone: string,
    now: Date,
    inReplyTo: string | null = null,
  ): Promise<RoomInviteResult> {
    // The room's lock first, as every booking takes it: two invites for one room and time queue here,
    // and the second sees the first one's booking.
    await this.bookings.lockRoom(manager, room.id);
    const existing = await this.invites.findForUid(manager, room.id, event.uid);
    const newest = Math.max(-1, ...existing.map((record) => record.sequence));
    // RFC 5546 2.1.5: a request with a lower SEQUENCE than one already seen is out of date.
    if (event.sequence < newest) return { outcome: `ignored: SEQUENCE ${event.sequence} is older than ${newest} already booked`, answer: null };
    const held = existing.filter((record) => record.roomBookingId !== null);
    const isUpdate = held.length > 0;
    await manager.query('SAVEPOINT room_invite_update');
    for (const record of held) await this.bookings.release(manager, record.roomBookingId!);

    const decisions: OccurrenceDecision[] = [];
    for (const occurrence of event.occurrences) {
      decisions.push(await this.bookOccurrence(manager, room, event, occurrence, seats, now));
    }
    const declined = decisions.filter((decision) => decision.reason !== null);
    const booked = decisions.filter((decision) => decision.reason === null);
    const rules = await this.bookings.rulesOf(manager, room.id);
    const acceptFree = event.recurring && rules.recurringConflicts === RecurringConflictPolicy.ACCEPT_FREE && booked.length > 0;
    const label = `${event.summary || 'Meeting'} (invited by ${organizer})`;
    const reasons = declined.map((decision) => `${formatInstant(decision.occurrence.startsAt, timeZone)}: ${decision.reason}`);
    if ((declined.length > 0 && !acceptFree) || decisions.length === 0) {
      // All or nothing: an update that does not fit leaves the earlier booking as it was.
      await manager.query('ROLLBACK TO SAVEPOINT room_invite_update');
      if (declined.length === 0) reasons.push('no occurrence falls inside the booking window');
      const comment = `${room.name} declined. ${reasons.join('; ')}.${isUpdate ? ' The room stays booked at the earlier time.' : ''}`;
      if (!isUpdate) {
        for (const decision of decisions) {
          await this.invites.upsert(manager, this.record(room, event, organizer, decision.occurrence, null, 'DECLINED', decision.reason ?? 'declined with the others'));
        }
      }
      const first = declined[0]?.occurrence ?? event.occurrences[0] ?? { startsAt: event.startsAt, endsAt: event.endsAt };
      const freeTimes = await this.bookings.nearestFreeTimes(room.id, first.startsAt, first.endsAt, ALTERNATIVES, now);
      const freeRooms = (await this.rooms.findFreeRooms({ startsAt: first.startsAt, endsAt: first.endsAt, seats, site: room.site, now }))
        .filter((candidate) => candidate.id !== room.id)
        .slice(0, ALTERNATIVES);
      return {
        outcome: `declined: ${reasons.join('; ')}`,
        answer: this.answer(room, event, organizer, 'DECLINED', comment, decisions, timeZone, {
          freeTimes: freeTimes.map((slot) => ({ startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString() })),
          freeRooms: freeRooms.map((candidate) => `${candidate.name} (${candidate.site}, ${candidate.capacity} seats${candidate.resourceMailbox ? `, ${candidate.resourceMailbox}` : ''})`),
        }),
      };
    }
    await manager.query('RELEASE SAVEPOINT room_invite_update');
    for (const record of existing) {
      if (!decisions.some((decision) => (decision.occurrence.recurrenceId ?? '') === record.recurrenceId)) {
        await this.invites.markCancelled(manager, record.id, event.sequence);
      }
    }
    const partstat = rules.requiresApproval ? 'TENTATIVE' : 'ACCEPTED';
    for (const decision of booked) {
      await this.bookings.relabel(manager, decision.bookingId!, label);
      await this.invites.upsert(manager, this.record(room, event, organizer, decision.occurrence, decision.bookingId, partstat, null));
    }
    for (const decision of declined) {
      await this.invites.upsert(manager, this.record(room, event, organizer, decision.occurrence, null, 'DECLINED', decision.reason));
    }
    // An update asks again: the earlier question (if any) is withdrawn and a new one opened.
    await this.approvals.withdrawPending(manager, room.id, event.uid);
    if (rules.requiresApproval) {
      await this.approvals.open(manager, { roomId: room.id, calendarUid: event.uid, sequence: event.sequence, organizerAddress: organizer, summary: event.summary, inReplyTo });
    }
    const when = booked.length === 1 ? formatInstant(booked[0].occurrence.startsAt, timeZone) : `${booked.length} occurrences`;
    const moved = isUpdate ? ' (moved from the earlier time)' : '';
    const comment =
      (rules.requiresApproval
        ? `${room.name} holds ${when} for your meeting${moved} until a facility manager approves it; you will get the final answer by mail.`
        : `${room.name} is booked for ${when}${moved}.`) + (declined.length > 0 ? ` Declined, as the room's rules accept only the free occurrences: ${reasons.join('; ')}.` : '');
    return {
      outcome: `${partstat === 'TENTATIVE' ? 'tentative, awaiting approval' : 'accepted'}: ${booked.length} occurrence(s) booked${declined.length > 0 ? `, ${declined.length} declined` : ''}${isUpdate ? ', earlier booking moved' : ''}`,
      answer: this.answer(room, event, organizer, partstat, comment, decisions, timeZone, { freeTimes: [], freeRooms: [] }),
    };
  }

  /** METHOD:CANCEL releases the meeting's bookings (one occurrence when RECURRENCE-ID names it). Nobody answers a CANCEL. */
  async cancel(manager: EntityManager, room: RoomEntity, event: ItipEvent): Promise<string> {
    const existing = await this.invites.findForUid(manager, room.id, event.uid);
    const targets = existing.filter((record) => event.recurrenceId === null || record.recurrenceId === event.recurrenceId);
    if (targets.length === 0) return 'ignored: no booking of this meeting in this room';
    for (const record of targets) {
      if (record.roomBookingId) await this.bookings.release(manager, record.roomBookingId);
      await this.invites.markCancelled(manager, record.id, Math.max(event.sequence, record.sequence));
    }
    if (event.recurrenceId === null) await this.approvals.withdrawPending(manager, room.id, event.uid);
    return `cancelled: ${targets.length} occurrence(s) released`;
  }

  private async bookOccurrence(
    manager: EntityManager,
    room: RoomEntity,
    event: ItipEvent,
    occurrence: ItipOccurrence,
    seats: number,
    now: Date,
  ): Promise<OccurrenceDecision> {
    if (occurrence.endsAt.getTime() <= occurrence.startsAt.getTime()) return { occurrence, bookingId: null, reason: 'the meeting has no duration' };
    if (occurrence.startsAt.getTime() < now.getTime()) return { occurrence, bookingId: null, reason: 'the time is in the past' };
    // A savepoint per occurrence: a constraint violation aborts only this attempt, not the transaction.
    await manager.query('SAVEPOINT room_invite_occurrence');
    try {
      const booking = await this.bookings.book(manager, {
        roomId: room.id,
        startsAt: occurrence.startsAt,
        endsAt: occurrence.endsAt,
        seats,
        label: `${event.summary || 'Meeting'}`.slice(0, 200),
        now,
        recurring: event.recurring,
      });
      await manager.query('RELEASE SAVEPOINT room_invite_occurrence');
      return { occurrence, bookingId: booking.bookingId, reason: null };
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT room_invite_occurrence');
      if (error instanceof DomainError) return { occurrence, bookingId: null, reason: error.message };
      throw error;
    }
  }

  private record(room: RoomEntity, event: ItipEvent, organizer: string, occurrence: ItipOccurrence, bookingId: string | null, partstat: 'ACCEPTED' | 'TENTATIVE' | 'DECLINED', reason: string | null) {
    return {
      roomId: room.id,
      calendarUid: event.uid,
      recurrenceId: occurrence.recurrenceId ?? '',
      sequence: event.sequence,
      organizerAddress: organizer,
      summary: event.summary,
      roomBookingId: bookingId,
      partstat,
      reason,
      startsAt: occurrence.startsAt,
      endsAt: occurrence.endsAt,
    };
  }

  private answer(
    room: RoomEntity,
    event: ItipEvent,
    organizer: string,
    partstat: 'ACCEPTED' | 'TENTATIVE' | 'DECLINED',
    comment: string,
    decisions: OccurrenceDecision[],
    timeZone: string,
    alternatives: Pick<InboundAnswer, 'freeTimes' | 'freeRooms'>,
  ): Omit<InboundAnswer, 'inReplyTo'> {
    return {
      kind: 'reply',
      fromAddress: room.resourceMailbox!,
      fromName: `${room.site} / ${room.name}`,
      toAddress: organizer,
      uid: event.uid,
      sequence: event.sequence,
      partstat,
      summary: event.summary,
      comment,
      occurrences: decisions.map((decision) => ({
        startsAt: decision.occurrence.startsAt.toISOString(),
        endsAt: decision.occurrence.endsAt.toISOString(),
        recurrenceId: decision.occurrence.recurrenceId,
        partstat: decision.reason ? 'DECLINED' : partstat,
        reason: decision.reason,
      })),
      timeZone,
      ...alternatives,
    };
  }
}
