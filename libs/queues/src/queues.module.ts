import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { type ConfigType } from '@nestjs/config';
import { redisConfig } from '@kennis/config';
import { QueueName, queueJobOptions } from './queue-names';
import { RedisHealth } from './redis.health';
import { WorkerDrain } from './worker-drain';

/** The Redis connection shared by every queue, and the queues with their per-queue job options. */
@Module({})
export class QueuesModule {
  static forRoot(): DynamicModule {
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
