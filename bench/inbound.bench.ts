// Mail coming in: 2,000 messages (1,000 room requests to 50 room mailboxes, 1,000 calendar replies
// to a session) sent over SMTP to the built worker's listener, stored, processed on the inbound-mail
// queue and answered (each room request gets a REPLY at a counting SMTP sink).
// Baseline, same listener and run: the rate at which it only stores them (the queue paused), then the
// same backlog processed; then a fresh 2,000 received and answered with processing running.
// Run alone: node scripts/build.mjs && node --input-type=module -e \
//   "import('./dist/bench/inbound.bench.js').then((bench) => bench.runInboundBench(console.log))"
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import nodemailer from 'nodemailer';
import type { DataSource } from 'typeorm';
import { readTestConfig } from '@kennis/config';
import { buildPerson, buildRoom, createPeople, createPerson, createProposedSession, createRoom } from '@kennis/testing';
import { inviteMail } from '@kennis/testing';
import { createBenchDatabase } from './support/bench-database';
import { appEnvironment, cleanUpRedisKeys } from './support/bench-environment';
import { BenchChild, freePort, sleep } from './support/child-process';
import { ms, type Print, rate, ratio, type SummaryRow } from './support/figures';
import { CountingSmtpSink } from './support/smtp-sink';

const HOUR = 3_600_000;
const ROOMS = 50;
const REQUESTS = 1000;
const REPLIES = 1000;
const CONNECTIONS = 8;

interface Batch {
  messages: { raw: Buffer; to: string; from: string }[];
  answersExpected: number;
}

function batch(label: string, rooms: string[], senders: string[], sessionUid: string, hourOffset: number): Batch {
  const messages: Batch['messages'] = [];
  for (let index = 0; index < REQUESTS; index += 1) {
    const room = rooms[index % ROOMS];
    const startsAt = new Date(Math.ceil(Date.now() / HOUR) * HOUR + (hourOffset + Math.floor(index / ROOMS) + 24) * HOUR);
    const client = (['outlook', 'google', 'apple'] as const)[index % 3];
    messages.push({
      to: room,
      from: senders[0],
      raw: inviteMail({ client, method: 'REQUEST', from: senders[0], to: room, uid: `${label}-${index}@bench.test`, startsAt, endsAt: new Date(startsAt.getTime() + HOUR), attendees: [{ address: room, cutype: 'ROOM' }] }),
    });
  }
  for (let index = 0; index < REPLIES; index += 1) {
    const from = senders[index % senders.length];
    const startsAt = new Date(Date.now() + 10 * 24 * HOUR);
    messages.push({
      to: 'sessions@kennis.local',
      from,
      raw: inviteMail({ client: 'google', method: 'REPLY', from, to: 'sessions@kennis.local', uid: sessionUid, startsAt, endsAt: new Date(startsAt.getTime() + HOUR), attendees: [{ address: from, partstat: index % 2 ? 'ACCEPTED' : 'TENTATIVE' }], messageId: `<${label}-reply-${index}@bench.test>` }),
    });
  }
  return { messages, answersExpected: REQUESTS };
}

async function sendAll(port: number, messages: Batch['messages']): Promise<number> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, pool: true, maxConnections: CONNECTIONS, maxMessages: Infinity });
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next < messages.length) {
        const message = messages[next++];
        await transport.sendMail({ envelope: { from: message.from, to: [message.to] }, raw: message.raw });
      }
    }),
  );
  const elapsed = performance.now() - started;
  transport.close();
  return elapsed;
}

async function waitProcessed(dataSource: DataSource, total: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const [{ open }] = await dataSource.query(`SELECT count(*)::int AS open FROM inbound_message WHERE status = 'RECEIVED'`);
    const [{ all }] = await dataSource.query(`SELECT count(*)::int AS all FROM inbound_message`);
    if (open === 0 && all >= total) return true;
    await sleep(100);
  }
  return false;
}

