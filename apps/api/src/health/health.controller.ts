import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { DatabaseHealth } from '@kennis/database';
import { RedisHealth } from '@kennis/queues';

/** GET /health: 200 when PostgreSQL and Redis answer, 503 naming the one that does not. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: DatabaseHealth,
    private readonly redis: RedisHealth,
  ) {}

  @Get()
  async check(): Promise<{ status: 'ok'; postgres: object; redis: object }> {
    const [postgres, redis] = await Promise.all([this.database.check(), this.redis.check()]);
    if (!postgres.up || !redis.up) {
      throw new ServiceUnavailableException({ status: 'down', postgres, redis });
    }
    return { status: 'ok', postgres, redis };
  }
}
