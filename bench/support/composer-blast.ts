// The second baseline of invites.bench.ts, run as its own process as the worker is: the same personalised
// UPDATE mails, composed with Kennis's own code (sessionMailFromSnapshot, which the worker calls, and the
// SMTP transport it uses, through createMailTransport), at the worker's concurrency, with no outbox,
// queue or database: the session, its hosts and the recipients are handed over once, in advance. The gap
// between the worker and this loop is the price of durability (outbox rows, BullMQ, re-checks, DONE marks).
// Orders arrive on standard input as lines of JSON: a config, then "go" after the warm-up.
import { createInterface } from 'node:readline';
import { createMailTransport, type MailLanguage } from '@kennis/mail';
import type { PersonEntity } from '@kennis/people';
import { RegistrationStatus, type SessionEntity, SessionMailKind, sessionMailFromSnapshot } from '@kennis/sessions';

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
  publicUrl: string;
  /** The worker's organizer mailbox (INBOUND_ORGANIZER_ADDRESS): Reply-To and ORGANIZER, as the worker sends. */
  organizerAddress: string;
  session: {
    id: string;
    title: string;
    description: string;
    language: string;
    onlineUrl: string | null;
    startsAt: string;
    endsAt: string;
    calendarSequence: number;
  };
  /** The slot before the change: the UPDATE shows it beside the new one. */
  previous: { startsAt: string; endsAt: string; roomId: null };
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
const session = {
  ...config.session,
  status: 'SCHEDULED',
  startsAt: new Date(config.session.startsAt),
  endsAt: new Date(config.session.endsAt),
  roomId: null,
} as unknown as SessionEntity;
const hosts = [...config.hosts].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)) as unknown as PersonEntity[];
const settings = {
  fromAddress: config.from,
  messageIdDomain: config.messageIdDomain,
  publicUrl: config.publicUrl,
  organizerAddress: config.organizerAddress,
};
let sequence = 0;

/** What the worker sends for an UPDATE row of a seated person, from the snapshot it would load. */
async function send(person: ComposerBlastPerson): Promise<void> {
  sequence += 1;
  const mail = sessionMailFromSnapshot(
    { id: `blast-${sequence}`, createdAt: new Date() },
    { kind: SessionMailKind.Update, sessionId: session.id, sequence: session.calendarSequence, personId: person.id, previous: config.previous },
    {
      session,
      hosts,
      room: null,
      addressee: { kind: 'person', person: person as unknown as PersonEntity, registrationStatus: RegistrationStatus.SEATED, waitlistPosition: null },
    },
    settings,
  );
  await transport.send(mail);
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
  const cpuAtStart = process.cpuUsage();
  console.log(`measure-start ${now()}`);
  await blast(config.recipients);
  const cpu = process.cpuUsage(cpuAtStart);
  // The CPU time of this process in the measured part, for the bench's per-message figures.
  console.log(`measure-end ${now()} cpu-ms ${(cpu.user + cpu.system) / 1000}`);
} finally {
  await transport.close();
}
process.exit(0);
