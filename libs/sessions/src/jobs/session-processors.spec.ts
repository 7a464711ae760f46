import type { Job } from 'bullmq';
import { QueueName } from '@kennis/queues';
import { SessionMailProcessor } from './session-mail.processor';
import type { SessionMailHandler } from './session-mail.handler';
import { SessionReminderProcessor } from './session-reminder.processor';
import type { SessionReminderHandler } from './session-reminder.handler';
import { SessionJob, sessionJobQueue } from './sessions.jobs';

function job(name: string): Job {
  return { name, data: { outboxId: '42' }, attemptsMade: 0, opts: { attempts: 3 } } as unknown as Job;
}

describe('the session processors', () => {
  const handled: string[] = [];
  const mail = new SessionMailProcessor({ deliver: async (id: string) => (handled.push(`mail ${id}`), 'sent') } as unknown as SessionMailHandler);
  const reminders = new SessionReminderProcessor({ send: async (id: string) => (handled.push(`reminder ${id}`), 1) } as unknown as SessionReminderHandler);
  const processorOf = { [QueueName.SessionMail]: mail, [QueueName.Reminders]: reminders } as const;

  it.each(Object.values(SessionJob))('handle the declared job %s on its queue', async (name) => {
    handled.length = 0;
    const processor = processorOf[sessionJobQueue[name] as keyof typeof processorOf];
    expect(processor).toBeDefined();
    await processor.process(job(name));
    expect(handled).toEqual([expect.stringContaining('42')]);
  });

  it('fail loudly on a job they do not know, instead of dropping it', async () => {
    await expect(mail.process(job('session-mail-unknown'))).rejects.toThrow(/no handler for job session-mail-unknown/);
    await expect(reminders.process(job('reminder-unknown'))).rejects.toThrow(/no handler/);
  });
});
