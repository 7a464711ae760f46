import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import { appConfig, inboundConfig, mailConfig } from '@kennis/config';
import { MailSender } from '@kennis/mail';
import type { OutboxBatch, OutboxMessageEntity, OutboxRowHandler, OutboxRowResult } from '@kennis/outbox';
import { MentoringMailLoader } from '../mail/mentoring-mail.loader';
import { mentoringMailFromSnapshot } from '../mail/mentoring-mail.message';
import { mentoringMailStaleness } from '../mail/mentoring-mail.staleness';
import { CheckInSchedule } from '../services/check-in-schedule';
import { MentoringMailKind, type MentoringMailPayload } from './mentoring.jobs';

/** One mentoring mail: loaded as things are now, skipped when stale, else composed and sent (the runner marks the row). */
@Injectable()
export class MentoringMailHandler implements OutboxRowHandler {
  constructor(
    private readonly sender: MailSender,
    private readonly loader: MentoringMailLoader,
    private readonly checkIns: CheckInSchedule,
    @Inject(mailConfig.KEY) private readonly mail: ConfigType<typeof mailConfig>,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    @Inject(inboundConfig.KEY) private readonly inbound: ConfigType<typeof inboundConfig>,
  ) {}

  async handle(manager: EntityManager, row: OutboxMessageEntity, batch: OutboxBatch): Promise<OutboxRowResult> {
    const payload = row.payload as MentoringMailPayload;
    const snapshot = await this.loader.load(manager, payload);
    const stale = mentoringMailStaleness(payload, snapshot);
    if (stale) return { skipped: stale };
    const settings = { fromAddress: this.mail.fromAddress, messageIdDomain: this.mail.messageIdDomain, publicUrl: this.app.publicUrl, organizerAddress: this.inbound.organizerAddress };
    await this.sender.send(mentoringMailFromSnapshot(row, payload, snapshot, settings));
    // The next check-in is recorded with this one's DONE, in the same transaction: the chain never breaks or forks.
    if (payload.kind === MentoringMailKind.CheckIn && snapshot.kind === 'match' && snapshot.match?.decidedAt && snapshot.match.runsUntil) {
      const { match } = snapshot;
      this.checkIns.next(batch, { id: match.id, mentorId: match.mentorId, menteeId: match.menteeId, decidedAt: match.decidedAt!, runsUntil: match.runsUntil! }, payload.personId, payload.number);
    }
    return 'done';
  }
}
