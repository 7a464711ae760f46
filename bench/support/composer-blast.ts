// The second baseline of invites.bench.ts, run as its own process as the worker is: the same personalised
// UPDATE mails, composed with Kennis's own code (renderSessionInvite, composeSessionMail and the SMTP
// transport the worker uses, through createMailTransport), at the worker's concurrency, with no outbox,
// queue or database: the session, its hosts and the recipients are handed over once, in advance. The gap
// between the worker and this loop is the price of durability (outbox rows, BullMQ, re-checks, DONE marks).
// Orders arrive on standard input as lines of JSON: a config, then "go" after the warm-up.
import { createInterface } from 'node:readline';
import { type CalendarAttendee, renderSessionInvite, sessionInviteUid } from '@kennis/calendar';
import { composeSessionMail, createMailTransport, type MailLanguage } from '@kennis/mail';

export interface ComposerBlastPerson {
  id: string;
  name: string;
  email: string;
  language: MailLanguage;
  timeZone: string;
}

export interface ComposerBlastConfig {
  smtpUrl: string;
  from: string;
  messageIdDomain: string;
  session: {
    id: string;
    title: string;
    description: string;
    onlineUrl: string | null;
    startsAt: string;
    endsAt: string;
    calendarSequence: number;
  };
  hosts: ComposerBlastPerson[];
  warmUp: ComposerBlastPerson[];
  recipients: ComposerBlastPerson[];
  concurrency: number;
}

function now(): number {
  return performance.timeOrigin + performance.now();
}

const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const config = JSON.parse(String((await lines.next()).value)) as ComposerBlastConfig;
if (!config.smtpUrl.startsWith('smtp://127.0.0.1:')) throw new Error(`benchmarks talk only to 127.0.0.1, not ${config.smtpUrl}`);
const transport = createMailTransport({ smtpUrl: config.smtpUrl, mailDirectory: '' });
const { session } = config;
const startsAt = new Date(session.startsAt);
const endsAt = new Date(session.endsAt);
const hosts = [...config.hosts].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
let sequence = 0;

/** As SessionMailComposer composes an UPDATE for a seated person of an online session. */
async function send(person: ComposerBlastPerson): Promise<void> {
  sequence += 1;
  const stamp = new Date();
  const attendees: CalendarAttendee[] = hosts.map((host) => ({ email: host.email, name: host.name, kind: 'PERSON', role: 'CHAIR' }));
  if (!attendees.some((attendee) => attendee.email.toLowerCase() === person.email.toLowerCase())) {
    attendees.push({ email: person.email, name: person.name, kind: 'PERSON', role: 'REQ-PARTICIPANT' });
  }
  const ics = renderSessionInvite({
    uid: sessionInviteUid(session.id, config.messageIdDomain),
    sequence: session.calendarSequence,
    method: 'REQUEST',
    title: session.title,
    description: session.description,
    location: session.onlineUrl,
    url: session.onlineUrl,
    startsAt,
    endsAt,
    organizer: { name: hosts[0].name, email: hosts[0].email },
    sentBy: config.from,
    attendees,
    stamp,
  });
  const mail = composeSessionMail({
    kind: 'UPDATE',
    language: person.language,
    recipient: { name: person.name, address: person.email },
    from: config.from,
    messageId: `<composer-blast-${sequence}-${stamp.getTime()}@${config.messageIdDomain}>`,
    details: {
      title: session.title,
      description: session.description,
      startsAt,
      endsAt,
      timeZone: person.timeZone,
      location: null,
      onlineUrl: session.onlineUrl,
      hostNames: hosts.map((host) => host.name),
      waitlistPosition: undefined,
    },
    ics: { method: 'REQUEST', content: ics },
  });
  await transport.deliver(mail);
}

async function blast(people: ComposerBlastPerson[]): Promise<void> {
  let next = 0;
  const sender = async () => {
    while (next < people.length) {
      const person = people[next];
      next += 1;
      await send(person);
    }
  };
  await Promise.all(Array.from({ length: config.concurrency }, () => sender()));
}

try {
  await blast(config.warmUp);
  console.log('warm-up done');
  const order = await lines.next();
  if (order.value !== 'go') throw new Error(`expected "go", got ${String(order.value)}`);
  console.log(`measure-start ${now()}`);
  await blast(config.recipients);
  console.log(`measure-end ${now()}`);
} finally {
  await transport.close();
}
process.exit(0);
