import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { type Actor, hasAnyRole, Role } from '@kennis/auth';
import { Clock } from '@kennis/config';
import { ConflictError, ForbiddenError, NotFoundError } from '@kennis/errors';
import { type OutboxBatch, OutboxService } from '@kennis/outbox';
import type { PersonEntity } from '@kennis/people';
import { type RoomEntity, RoomBookingService, RoomsService } from '@kennis/rooms';
import { type SessionEntity, SessionRoomApprovalService } from '@kennis/sessions';
import type { InboundAnswer } from '../entities/inbound-message.entity';
import type { RoomApprovalEntity, RoomApprovalStatus } from '../entities/room-approval.entity';
import type { RoomInviteBookingEntity } from '../entities/room-invite-booking.entity';
import { InboundJob, inboundJobQueue, type RoomApprovalPayload } from '../jobs/inbound.jobs';
import { RoomApprovalRepository } from '../repositories/room-approval.repository';
import { RoomInviteBookingRepository } from '../repositories/room-invite-booking.repository';

const DECIDERS = [Role.FACILITY_MANAGER, Role.ADMIN];

/** A question to a facility manager: a meeting booked by invite or in Kennis, or a session held in the room. */
export interface RoomApprovalView {
  id: string;
  room: RoomEntity;
  organizer: string;
  summary: string;
  sequence: number;
  status: RoomApprovalStatus;
  occurrences: { startsAt: Date; endsAt: Date }[];
  requestedAt: Date;
  decidedAt: Date | null;
  reason: string | null;
  sessionId: string | null;
}

function meetingView(approval: RoomApprovalEntity, room: RoomEntity, occurrences: { startsAt: Date; endsAt: Date }[]): RoomApprovalView {
  return {
    id: approval.id,
    room,
    organizer: approval.organizerAddress,
    summary: approval.summary,
    sequence: approval.sequence,
    status: approval.status,
    occurrences,
    requestedAt: approval.requestedAt,
    decidedAt: approval.decidedAt,
    reason: approval.reason,
    sessionId: null,
  };
}

/** A session's id is the id of its question: both are UUIDs from one generator, so they never meet. */
function sessionView(
  session: SessionEntity,
  hosts: PersonEntity[],
  room: RoomEntity,
  slot: { startsAt: Date; endsAt: Date },
  requestedAt: Date,
  decision: { status: RoomApprovalStatus; decidedAt: Date | null; reason: string | null },
): RoomApprovalView {
  return {
    id: session.id,
    room,
    organizer: hosts[0]?.email ?? '',
    summary: session.title,
    sequence: session.calendarSequence,
    occurrences: [slot],
    requestedAt,
    sessionId: session.id,
    ...decision,
  };
}

