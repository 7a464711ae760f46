import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OutboxBatch, OutboxMessageEntity, OutboxRowHandler, OutboxRowResult } from '@kennis/outbox';
import { SessionStatus } from '../entities/session.entity';
import { RegistrationRepository } from '../repositories/registration.repository';
import { SessionRepository } from '../repositories/session.repository';
import { SessionMailKind, sessionMailDraft, type SessionReminderPayload } from './sessions.jobs';

/**
 * At a reminder's due time, records one reminder mail per person with a seat, in one transaction with
 * marking the reminder done. Dedupe keys make a second run of the same reminder add nothing.
 */
@Injectable()
export class SessionReminderHandler implements OutboxRowHandler {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly registrations: RegistrationRepository,
  ) {}

  async handle(manager: EntityManager, row: OutboxMessageEntity, batch: OutboxBatch): Promise<OutboxRowResult> {
    const { sessionId, sequence } = row.payload as SessionReminderPayload;
    const session = await this.sessions.findInTransaction(manager, sessionId);
    if (!session || session.status !== SessionStatus.SCHEDULED || session.calendarSequence !== sequence) {
      return { skipped: 'the session moved or is off' };
    }
    const seated = await this.registrations.findSeated(manager, sessionId);
    batch.add(
      ...seated.map((registration) =>
        sessionMailDraft(
          SessionMailKind.Reminder,
          session,
          { personId: registration.personId },
          `reminder:${sessionId}:${sequence}:${registration.personId}`,
        ),
      ),
    );
    return 'done';
  }
}
