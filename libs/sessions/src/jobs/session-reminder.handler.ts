import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type DueOutboxMessage, OutboxRepository, OutboxService, OutboxStatus } from '@kennis/outbox';
import { RegistrationEntity, RegistrationStatus } from '../entities/registration.entity';
import { SessionEntity, SessionStatus } from '../entities/session.entity';
import {
  SessionJob,
  sessionJobQueue,
  SessionMailKind,
  type SessionMailPayload,
  type SessionReminderPayload,
} from './sessions.jobs';

/**
 * At a reminder's due time, records one reminder mail per person with a seat, in one transaction with
 * marking the reminder done. Dedupe keys make a second run of the same reminder add nothing.
 */
@Injectable()
export class SessionReminderHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outboxRepository: OutboxRepository,
    private readonly outbox: OutboxService,
  ) {}

  async send(outboxId: string): Promise<number> {
    let recorded: DueOutboxMessage[] = [];
    await this.dataSource.transaction(async (manager) => {
      const row = await this.outboxRepository.lockPending(manager, outboxId);
      if (!row) return;
      const { sessionId, sequence } = row.payload as SessionReminderPayload;
      const session = await manager.getRepository(SessionEntity).findOneBy({ id: sessionId });
      if (!session || session.status !== SessionStatus.SCHEDULED || session.calendarSequence !== sequence) {
        await this.outboxRepository.markFinished(manager, row.id, OutboxStatus.Skipped, 'the session moved or is off');
        return;
      }
      const seated = await manager
        .getRepository(RegistrationEntity)
        .find({ where: { sessionId, status: RegistrationStatus.SEATED }, order: { arrival: 'ASC' } });
      recorded = await this.outboxRepository.insertDrafts(
        manager,
        seated.map((registration) => {
          const payload: SessionMailPayload = {
            kind: SessionMailKind.Reminder,
            sessionId,
            sequence,
            personId: registration.personId,
          };
          return {
            queue: sessionJobQueue[SessionJob.MailDeliver],
            jobName: SessionJob.MailDeliver,
            payload,
            sessionId,
            dedupeKey: `reminder:${sessionId}:${sequence}:${registration.personId}`,
          };
        }),
      );
      await this.outboxRepository.markFinished(manager, row.id, OutboxStatus.Done, null);
    });
    await this.outbox.enqueue(recorded);
    return recorded.length;
  }
}
