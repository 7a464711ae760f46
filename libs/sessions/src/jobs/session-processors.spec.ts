import type { Job } from 'bullmq';
import type { OutboxJobRunner, OutboxRowHandler } from '@kennis/outbox';
import { jobHandlerProblems } from '@kennis/queues';
import { SessionMailProcessor } from './session-mail.processor';
import type { SessionMailHandler } from './session-mail.handler';
import { SessionReminderProcessor } from './session-reminder.processor';
import type { SessionReminderHandler } from './session-reminder.handler';
import { SessionJob, sessionJobQueue } from './sessions.jobs';

function job(name: string): Job {
  return { name, data: { outboxId: '42' }, attemptsMade: 0, opts: { attempts: 3 } } as unknown as Job;
}

describe('the session processors', () => {
  // The runner records which handler each job went to: a job routed to the wrong handler fails below.
  const ran: { job: string; handler: OutboxRowHandler }[] = [];
  const runner = { runJob: async (job: Job, handler: OutboxRowHandler) => (ran.push({ job: job.name, handler }), 'done') } as unknown as OutboxJobRunner;
  const mailHandler = { handle: async () => 'done' } as unknown as SessionMailHandler;
  const reminderHandler = { handle: async () => 'done' } as unknown as SessionReminderHandler;
  const mail = new SessionMailProcessor(runner, mailHandler);
  const reminders = new SessionReminderProcessor(runner, reminderHandler);

  it('handle every declared job exactly once, on the queue it is declared on', () => {
    const processors = [
      { name: 'SessionMailProcessor', queue: sessionJobQueue[SessionJob.MailDeliver], jobs: Object.keys(mail.handlers) },
      { name: 'SessionReminderProcessor', queue: sessionJobQueue[SessionJob.ReminderSend], jobs: Object.keys(reminders.handlers) },
    ];
    expect(jobHandlerProblems([sessionJobQueue], processors)).toEqual([]);
  });

  it('run each job through the outbox runner with its own handler', async () => {
    ran.length = 0;
    await mail.process(job(SessionJob.MailDeliver));
    await reminders.process(job(SessionJob.ReminderSend));
    expect(ran).toEqual([
      { job: SessionJob.MailDeliver, handler: mailHandler },
      { job: SessionJob.ReminderSend, handler: reminderHandler },
    ]);
  });

  it('fail loudly on a job they do not know, instead of dropping it', async () => {
    await expect(mail.process(job('session-mail-unknown'))).rejects.toThrow(/no handler for job session-mail-unknown/);
    await expect(reminders.process(job(SessionJob.MailDeliver))).rejects.toThrow(/no handler/);
  });
});
