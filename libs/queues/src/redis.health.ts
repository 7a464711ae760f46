import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Redis } from 'ioredis';
import { redisConfig } from '@kennis/config';

/** Answers whether Redis answers, on a connection of its own so a busy queue cannot hide an outage. */
@Injectable()
export class RedisHealth implements OnModuleDestroy {
  private readonly client: Redis;

  constructor(@Inject(redisConfig.KEY) config: ConfigType<typeof redisConfig>) {
    this.client = new Redis(config.url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2000 });
    this.client.on('error', () => undefined);
  }

  async check(): Promise<{ up: boolean; detail?: string }> {
    try {
      const answer = await Promise.race([
        this.client.ping(),
        new Promise<string>((_, reject) => setTimeout(() => reject(new Error('no answer within 2 s')), 2000)),
      ]);
      return answer === 'PONG' ? { up: true } : { up: false, detail: `unexpected answer ${answer}` };
    } catch (error) {
      return { up: false, detail: (error as Error).message };
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.client.disconnect();
  }
}
