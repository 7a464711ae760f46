import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { InboundAnswer } from '../entities/inbound-message.entity';
import { RoomApprovalEntity, type RoomApprovalStatus } from '../entities/room-approval.entity';

export interface NewRoomApproval {
  roomId: string;
  calendarUid: string;
  sequence: number;
  organizerAddress: string;
  summary: string;
  inReplyTo: string | null;
}

@Injectable()
export class RoomApprovalRepository {
  constructor(@InjectRepository(RoomApprovalEntity) private readonly approvals: Repository<RoomApprovalEntity>) {}

  async open(manager: EntityManager, approval: NewRoomApproval): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO room_approval (room_id, calendar_uid, sequence, organizer_address, summary, in_reply_to)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [approval.roomId, approval.calendarUid, approval.sequence, approval.organizerAddress, approval.summary.slice(0, 200), approval.inReplyTo],
    );
    return rows[0].id;
  }

  /** An update or a cancel of the meeting replaces the question: the pending one is withdrawn. */
  async withdrawPending(manager: EntityManager, roomId: string, calendarUid: string): Promise<void> {
    await manager.query(
      `UPDATE room_approval SET status = 'WITHDRAWN', decided_at = now() WHERE room_id = $1 AND calendar_uid = $2 AND status = 'PENDING'`,
      [roomId, calendarUid],
    );
  }

  /** Locked, so two facility managers deciding at once queue here and the second sees the first's decision. */
  lockForDecision(manager: EntityManager, id: string): Promise<RoomApprovalEntity | null> {
    return manager.getRepository(RoomApprovalEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async decide(
    manager: EntityManager,
    id: string,
    status: Extract<RoomApprovalStatus, 'APPROVED' | 'REFUSED'>,
    decidedById: string,
    reason: string | null,
    answer: InboundAnswer,
  ): Promise<void> {
    await manager.query(
      `UPDATE room_approval SET status = $2, decided_by_id = $3, decided_at = now(), reason = $4, answer = $5 WHERE id = $1`,
      [id, status, decidedById, reason, JSON.stringify(answer)],
    );
  }

  findPending(): Promise<RoomApprovalEntity[]> {
    return this.approvals.find({ where: { status: 'PENDING' }, order: { requestedAt: 'ASC' } });
  }

  findInTransaction(manager: EntityManager, id: string): Promise<RoomApprovalEntity | null> {
    return manager.getRepository(RoomApprovalEntity).findOneBy({ id });
  }

  /** The occurrences the meeting holds TENTATIVE in the room, in time order. */
  async findHeldOccurrences(approval: Pick<RoomApprovalEntity, 'roomId' | 'calendarUid'>): Promise<{ startsAt: Date; endsAt: Date }[]> {
    const rows: { starts_at: Date; ends_at: Date }[] = await this.approvals.query(
      `SELECT starts_at, ends_at FROM room_invite_booking WHERE room_id = $1 AND calendar_uid = $2 AND partstat = 'TENTATIVE' ORDER BY starts_at`,
      [approval.roomId, approval.calendarUid],
    );
    return rows.map((row) => ({ startsAt: row.starts_at, endsAt: row.ends_at }));
  }
}
