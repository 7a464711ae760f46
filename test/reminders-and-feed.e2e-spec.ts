import ICAL from 'ical.js';
import { buildPerson, createPeople, type PersonFixture } from '@kennis/testing';
import { PlatformHarness } from './support/platform-harness';
import { waitUntil } from '@kennis/testing';

const MINUTE = 60_000;
const LEAD_MINUTES = 5;

describe('reminders before sessions, and each person\'s calendar feed', () => {
  const platform = new PlatformHarness();
  let host: PersonFixture;
  let ada: PersonFixture;
  let bo: PersonFixture;

  beforeAll(async () => {
    await platform.start({ REMINDER_LEAD_MINUTES: String(LEAD_MINUTES) });
    [host, ada, bo] = await createPeople(platform.dataSource, [
      buildPerson({ name: 'Hanna Host', email: 'hanna@reminders.example.test' }),
      buildPerson({ name: 'Ada', email: 'ada@reminders.example.test' }),
      buildPerson({ name: 'Bo', email: 'bo@reminders.example.test', language: 'nl' }),
    ]);
  });

  afterAll(() => platform.stop());

  async function scheduledSession(title: string, startsAt: Date): Promise<string> {
    const { proposeSession } = await platform.ok(
      host.id,
      `mutation($title: String!) { proposeSession(input: { title: $title, format: DEMO, language: "en", capacity: 10,
         durationMinutes: 30, onlineUrl: "https://meet.example.test/r" }) { id } }`,
      { title },
    );
    await platform.ok(host.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId: proposeSession.id, startsAt: startsAt.toISOString() },
    });
    return proposeSession.id;
  }

  const reminders = (address: string, title: string) =>
    platform.sink.to(address).filter((mail) => /^(Reminder|Herinnering): /.test(mail.parsed.subject ?? '') && mail.parsed.subject!.includes(title));

  async function reminderRows(sessionId: string): Promise<{ status: string; sequence: number }[]> {
    return platform.dataSource.query(
      `SELECT status, (payload->>'sequence')::int AS sequence FROM outbox_message
       WHERE session_id = $1 AND job_name = 'session-reminder-send' ORDER BY id`,
      [sessionId],
    );
  }

  it('reminds those with a seat at the lead time, not those who left', async () => {
    const sessionId = await scheduledSession('Reminded', new Date(Date.now() + LEAD_MINUTES * MINUTE + 3000));
    for (const person of [ada, bo]) {
      await platform.ok(person.id, `mutation($id: ID!) { joinSession(sessionId: $id) { registration { status } } }`, { id: sessionId });
    }
    await platform.ok(bo.id, `mutation($id: ID!) { leaveSession(sessionId: $id) { id } }`, { id: sessionId });
    await platform.sink.waitFor('a reminder to Ada', () => reminders(ada.email, 'Reminded').length === 1, 30_000);
    const [reminder] = reminders(ada.email, 'Reminded');
    expect(reminder.calendar?.method).toBe('REQUEST');
    await platform.waitForOutboxDrained();
    expect(reminders(bo.email, 'Reminded')).toHaveLength(0);
    expect(reminders(host.email, 'Reminded')).toHaveLength(0);
    expect(await reminderRows(sessionId)).toEqual([{ status: 'DONE', sequence: 0 }]);
  });

  it('moves the reminder with the session, and sends none for a cancelled session', async () => {
    // The first reminders fall due ten seconds from now: time for the test's own calls on a loaded machine,
    // which must land before them; the test then waits for the worker, not for the clock.
    const moved = await scheduledSession('Moved', new Date(Date.now() + LEAD_MINUTES * MINUTE + 10_000));
    const cancelled = await scheduledSession('Called off', new Date(Date.now() + LEAD_MINUTES * MINUTE + 10_000));
    for (const id of [moved, cancelled]) {
      await platform.ok(ada.id, `mutation($id: ID!) { joinSession(sessionId: $id) { registration { status } } }`, { id });
    }
    await platform.ok(host.id, `mutation($input: ScheduleSessionInput!) { rescheduleSession(input: $input) { id } }`, {
      input: { sessionId: moved, startsAt: new Date(Date.now() + 6 * 60 * MINUTE).toISOString() },
    });
    await platform.ok(host.id, `mutation($id: ID!) { cancelSession(sessionId: $id) { id } }`, { id: cancelled });
    // Wait until the worker has judged the first reminder of both sessions.
    await waitUntil(
      'the first reminders of both sessions to be handled',
      async () => (await reminderRows(moved))[0]?.status !== 'PENDING' && (await reminderRows(cancelled))[0]?.status !== 'PENDING',
      90_000,
    );
    await platform.waitForOutboxDrained();
    expect(await reminderRows(moved)).toEqual([
      { status: 'SKIPPED', sequence: 0 },
      { status: 'PENDING', sequence: 1 },
    ]);
    expect(await reminderRows(cancelled)).toEqual([{ status: 'SKIPPED', sequence: 0 }]);
    expect(reminders(ada.email, 'Moved')).toHaveLength(0);
    expect(reminders(ada.email, 'Called off')).toHaveLength(0);
  });

  it('serves a private feed of the sessions one hosts or attends, at a URL that can be rotated', async () => {
    const sessionId = await scheduledSession('In my feed', new Date(Date.now() + 48 * 60 * MINUTE));
    await platform.ok(bo.id, `mutation($id: ID!) { joinSession(sessionId: $id) { registration { status } } }`, { id: sessionId });
    const { rotateMyCalendarFeed: firstUrl } = await platform.ok(bo.id, `mutation { rotateMyCalendarFeed }`);
    const feedPath = new URL(firstUrl).pathname;
    const response = await fetch(`${platform.baseUrl}${feedPath}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const titles = calendar.getAllSubcomponents('vevent').map((event) => event.getFirstPropertyValue('summary'));
    expect(titles).toContain('In my feed');
    expect(titles).not.toContain('Reminded');

    const { rotateMyCalendarFeed: secondUrl } = await platform.ok(bo.id, `mutation { rotateMyCalendarFeed }`);
    expect(secondUrl).not.toBe(firstUrl);
    const gone = await fetch(`${platform.baseUrl}${feedPath}`);
    expect(gone.status).toBe(404);
    // The refusal is JSON and says so, and the API logs no complaint about a mismatched content type.
    expect(gone.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await gone.json()) as { message: string }).message).toMatch(/rotateMyCalendarFeed/);
    expect(platform.api.lines.filter((line) => line.includes("Content-Type doesn't match"))).toEqual([]);
    expect((await fetch(`${platform.baseUrl}${new URL(secondUrl).pathname}`)).status).toBe(200);
  });
});
