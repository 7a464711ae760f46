import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { type ConfigType } from '@nestjs/config';
import { redisConfig } from '@kennis/config';
import { QueueName, queueJobOptions } from './queue-names';
import { RedisHealth } from './redis.health';

/** The Redis connection shared by every queue, and the queues with their per-queue job options. */
@Module({})
export class QueuesModule {
  static forRoot(): DynamicModule {
    return {
      module: QueuesModule,
      imports: [
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
      providers: [RedisHealth],
      exports: [BullModule, RedisHealth],
      global: true,
    };
  }
}
