import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxMessageEntity } from './entities/outbox-message.entity';
import { OutboxRepository } from './repositories/outbox.repository';
import { OutboxJobRunner } from './services/outbox-job.runner';
import { OutboxService } from './services/outbox.service';

/** The tables of this library, for its module and for the schema check of the migrations. */
export const outboxEntities = [OutboxMessageEntity];

/** Needs QueuesModule.forRoot() in the app. */
@Module({
  imports: [TypeOrmModule.forFeature(outboxEntities)],
  providers: [OutboxRepository, OutboxService, OutboxJobRunner],
  exports: [OutboxRepository, OutboxService, OutboxJobRunner],
})
export class OutboxModule {}
