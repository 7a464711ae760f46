import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { type Actor, hasAnyRole, Role } from '@kennis/auth';
import { ConflictError, ForbiddenError, NotFoundError } from '@kennis/errors';
import { OutboxService } from '@kennis/outbox';
import { type RoomEntity, RoomBookingService, RoomsService } from '@kennis/rooms';
import type { InboundAnswer } from '../entities/inbound-message.entity';
import type { RoomApprovalEntity } from '../entities/room-approval.entity';
import type { RoomInviteBookingEntity } from '../entities/room-invite-booking.entity';
import { InboundJob, inboundJobQueue, type RoomApprovalPayload } from '../jobs/inbound.jobs';
import { RoomApprovalRepository } from '../repositories/room-approval.repository';
import { RoomInviteBookingRepository } from '../repositories/room-invite-booking.repository';

const DECIDERS = [Role.FACILITY_MANAGER, Role.ADMIN];

export interface RoomApprovalView {
  approval: RoomApprovalEntity;
  room: RoomEntity;
  occurrences: { startsAt: Date; endsAt: Date }[];
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
  ) {}

  async listPending(actor: Actor): Promise<RoomApprovalView[]> {
    this.assertDecider(actor);
    const pending = await this.approvals.findPending();
    const rooms = new Map((await this.rooms.findRooms([...new Set(pending.map((approval) => approval.roomId))])).map((room) => [room.id, room]));
    return Promise.all(
      pending.map(async (approval) => ({
        approval,
        room: rooms.get(approval.roomId)!,
        occurrences: await this.approvals.findHeldOccurrences(approval),
      })),
    );
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
      if (!approval) throw new NotFoundError('Room approval', approvalId);
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
      return { approval: decided, room, occurrences: held.map((record) => ({ startsAt: record.startsAt, endsAt: record.endsAt })) };
    });
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
