import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ConflictError } from '@kennis/errors';
import type { OutboxBatch } from '@kennis/outbox';
import type { PersonEntity } from '@kennis/people';
import { RoomBookingService } from '@kennis/rooms';
import { SessionEntity, SessionStatus } from '../entities/session.entity';
import { SessionMembershipRepository } from '../repositories/session-membership.repository';
import { SessionRepository } from '../repositories/session.repository';
import { SessionNotifier } from './session-notifier';

/**
 * The session side of a facility manager's decision on a room that requires approval. The caller (the
 * room approvals of libs/inbound) checks who decides and owns the transaction; this locks the session,
 * re-checks it still waits, and changes it with its mail in the same transaction.
 */
@Injectable()
export class SessionRoomApprovalService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly rooms: RoomBookingService,
    private readonly notifier: SessionNotifier,
    private readonly membership: SessionMembershipRepository,
    private readonly dataSource: DataSource,
  ) {}

  /** The sessions held for approval, each with its hosts (the first one asked for the room). Few at a time. */
  async findAwaiting(): Promise<{ session: SessionEntity; hosts: PersonEntity[] }[]> {
    const sessions = await this.sessions.findAwaitingRoomApproval();
    return Promise.all(sessions.map(async (session) => ({ session, hosts: await this.hostsOf(this.dataSource.manager, session.id) })));
  }

  hostsOf(manager: EntityManager, sessionId: string): Promise<PersonEntity[]> {
    return this.membership.findHostPeople(manager, sessionId);
  }

  /** The session row locked, or null when it does not exist. */
  lock(manager: EntityManager, sessionId: string): Promise<SessionEntity | null> {
    return this.sessions.lockForUpdate(manager, sessionId);
  }

  /** Approved: the held booking stands, the session is SCHEDULED and everyone is invited as on any schedule. */
  async approve(manager: EntityManager, batch: OutboxBatch, session: SessionEntity): Promise<SessionEntity> {
    this.assertAwaiting(session);
    await this.rooms.lockRoom(manager, session.roomId!);
    const changes = { status: SessionStatus.SCHEDULED, roomApprovalRequestedAt: null };
    await this.sessions.updateSession(manager, session.id, changes);
    const updated = { ...session, ...changes };
    await this.notifier.scheduled(manager, batch, updated);
    return updated;
  }

  /** Refused: the room is released, the session is a proposal again (keeping its time), and the hosts hear why. */
  async refuse(manager: EntityManager, batch: OutboxBatch, session: SessionEntity, reason: string | null): Promise<SessionEntity> {
    this.assertAwaiting(session);
    await this.rooms.lockRoom(manager, session.roomId!);
    await this.rooms.release(manager, session.roomBookingId!);
    const changes = { roomId: null, roomBookingId: null, roomApprovalRequestedAt: null };
    await this.sessions.updateSession(manager, session.id, changes);
    const updated = { ...session, ...changes };
    await this.notifier.roomRefused(manager, batch, updated, { startsAt: session.startsAt!.toISOString(), endsAt: session.endsAt!.toISOString(), roomId: session.roomId }, reason);
    return updated;
  }

  private assertAwaiting(session: SessionEntity): void {
    if (!session.roomApprovalRequestedAt) throw new ConflictError('This session no longer waits for its room to be approved; there is nothing left to decide.');
  }
}
