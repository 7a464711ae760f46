import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailSender } from '@kennis/mail';
import type { OutboxMessageEntity, OutboxRowHandler, OutboxRowResult } from '@kennis/outbox';
import { RoomApprovalRepository } from '../repositories/room-approval.repository';
import { InboundAnswerComposer } from '../services/inbound-answer.composer';
import type { RoomApprovalPayload } from './inbound.jobs';

/** Sends the organizer the final REPLY of a facility manager's decision; the runner marks the row, so it is sent once. */
@Injectable()
export class RoomApprovalAnswerHandler implements OutboxRowHandler {
  constructor(
    private readonly sender: MailSender,
    private readonly approvals: RoomApprovalRepository,
    private readonly composer: InboundAnswerComposer,
  ) {}

  async handle(manager: EntityManager, row: OutboxMessageEntity): Promise<OutboxRowResult> {
    const approval = await this.approvals.findInTransaction(manager, (row.payload as RoomApprovalPayload).roomApprovalId);
    if (!approval?.answer) return { skipped: 'the approval has no decision to send' };
    const composed = this.composer.composeAnswer(approval.answer, `room-approval-${approval.id}-${row.createdAt.getTime()}`, row.createdAt);
    if ('stale' in composed) return { skipped: composed.stale };
    await this.sender.send(composed.mail);
    return 'done';
  }
}
