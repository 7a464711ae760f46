// The web app: how much JavaScript and CSS a first visit loads (gzip), beside a budget of 250 KB, and the
// time until the session list shows 50 sessions in headless Chromium, beside the same GraphQL request alone.
// Run alone: node scripts/build.mjs && node --input-type=module -e \
//   "import('./dist/bench/web.bench.js').then((bench) => bench.runWebBench(console.log))"
import { gzipSync } from 'node:zlib';
import { chromium, type Request } from 'playwright-core';
import { buildPerson, buildRoom, createPeople } from '@kennis/testing';
import { createBenchDatabase } from './support/bench-database';
import { appEnvironment, cleanUpRedisKeys, tokenFor, withApiPort } from './support/bench-environment';
import { BenchChild } from './support/child-process';
import { median, ms, type Print, ratio, type SummaryRow } from './support/figures';

const BUDGET_BYTES = 250 * 1024;
const SESSIONS = 120;
const SHOWN = 50;
const ROUNDS = 7;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function runWebBench(print: Print): Promise<SummaryRow[]> {
  print(`web app: first-visit JS + CSS (gzip) against a ${kb(BUDGET_BYTES)} budget; time to show ${SHOWN} sessions, ${ROUNDS} cold visits, median`);
  const database = await createBenchDatabase('web');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--headless'],
  });
  try {
    const [reader, ...hosts] = await createPeople(database.dataSource, Array.from({ length: 11 }, (_, index) => buildPerson({ name: `Web ${index}` })));
    const rooms = Array.from({ length: 6 }, (_, index) => buildRoom({ site: 'Utrecht', name: `Web room ${index}` }));
    await database.dataSource.query(
      `INSERT INTO room (id, site, name, capacity, equipment) SELECT id, 'Utrecht', name, 40, '{PROJECTOR}' FROM unnest($1::uuid[], $2::varchar[]) AS t(id, name)`,
      [rooms.map((room) => room.id), rooms.map((room) => room.name)],
    );
    await database.dataSource.query(
      `WITH planned AS (
         SELECT i, gen_random_uuid() AS session_id, gen_random_uuid() AS booking_id,
                date_trunc('hour', now()) + interval '1 day' + i * interval '1 hour' AS starts_at,
                ($1::uuid[])[1 + i % 6] AS room_id, ($2::uuid[])[1 + i % 10] AS host_id
         FROM generate_series(0, $3 - 1) AS i
       ), bookings AS (
         INSERT INTO room_booking (id, room_id, period, label)
         SELECT booking_id, room_id, tstzrange(starts_at, starts_at + interval '45 minutes', '[)'), 'Web ' || i FROM planned
       ), sessions AS (
         INSERT INTO session (id, title, description, format, level, language, capacity, duration_minutes, status,
                              starts_at, ends_at, room_id, room_booking_id, seats_taken, proposed_by_id)
         SELECT session_id, 'Web bench session ' || i, 'Made by the web benchmark.', 'TALK', 'BEGINNER', 'en',
                30, 45, 'SCHEDULED', starts_at, starts_at + interval '45 minutes', room_id, booking_id, i % 31, host_id
         FROM planned
       )
       INSERT INTO session_host (session_id, person_id) SELECT session_id, host_id FROM planned`,
      [rooms.map((room) => room.id), hosts.map((host) => host.id), SESSIONS],
    );

    // Development sign-in: the bench reader's bearer token goes on every request of the browser.
    const environment = appEnvironment(database.url, { NODE_ENV: 'test', LOG_LEVEL: 'warn' });
    cleanUpRedisKeys(environment.queuePrefix);
    const { baseUrl } = await withApiPort(environment);
    const api = new BenchChild('api', 'apps/api/src/main.js', environment.variables).start();
    await api.waitForHealth(`${baseUrl}/health`, 60_000);
    const authorization = `Bearer ${tokenFor(reader.id)}`;

    const visit = async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, extraHTTPHeaders: { authorization } });
      const page = await context.newPage();
      const assets: Promise<number>[] = [];
      let listRequest: Request | null = null;
      page.on('requestfinished', (request) => {
        const type = request.resourceType();
        if (type === 'script' || type === 'stylesheet') {
          assets.push(request.response().then(async (response) => (response ? gzipSync(await response.body()).length : 0)));
        }
        if (request.url().endsWith('/graphql') && request.postData()?.includes('UpcomingSessions')) listRequest = request;
      });
      const started = performance.now();
      await page.goto(`${baseUrl}/`);
      await page.locator('[data-testid="session-card"]').nth(SHOWN - 1).waitFor({ state: 'visible', timeout: 60_000 });
      const elapsed = performance.now() - started;
      await page.waitForLoadState('networkidle');
      const gzipBytes = (await Promise.all(assets)).reduce((sum, bytes) => sum + bytes, 0);
      const body = (listRequest as Request | null)?.postData() ?? null;
      await context.close();
      return { elapsed, gzipBytes, assetCount: assets.length, body };
    };

    await visit(); // warm-up: the API's first queries and Chromium's start, not counted
    const visits = [];
    for (let round = 0; round < ROUNDS; round += 1) visits.push(await visit());
    const body = visits[0].body;
    if (!body) throw new Error('The page sent no UpcomingSessions request');

    const alone: number[] = [];
    for (let round = 0; round < ROUNDS + 1; round += 1) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body });
      const result = (await response.json()) as { data?: { upcomingSessions: { edges: unknown[] } } };
      if ((result.data?.upcomingSessions.edges.length ?? 0) < SHOWN) throw new Error(`The request alone returned ${JSON.stringify(result).slice(0, 200)}`);
      if (round > 0) alone.push(performance.now() - started);
    }
    await api.stop();

    const gzipBytes = Math.max(...visits.map((one) => one.gzipBytes));
    const shown = median(visits.map((one) => one.elapsed));
    const request = median(alone);
    print(`  first visit: ${visits[0].assetCount} JS and CSS files, ${kb(gzipBytes)} gzip (budget ${kb(BUDGET_BYTES)}: ${gzipBytes <= BUDGET_BYTES ? 'within' : 'OVER'})`);
    print(`  ${SHOWN} sessions on screen: median ${ms(shown)} (visits ${visits.map((one) => ms(one.elapsed)).join(', ')})`);
    print(`  the same UpcomingSessions request alone (node fetch): median ${ms(request)}`);
    return [
      { benchmark: 'web app', measure: 'first-visit JS + CSS, gzip', kennis: kb(gzipBytes), baseline: `${kb(BUDGET_BYTES)} budget`, comparison: ratio(gzipBytes, BUDGET_BYTES) },
      { benchmark: 'web app', measure: `${SHOWN} sessions shown (cold visit)`, kennis: ms(shown), baseline: `${ms(request)} request alone`, comparison: `+${ms(shown - request)}` },
    ];
  } finally {
    await browser.close();
    await database.drop();
  }
}
