export { OutboxMessageEntity, OutboxStatus } from './entities/outbox-message.entity';
export { OutboxModule } from './outbox.module';
export { OutboxRepository } from './repositories/outbox.repository';
export type { DueOutboxMessage, OutboxDraft } from './repositories/outbox.repository';
export { OutboxBatch, outboxJobId, OutboxService } from './services/outbox.service';
export type { OutboxJobPayload } from './services/outbox.service';
export { OutboxJob } from './jobs/outbox.jobs';
export { OutboxJobsModule } from './outbox-jobs.module';
