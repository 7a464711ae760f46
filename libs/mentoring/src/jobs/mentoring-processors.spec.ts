import type { Job, Queue } from 'bullmq';
import { QueueName } from '@kennis/queues';
import type { MentorMatchService } from '../services/mentor-match.service';
import { MatchingProcessor } from './matching.processor';
import type { MatchingRunHandler } from './matching-run.handler';
import { MentoringMailProcessor } from './mentoring-mail.processor';
import type { MentoringMailHandler } from './mentoring-mail.handler';
import { MentoringJob, mentoringJobQueue } from './mentoring.jobs';

function job(name: string): Job {
  return { name, data: { outboxId: '42' }, attemptsMade: 0, opts: { attempts: 3 } } as unknown as Job;
}

describe('the mentoring processors', () => {
  const handled: string[] = [];
  const matching = new MatchingProcessor(
    { run: async (id: string) => (handled.push(`run ${id}`), 'matched') } as unknown as MatchingRunHandler,
    { expireOverdue: async () => (handled.push('expire 42'), 0) } as unknown as MentorMatchService,
    {} as Queue,
  );
  const mail = new MentoringMailProcessor({ deliver: async (id: string) => (handled.push(`mail ${id}`), 'sent') } as unknown as MentoringMailHandler);
  const processorOf = { [QueueName.Matching]: matching, [QueueName.MentoringMail]: mail } as const;

  it.each(Object.values(MentoringJob))('handle the declared job %s on its queue', async (name) => {
    handled.length = 0;
    const processor = processorOf[mentoringJobQueue[name] as keyof typeof processorOf];
    expect(processor).toBeDefined();
    await processor.process(job(name));
    expect(handled).toEqual([expect.stringContaining('42')]);
  });

  it('fail loudly on a job they do not know', async () => {
    await expect(matching.process(job('matching-unknown'))).rejects.toThrow(/no handler for job matching-unknown/);
    await expect(mail.process(job('mail-unknown'))).rejects.toThrow(/no handler/);
  });
});
