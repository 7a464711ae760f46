import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Test } from '@nestjs/testing';
import type { Job } from 'bullmq';
import { Redis } from 'ioredis';
import { KennisConfigModule, readTestConfig } from '@kennis/config';
import { useTestEnvironment } from '@kennis/testing';
import { dispatchJob, type JobHandlers, type JobProcessor } from './job-handlers';
import { QueueName } from './queue-names';
import { QueuesModule } from './queues.module';

@Processor(QueueName.Matching)
class RunOnlyProcessor extends WorkerHost implements JobProcessor {
  readonly handlers: JobHandlers = { 'matching-run': async () => 'ran' };

  process(job: Job): Promise<unknown> {
    return dispatchJob(QueueName.Matching, this.handlers, job);
  }
}

describe('the worker boot check (real Redis)', () => {
  let prefix: string;

  beforeAll(() => {
    prefix = useTestEnvironment('postgres://postgres@127.0.0.1:5432/not-used').QUEUE_PREFIX;
  });

  afterAll(async () => {
    const redis = new Redis(readTestConfig().redisUrl);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  async function boot(declared: Record<string, string>) {
    const moduleRef = await Test.createTestingModule({
      imports: [KennisConfigModule, QueuesModule.forWorker([declared])],
      providers: [RunOnlyProcessor],
    }).compile();
    return { moduleRef, started: moduleRef.init() };
  }

  it('refuses to start when a declared job has no handler, and starts no worker', async () => {
    const { moduleRef, started } = await boot({ 'matching-run': QueueName.Matching, 'matches-expire': QueueName.Matching });
    await expect(started).rejects.toThrow('The worker will not start: job matches-expire on queue matching has no handler.');
    expect(() => moduleRef.get(RunOnlyProcessor).worker).toThrow(/not yet been initialized/);
    await moduleRef.close().catch(() => undefined);
  });

  it('starts the workers once every declared job has exactly one handler', async () => {
    const { moduleRef, started } = await boot({ 'matching-run': QueueName.Matching });
    await started;
    expect(moduleRef.get(RunOnlyProcessor).worker).toBeDefined();
    await moduleRef.close();
  });
});
