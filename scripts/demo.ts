/**
 * `npm run demo`: walks one session through its whole life on the running platform (or starts
 * `npm start` for the walk): proposal, interest, scheduling in a room, joins up to a waitlist, a leave
 * that promotes, a reschedule, a move to another room and a cancellation. Each step's mail lands in
 * .data/mail/ as .eml files (without SMTP_URL), to open in any mail client.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { TokenService } from '@kennis/auth';
import { readAuthConfig, readMailConfig } from '@kennis/config';
import { demoEmail } from './demo-seed';
import { localPaths, readLiveRuntimeInfo, readSecret, ROOT, sleep, type RuntimeInfo } from './local-data';

const HOUR = 3_600_000;

async function platform(): Promise<{ runtime: RuntimeInfo; child: ChildProcess | null }> {
  const running = readLiveRuntimeInfo();
  if (running) return { runtime: running, child: null };
  console.log('Kennis is not running: starting it (npm start) for the demo…');
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/scripts/start.js')], { stdio: ['ignore', 'ignore', 'inherit'] });
  for (let waited = 0; waited < 120_000; waited += 500) {
    const runtime = readLiveRuntimeInfo();
    if (runtime && (await fetch(runtime.graphqlUrl.replace(/\/graphql$/, '/health')).then((r) => r.ok, () => false))) {
      return { runtime, child };
    }
    if (child.exitCode !== null) throw new Error('npm start stopped; run it by hand to see why.');
    await sleep(500);
  }
  throw new Error('Kennis did not come up within two minutes.');
}

class DemoClient {
  private readonly ids = new Map<string, string>();

  constructor(
    private readonly graphqlUrl: string,
    private readonly tokens: TokenService,
  ) {}

  async load(databaseUrl: string): Promise<void> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const rows = await client.query<{ id: string; email: string }>(`SELECT id, email FROM person`);
    for (const row of rows.rows) this.ids.set(row.email, row.id);
    await client.end();
  }

  async as<T = Record<string, any>>(key: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const personId = this.ids.get(demoEmail(key));
    if (!personId) throw new Error(`The demo person ${demoEmail(key)} is not in this database.`);
    const response = await fetch(this.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.tokens.issue(personId)}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(`${key}: ${body.errors.map((error) => error.message).join('; ')}`);
    return body.data;
  }
}

function mailFiles(directory: string): Set<string> {
  return new Set(existsSync(directory) ? readdirSync(directory).filter((file) => file.endsWith('.eml')) : []);
}

async function main(): Promise<void> {
  const { runtime, child } = await platform();
  try {
    const secret = process.env.JWT_SECRET?.trim() || readSecret(localPaths.jwtSecret);
    const databaseUrl = process.env.DATABASE_URL?.trim() || runtime.embeddedDatabaseUrl;
    if (!secret || !databaseUrl) throw new Error('Run with the same JWT_SECRET and DATABASE_URL as npm start.');
    const demo = new DemoClient(runtime.graphqlUrl, new TokenService(readAuthConfig({ ...process.env, JWT_SECRET: secret })));
    await demo.load(databaseUrl);
    const mail = readMailConfig();
    const mailDirectory = path.resolve(ROOT, mail.mailDirectory);
    const before = mailFiles(mailDirectory);

    let sessionId = '';
    const settle = async (step: string) => {
      for (let waited = 0; waited < 60_000; waited += 300) {
        const { sessionMessages } = await demo.as<{ sessionMessages: { status: string; dueAt: string; kind: string; recipient: string | null }[] }>(
          'ada',
          `query($id: ID!) { sessionMessages(sessionId: $id) { kind recipient status dueAt } }`,
          { id: sessionId },
        );
        const due = sessionMessages.filter((message) => new Date(message.dueAt).getTime() <= Date.now());
        if (due.every((message) => message.status !== 'PENDING')) {
          console.log(`✓ ${step}`);
          return;
        }
        await sleep(300);
      }
      throw new Error(`The mail of "${step}" was not delivered within a minute: is the worker running?`);
    };

    // A day in the coming weeks, so that demos run one after another do not compete for the same rooms.
    const startsAt = new Date(Date.now() + (7 + Math.floor(Math.random() * 60)) * 24 * HOUR);
    startsAt.setUTCHours(9 + Math.floor(Math.random() * 7), 0, 0, 0);
    const { freeRooms } = await demo.as<{ freeRooms: { id: string; name: string }[] }>(
      'dewi',
      `query($input: FreeRoomsInput!) { freeRooms(input: $input) { id name } }`,
      { input: { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(), seats: 3 } },
    );
    if (freeRooms.length < 2) throw new Error(`The demo needs two rooms free on ${startsAt.toISOString()}; run it again.`);

    const { proposeSession } = await demo.as<{ proposeSession: { id: string } }>(
      'dewi',
      `mutation { proposeSession(input: { title: "Demo: TypeScript generics, gently", description: "Why <T> is your friend.\\nBring a laptop.",
         format: WORKSHOP, level: INTERMEDIATE, language: "en", capacity: 3, durationMinutes: 60, skills: ["TypeScript"] }) { id } }`,
    );
    sessionId = proposeSession.id;
    console.log(`Session ${sessionId} proposed by Dewi`);
    await demo.as('emre', `mutation($id: ID!) { showInterest(sessionId: $id) { id } }`, { id: sessionId });
    await demo.as('dewi', `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId, startsAt: startsAt.toISOString(), roomId: freeRooms[0].id },
    });
    await settle(`scheduled in ${freeRooms[0].name}: invites to Dewi and the room`);
    for (const key of ['emre', 'fatima', 'grace', 'iris']) {
      await demo.as(key, `mutation($id: ID!) { joinSession(sessionId: $id) { registration { status } } }`, { id: sessionId });
    }
    await settle('Emre, Fatima and Grace joined (invites); Iris is on the waitlist (a mail saying where she stands)');
    await demo.as('fatima', `mutation($id: ID!) { leaveSession(sessionId: $id) { id } }`, { id: sessionId });
    await settle('Fatima left (a cancellation); Iris got her seat (an invite, and a mail that she is in)');
    const later = new Date(startsAt.getTime() + HOUR);
    await demo.as('dewi', `mutation($input: ScheduleSessionInput!) { rescheduleSession(input: $input) { id } }`, {
      input: { sessionId, startsAt: later.toISOString(), roomId: freeRooms[0].id },
    });
    await settle('rescheduled an hour later: updates (SEQUENCE 1) to everyone in it and the room');
    await demo.as('dewi', `mutation($input: MoveSessionInput!) { moveSession(input: $input) { id } }`, {
      input: { sessionId, roomId: freeRooms[1].id },
    });
    await settle(`moved to ${freeRooms[1].name}: the old room gets a cancellation, the new room an invite`);
    await demo.as('dewi', `mutation($id: ID!) { cancelSession(sessionId: $id) { id } }`, { id: sessionId });
    await settle('cancelled: cancellations (SEQUENCE 3) to everyone and the room');

    if (mail.smtpUrl) {
      console.log(`\nThe mail went to ${new URL(mail.smtpUrl).host}.`);
    } else {
      const written = [...mailFiles(mailDirectory)].filter((file) => !before.has(file)).sort();
      console.log(`\n${written.length} messages written to ${mailDirectory}/ — open them in a mail client:`);
      for (const file of written) console.log(`  ${file}`);
    }
  } finally {
    if (child) {
      child.kill('SIGINT');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }
}

try {
  await main();
} catch (error) {
  console.error(`The demo stopped: ${(error as Error).message}`);
  process.exitCode = 1;
}
