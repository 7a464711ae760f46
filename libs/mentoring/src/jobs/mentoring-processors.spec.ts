import type { Job, Queue } from 'bullmq';
import { TestClock } from '@kennis/config';
import type { OutboxJobRunner, OutboxRowHandler } from '@kennis/outbox';
import { jobHandlerProblems, QueueName } from '@kennis/queues';
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
  const ran: { job: string; handler: OutboxRowHandler }[] = [];
  const expiredAt: Date[] = [];
  const completedAt: Date[] = [];
  const clock = new TestClock(new Date('2030-05-06T07:08:09Z'));
  const runner = { runJob: async (job: Job, handler: OutboxRowHandler) => (ran.push({ job: job.name, handler }), 'done') } as unknown as OutboxJobRunner;
  const runHandler = { handle: async () => 'done' } as unknown as MatchingRunHandler;
  const mailHandler = { handle: async () => 'done' } as unknown as MentoringMailHandler;
  const matching = new MatchingProcessor(
    runner,
    runHandler,
    {
      expireOverdue: async (now: Date) => (expiredAt.push(now), 0),
      completeDue: async (now: Date) => (completedAt.push(now), 0),
    } as unknown as MentorMatchService,
    clock,
    {} as Queue,
  );
  const mail = new MentoringMailProcessor(runner, mailHandler);

  it('handle every declared job exactly once, on the queue it is declared on', () => {
    const processors = [
      { name: 'MatchingProcessor', queue: QueueName.Matching, jobs: Object.keys(matching.handlers) },
      { name: 'MentoringMailProcessor', queue: QueueName.MentoringMail, jobs: Object.keys(mail.handlers) },
    ];
    expect(jobHandlerProblems([mentoringJobQueue], processors)).toEqual([]);
  });

  it('run outbox jobs through the runner with their own handler, expire overdue proposals and complete due matches', async () => {
    await matching.process(job(MentoringJob.MatchingRun));
    await mail.process(job(MentoringJob.MailDeliver));
    await matching.process(job(MentoringJob.MatchesExpire));
    await matching.process(job(MentoringJob.MatchesComplete));
    expect(ran).toEqual([
      { job: MentoringJob.MatchingRun, handler: runHandler },
      { job: MentoringJob.MailDeliver, handler: mailHandler },
    ]);
    expect(expiredAt).toEqual([new Date('2030-05-06T07:08:09Z')]);
    expect(completedAt).toEqual([new Date('2030-05-06T07:08:09Z')]);
  });

  it('fail loudly on a job they do not know', async () => {
    await expect(matching.process(job('matching-unknown'))).rejects.toThrow(/no handler for job matching-unknown/);
    await expect(mail.process(job(MentoringJob.MatchingRun))).rejects.toThrow(/no handler/);
  });
});
