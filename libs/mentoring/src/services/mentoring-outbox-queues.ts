import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { OutboxService } from '@kennis/outbox';
import { QueueName } from '@kennis/queues';

/**
 * OutboxService hands rows only to the queues it injects itself (session-mail and reminders), and its
 * sweeper fails on a row of any other queue. Until it resolves every QueueName on its own, this hands
 * it the mentoring queues at start-up, in the api and the worker alike.
 */
@Injectable()
export class MentoringOutboxQueues implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxService,
    @InjectQueue(QueueName.Matching) private readonly matchingQueue: Queue,
    @InjectQueue(QueueName.MentoringMail) private readonly mailQueue: Queue,
  ) {}

  onModuleInit(): void {
    const queues = (this.outbox as unknown as { queues: Record<string, Queue> }).queues;
    queues[QueueName.Matching] ??= this.matchingQueue;
    queues[QueueName.MentoringMail] ??= this.mailQueue;
  }
}