export async function runInboundBench(print: Print): Promise<SummaryRow[]> {
  const sink = await new CountingSmtpSink().start();
  const database = await createBenchDatabase('inbound');
  try {
    const ann = await createPerson(database.dataSource, { email: 'ann@bench.test' });
    const people = await createPeople(database.dataSource, Array.from({ length: 200 }, () => buildPerson()));
    const rooms: string[] = [];
    for (let index = 0; index < ROOMS; index += 1) {
      const room = await createRoom(database.dataSource, buildRoom({ name: `Bench ${index}`, site: 'Utrecht', resourceMailbox: `bench-${index}@rooms.bench.test` }));
      rooms.push(room.resourceMailbox!);
    }
    const session = await createProposedSession(database.dataSource, ann.id, { capacity: 500 });
    const startsAt = new Date(Date.now() + 10 * 24 * HOUR);
    await database.dataSource.query(
      `UPDATE session SET status = 'SCHEDULED', starts_at = $2, ends_at = $3, online_url = 'https://meet.bench.test/x' WHERE id = $1`,
      [session.id, startsAt, new Date(startsAt.getTime() + HOUR)],
    );
    const sessionUid = `kennis-session-${session.id}@kennis.local`;
    const senders = [ann.email, ...people.map((person) => person.email)];

    const smtpPort = await freePort();
    const environment = appEnvironment(database.url, {
      SMTP_URL: sink.url,
      WORKER_HEALTH_PORT: String(await freePort()),
      INBOUND_SMTP_PORT: String(smtpPort),
      INBOUND_ORGANIZER_ADDRESS: 'sessions@kennis.local',
      LOG_LEVEL: 'warn',
    });
    const undoKeys = cleanUpRedisKeys(environment.queuePrefix);
    const worker = new BenchChild('worker', 'apps/worker/src/main.js', environment.variables).start();
    const queue = new Queue('inbound-mail', { connection: { url: readTestConfig().redisUrl }, prefix: environment.queuePrefix });
    try {
      await worker.waitForHealth(`http://127.0.0.1:${environment.variables.WORKER_HEALTH_PORT}/health`);
      const warmUp = batch(`warm-${randomUUID().slice(0, 6)}`, rooms, senders, sessionUid, 1000).messages.slice(0, 100);
      await sendAll(smtpPort, warmUp);
      await waitProcessed(database.dataSource, warmUp.length, 60_000);
      await sleep(1000);

      // Baseline: the listener only stores (no worker takes jobs), then the backlog is processed.
      const stored = batch('stored', rooms, senders, sessionUid, 0);
      await queue.pause();
      sink.reset();
      const storeMs = await sendAll(smtpPort, stored.messages);
      const backlogStarted = performance.now();
      await queue.resume();
      const backlogDone = (await waitProcessed(database.dataSource, warmUp.length + stored.messages.length, 300_000)) && (await sink.waitFor(stored.answersExpected, 120_000));
      const backlogMs = performance.now() - backlogStarted;
      if (!backlogDone) throw new Error(`the backlog was not processed: ${sink.count} answers\n${worker.lastLines()}`);

      // Measured: received, processed and answered with everything running.
      const live = batch('live', rooms, senders, sessionUid, 500);
      sink.reset();
      const liveStarted = performance.now();
      const liveSendMs = await sendAll(smtpPort, live.messages);
      const liveDone = (await waitProcessed(database.dataSource, warmUp.length + stored.messages.length + live.messages.length, 300_000)) && (await sink.waitFor(live.answersExpected, 120_000));
      const liveMs = performance.now() - liveStarted;
      if (!liveDone) throw new Error(`the live batch was not processed: ${sink.count} answers\n${worker.lastLines()}`);
      const [{ accepted }] = await database.dataSource.query(`SELECT count(*)::int AS accepted FROM room_invite_booking WHERE partstat = 'ACCEPTED'`);

      const count = stored.messages.length;
      const storeRate = (count / storeMs) * 1000;
      const backlogRate = (count / backlogMs) * 1000;
      const liveRate = (count / liveMs) * 1000;
      print(`  store only (queue paused): ${count} messages over ${CONNECTIONS} SMTP connections in ${ms(storeMs)} = ${rate(storeRate, 'msg/s')}`);
      print(`  the stored backlog processed and answered: ${ms(backlogMs)} = ${rate(backlogRate, 'msg/s')} (${stored.answersExpected} room REPLYs at the sink)`);
      print(`  live: ${count} received (all 250 in ${ms(liveSendMs)}), processed and answered in ${ms(liveMs)} = ${rate(liveRate, 'msg/s')}`);
      print(`  room bookings accepted in all: ${accepted}`);
      return [
        { benchmark: 'inbound', measure: `${count} received + answered (msg/s)`, kennis: rate(liveRate, 'msg/s'), baseline: `${rate(storeRate, 'msg/s')} store only`, comparison: ratio(liveRate, storeRate) },
        { benchmark: 'inbound', measure: 'stored backlog processed (msg/s)', kennis: rate(backlogRate, 'msg/s'), baseline: `${rate(storeRate, 'msg/s')} store only`, comparison: ratio(backlogRate, storeRate) },
      ];
    } finally {
      await queue.close();
      await worker.stop();
      await undoKeys();
    }
  } finally {
    await database.drop();
    await sink.stop();
  }
}
