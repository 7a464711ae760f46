import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { type ConfigType } from '@nestjs/config';
import { redisConfig } from '@kennis/config';
import { DECLARED_JOBS, JobHandlerCheck } from './job-handler.check';
import type { DeclaredJobs } from './job-handlers';
import { QueueName, queueJobOptions } from './queue-names';
import { RedisHealth } from './redis.health';
import { WorkerDrain } from './worker-drain';

/** The Redis connection shared by every queue, and the queues with their per-queue job options. */
@Module({})
export class QueuesModule {
  /** For the api and for tests: workers of any imported processor start as the module starts. */
  static forRoot(): DynamicModule {
    return QueuesModule.build(false);
  }

  /**
   * For apps/worker: the workers start only after every declared job was found to have exactly one
   * handler (JobHandlerCheck), so a worker with a missing or doubled handler refuses to boot.
   */
  static forWorker(declaredJobs: readonly DeclaredJobs[]): DynamicModule {
    const module = QueuesModule.build(true);
    return {
      ...module,
      providers: [...(module.providers ?? []), { provide: DECLARED_JOBS, useValue: declaredJobs }, JobHandlerCheck],
    };
  }

  private static build(manualRegistration: boolean): DynamicModule {
    return {
      module: QueuesModule,
      imports: [
        DiscoveryModule,
        BullModule.forRootAsync({
          inject: [redisConfig.KEY],
          useFactory: (redis: ConfigType<typeof redisConfig>) => ({
            connection: { url: redis.url, maxRetriesPerRequest: null },
            prefix: redis.queuePrefix,
          }),
          extraOptions: { manualRegistration },
        }),
        ...Object.values(QueueName).map((name) =>
          BullModule.registerQueue({ name, defaultJobOptions: queueJobOptions[name] }),
        ),
      ],
      providers: [RedisHealth, WorkerDrain],
      exports: [BullModule, RedisHealth],
      global: true,
    };
  }
}
