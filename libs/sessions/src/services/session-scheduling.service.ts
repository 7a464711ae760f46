import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { type Actor, isAdmin } from '@kennis/auth';
import { nextSequence } from '@kennis/calendar';
import { BadUserInputError } from '@kennis/errors';
import { OutboxService } from '@kennis/outbox';
import { RoomBookingService } from '@kennis/rooms';
import { SessionEntity, SessionStatus } from '../entities/session.entity';
import { SessionStateError } from '../errors/sessions.errors';
import { type SessionChanges, SessionRepository } from '../repositories/session.repository';
import { SessionAccess } from './session-access';
import { SessionNotifier } from './session-notifier';

export interface SessionPlacement {
  startsAt: Date;
  /** A room to book, or null for an online-only session. */
  roomId: string | null;
  /** Replaces the online link when given. */
  onlineUrl?: string | null;
}

/** Giving sessions a time and a place, changing it, calling them off and closing them. */
@Injectable()
export class SessionSchedulingService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly sessions: SessionRepository,
    private readonly access: SessionAccess,
    private readonly rooms: RoomBookingService,
    private readonly notifier: SessionNotifier,
  ) {}

  /**
   * PROPOSED -> SCHEDULED: books the room and invites hosts and room. A room that requires approval holds
   * the session instead: still PROPOSED, the room booked for it, the hosts told it waits for a facility
   * manager; the approval schedules it with the invites, a refusal releases the room.
   */
  schedule(actor: Actor, sessionId: string, placement: SessionPlacement, now: Date): Promise<SessionEntity> {
    const check = (manager: EntityManager) => this.refuseKnownClash(manager, actor, sessionId, placement, now);
    return this.outbox.transactionAfterCheck(check, async (manager, batch) => {
      const session = await this.access.lockAsHost(manager, actor, sessionId, 'schedule this session');
      if (session.status !== SessionStatus.PROPOSED) {
        throw new SessionStateError('schedule', session.status, 'Use rescheduleSession to change a scheduled session.');
      }
      // Scheduled again while held: the held room is given up for the new placement.
      if (session.roomBookingId) await this.rooms.release(manager, session.roomBookingId);
      const updated = await this.place(manager, session, placement, now, SessionStatus.SCHEDULED, session.calendarSequence, 'hold');
      if (updated.roomApprovalRequestedAt) await this.notifier.roomAwaitingApproval(manager, batch, updated);
      else await this.notifier.scheduled(manager, batch, updated);
      return updated;
    });
  }

  /**
   * The CONFLICT of a room race's loser without a transaction: one statement that waits for a
   * booking of the room in flight and reads what the transaction would find (findScheduleClash).
   * It throws only the error the transaction would throw at that moment, and only when every check
   * before the booking would pass; in every other case the transaction decides, under its locks.
   */
  private async refuseKnownClash(manager: EntityManager, actor: Actor, sessionId: string, placement: SessionPlacement, now: Date): Promise<void> {
    if (!placement.roomId || placement.startsAt <= now) return;
    const read = await this.sessions.findScheduleClash(manager, sessionId, actor.personId, isAdmin(actor), placement.roomId, placement.startsAt);
    if (!read) return;
    const request = { roomId: placement.roomId, startsAt: placement.startsAt, endsAt: read.ends_at, seats: read.seats, label: '', now };
    const conflict = this.rooms.conflictFromRead(request, read);
    if (conflict) throw conflict;
  }

  /** Another room at the same time. */
  async move(actor: Actor, sessionId: string, roomId: string, now: Date): Promise<SessionEntity> {
    const session = await this.access.assertExists(sessionId);
    if (!session.startsAt) throw new BadUserInputError('sessionId', 'This session has no time yet: schedule it first.');
    return this.reschedule(actor, sessionId, { startsAt: session.startsAt, roomId }, now);
  }

  /** A new time and/or room for a scheduled session: everyone in it gets an update. */
  reschedule(actor: Actor, sessionId: string, placement: SessionPlacement, now: Date): Promise<SessionEntity> {
    return this.outbox.transaction(async (manager, batch) => {
      const session = await this.access.lockAsHost(manager, actor, sessionId, 'reschedule this session');
      if (session.status !== SessionStatus.SCHEDULED) {
        throw new SessionStateError('reschedule', session.status, 'Only scheduled sessions can be moved.');
      }
      // A scheduled session always has a time (session_scheduled_has_time).
      const previous = { startsAt: session.startsAt!.toISOString(), endsAt: session.endsAt!.toISOString(), roomId: session.roomId };
      if (session.roomBookingId) await this.rooms.release(manager, session.roomBookingId);
      const updated = await this.place(manager, session, placement, now, SessionStatus.SCHEDULED, nextSequence(session.calendarSequence), 'refuse');
      await this.notifier.changed(manager, batch, updated, previous);
      return updated;
    });
  }

  /** Calls the session off: the room is freed and everyone gets a cancellation. */
  cancel(actor: Actor, sessionId: string): Promise<SessionEntity> {
    return this.outbox.transaction(async (manager, batch) => {
      const session = await this.access.lockAsHost(manager, actor, sessionId, 'cancel this session');
      if (session.status !== SessionStatus.PROPOSED && session.status !== SessionStatus.SCHEDULED) {
        throw new SessionStateError('cancel', session.status, 'Only proposed or scheduled sessions can be cancelled.');
      }
      const wasScheduled = session.status === SessionStatus.SCHEDULED;
      if (session.roomBookingId) await this.rooms.release(manager, session.roomBookingId);
      const changes: SessionChanges = {
        status: SessionStatus.CANCELLED,
        roomApprovalRequestedAt: null,
        calendarSequence: wasScheduled ? nextSequence(session.calendarSequence) : session.calendarSequence,
      };
      await this.sessions.updateSession(manager, sessionId, changes);
      const updated = { ...session, ...changes };
      if (wasScheduled) await this.notifier.cancelled(manager, batch, updated, session.roomId);
      return updated;
    });
  }

  /** SCHEDULED -> COMPLETED, once the session has started. */
  complete(actor: Actor, sessionId: string, now: Date): Promise<SessionEntity> {
    return this.outbox.transaction(async (manager) => {
      const session = await this.access.lockAsHost(manager, actor, sessionId, 'complete this session');
      if (session.status !== SessionStatus.SCHEDULED) {
        throw new SessionStateError('complete', session.status, 'Only scheduled sessions can be completed.');
      }
      if (session.startsAt && session.startsAt > now) {
        throw new SessionStateError(
          'complete',
          session.status,
          `It starts at ${session.startsAt.toISOString()}; complete it once it has started, or cancel it.`,
        );
      }
      await this.sessions.updateSession(manager, sessionId, { status: SessionStatus.COMPLETED });
      return { ...session, status: SessionStatus.COMPLETED };
    });
  }

  /**
   * Sets time and place; books the room for exactly the session's own time. The caller holds the session's
   * lock. A room that requires approval holds a session being scheduled (`hold`); a scheduled session,
   * already in people's calendars, cannot wait for one (`refuse`), except in the room it has.
   */
  private async place(
    manager: EntityManager,
    session: SessionEntity,
    placement: SessionPlacement,
    now: Date,
    status: SessionStatus,
    calendarSequence: number,
    approval: 'hold' | 'refuse',
  ): Promise<SessionEntity> {
    if (placement.startsAt <= now) {
      throw new BadUserInputError('startsAt', 'startsAt must be in the future.');
    }
    const onlineUrl = placement.onlineUrl === undefined ? session.onlineUrl : placement.onlineUrl;
    if (!placement.roomId && !onlineUrl) {
      throw new BadUserInputError('roomId', 'Give a roomId, or an onlineUrl for an online-only session.');
    }
    const startsAt = placement.startsAt;
    const endsAt = new Date(startsAt.getTime() + session.durationMinutes * 60_000);
    const booking = placement.roomId
      ? await this.rooms.book(manager, {
          roomId: placement.roomId,
          startsAt,
          endsAt,
          seats: session.capacity,
          label: session.title,
          now,
        })
      : null;
    const needsApproval = booking !== null && booking.rules.requiresApproval;
    if (needsApproval && approval === 'refuse' && placement.roomId !== session.roomId) {
      throw new BadUserInputError(
        'roomId',
        `${booking.room.name} needs a facility manager's approval, which a scheduled session cannot wait for: pick another room.`,
      );
    }
    const held = needsApproval && approval === 'hold';
    const changes: SessionChanges = {
      status: held ? SessionStatus.PROPOSED : status,
      startsAt,
      endsAt,
      onlineUrl,
      roomId: placement.roomId,
      roomBookingId: booking?.bookingId ?? null,
      roomApprovalRequestedAt: held ? now : null,
      calendarSequence,
    };
    await this.sessions.updateSession(manager, session.id, changes);
    return { ...session, ...changes };
  }
}