function formatInstant(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * Facility managers approve or refuse the meetings that rooms requiring approval hold TENTATIVE. The
 * decision, the bookings it confirms or releases and the organizer's final REPLY (an outbox row) commit
 * together; the row lock on the approval makes a second decision a clear conflict.
 */
@Injectable()
export class RoomApprovalService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly approvals: RoomApprovalRepository,
    private readonly invites: RoomInviteBookingRepository,
    private readonly bookings: RoomBookingService,
    private readonly rooms: RoomsService,
    private readonly sessionApprovals: SessionRoomApprovalService,
    private readonly clock: Clock,
  ) {}

  async listPending(actor: Actor): Promise<RoomApprovalView[]> {
    this.assertDecider(actor);
    const pending = await this.approvals.findPending();
    const sessions = await this.sessionApprovals.findAwaiting();
    const roomIds = [...new Set([...pending.map((approval) => approval.roomId), ...sessions.map(({ session }) => session.roomId!)])];
    const rooms = new Map((await this.rooms.findRooms(roomIds)).map((room) => [room.id, room]));
    const meetings = await Promise.all(
      pending.map(async (approval) => meetingView(approval, rooms.get(approval.roomId)!, await this.approvals.findHeldOccurrences(approval))),
    );
    const held = sessions.map(({ session, hosts }) =>
      sessionView(session, hosts, rooms.get(session.roomId!)!, { startsAt: session.startsAt!, endsAt: session.endsAt! }, session.roomApprovalRequestedAt!, {
        status: 'PENDING',
        decidedAt: null,
        reason: null,
      }),
    );
    return [...meetings, ...held].sort((a, b) => a.requestedAt.getTime() - b.requestedAt.getTime());
  }

  approve(actor: Actor, approvalId: string): Promise<RoomApprovalView> {
    return this.decide(actor, approvalId, 'APPROVED', null);
  }

  refuse(actor: Actor, approvalId: string, reason: string | null): Promise<RoomApprovalView> {
    return this.decide(actor, approvalId, 'REFUSED', reason);
  }

  private decide(actor: Actor, approvalId: string, decision: 'APPROVED' | 'REFUSED', reason: string | null): Promise<RoomApprovalView> {
    this.assertDecider(actor);
    return this.outbox.transaction(async (manager, batch) => {
      const approval = await this.approvals.lockForDecision(manager, approvalId);
      if (!approval) {
        const session = await this.sessionApprovals.lock(manager, approvalId);
        if (!session) throw new NotFoundError('Room approval', approvalId);
        return this.decideSession(manager, batch, session, decision, reason);
      }
      if (approval.status !== 'PENDING') {
        throw new ConflictError(`This booking is ${approval.status.toLowerCase()} already; there is nothing left to decide.`);
      }
      // The room's lock, as every booking path takes it first.
      const room = await this.bookings.lockRoom(manager, approval.roomId);
      const held = (await this.invites.findForUid(manager, room.id, approval.calendarUid)).filter((record) => record.partstat === 'TENTATIVE');
      if (decision === 'REFUSED') {
        for (const record of held) if (record.roomBookingId) await this.bookings.release(manager, record.roomBookingId);
      }
      const why = reason ? ` Reason: ${reason}` : '';
      await this.invites.setPartstat(
        manager,
        held.map((record) => record.id),
        decision === 'APPROVED' ? 'ACCEPTED' : 'DECLINED',
        decision === 'APPROVED' ? null : `refused by a facility manager.${why}`,
        decision === 'REFUSED',
      );
      const answer = this.answer(room, approval, held, decision, why);
      await this.approvals.decide(manager, approval.id, decision, actor.personId, reason, answer);
      batch.add({
        queue: inboundJobQueue[InboundJob.ApprovalAnswerDeliver],
        jobName: InboundJob.ApprovalAnswerDeliver,
        payload: { roomApprovalId: approval.id } satisfies RoomApprovalPayload,
        dedupeKey: `room-approval-answer:${approval.id}`,
      });
      const decided = (await this.approvals.findInTransaction(manager, approval.id))!;
      return meetingView(decided, room, held.map((record) => ({ startsAt: record.startsAt, endsAt: record.endsAt })));
    });
  }

  /** A session held in the room: approval schedules it with its invites, refusal releases the room and tells the hosts why. */
  private async decideSession(
    manager: EntityManager,
    batch: OutboxBatch,
    session: SessionEntity,
    decision: 'APPROVED' | 'REFUSED',
    reason: string | null,
  ): Promise<RoomApprovalView> {
    if (!session.roomApprovalRequestedAt || !session.roomId) {
      throw new ConflictError('This session no longer waits for its room to be approved; there is nothing left to decide.');
    }
    const [room] = await this.rooms.findRooms([session.roomId]);
    const hosts = await this.sessionApprovals.hostsOf(manager, session.id);
    const requestedAt = session.roomApprovalRequestedAt;
    const slot = { startsAt: session.startsAt!, endsAt: session.endsAt! };
    if (decision === 'APPROVED') await this.sessionApprovals.approve(manager, batch, session);
    else await this.sessionApprovals.refuse(manager, batch, session, reason);
    return sessionView(session, hosts, room, slot, requestedAt, { status: decision, decidedAt: this.clock.now(), reason });
  }

  private answer(room: RoomEntity, approval: RoomApprovalEntity, held: RoomInviteBookingEntity[], decision: 'APPROVED' | 'REFUSED', why: string): InboundAnswer {
    const partstat = decision === 'APPROVED' ? 'ACCEPTED' : 'DECLINED';
    const when = held.length === 1 ? formatInstant(held[0].startsAt, room.timeZone) : `${held.length} occurrences`;
    return {
      kind: 'reply',
      fromAddress: room.resourceMailbox!,
      fromName: room.name,
      toAddress: approval.organizerAddress,
      uid: approval.calendarUid,
      sequence: approval.sequence,
      partstat,
      summary: approval.summary,
      comment:
        decision === 'APPROVED'
          ? `${room.name} is booked for ${when}: a facility manager approved it.`
          : `${room.name} declined: a facility manager refused the booking.${why}`,
      occurrences: held.map((record) => ({
        startsAt: record.startsAt.toISOString(),
        endsAt: record.endsAt.toISOString(),
        recurrenceId: record.recurrenceId || null,
        partstat,
        reason: decision === 'APPROVED' ? null : 'refused by a facility manager',
      })),
      freeTimes: [],
      freeRooms: [],
      inReplyTo: approval.inReplyTo ?? '',
      timeZone: room.timeZone,
    };
  }

  private assertDecider(actor: Actor): void {
    if (!hasAnyRole(actor, DECIDERS)) throw new ForbiddenError('Only facility managers and admins approve room bookings.');
  }
}
