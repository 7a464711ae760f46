import { jest } from '@jest/globals';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { Browser } from 'playwright-core';
import { createPerson, createRoom, type PersonFixture } from '@kennis/testing';
import { PlatformHarness } from '../support/platform-harness';
import { launchChromium, Person, photographLeftovers, seeText } from './support/browser';

// A browser on a shared two-core machine: pages take seconds, not milliseconds.
jest.setTimeout(240_000);

dayjs.extend(utc);
dayjs.extend(timezone);

// freeRooms leaves out a room at any time its own session's booking overlaps: the reschedule form must
// still show the room the session has, chosen, so that moving it by half an hour keeps it there.
describe('the web app when a host reschedules', () => {
  const platform = new PlatformHarness();
  let browser: Browser;
  let host: PersonFixture;

  beforeAll(async () => {
    await platform.start();
    browser = await launchChromium();
    host = await createPerson(platform.dataSource, { name: 'Hanna Host' });
  });

  afterEach(async () => {
    await photographLeftovers(browser, expect.getState().currentTestName ?? 'test');
  });

  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  });

  it('shows the room the session has, chosen, and keeps it for a time that overlaps the old one', async () => {
    const turing = await createRoom(platform.dataSource, { site: 'Utrecht', name: 'Turing', capacity: 10 });
    const startsAt = dayjs().tz('Europe/Amsterdam').add(3, 'day').hour(14).minute(0).second(0).millisecond(0);
    const { proposeSession } = await platform.ok(host.id, `mutation { proposeSession(input: { title: "Half an hour later", format: TALK, language: "en", capacity: 5, durationMinutes: 60 }) { id } }`);
    const sessionId = proposeSession.id as string;
    await platform.ok(host.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId, roomId: turing.id, startsAt: startsAt.toISOString() },
    });

    const hanna = await Person.signIn(browser, platform.baseUrl, 'Hanna Host', `/sessions/${sessionId}`);
    const { page } = hanna;
    const current = page.getByRole('radio', { name: /Turing, Utrecht/ });
    await current.waitFor();
    expect(await current.isChecked()).toBe(true);
    await seeText(page, 'Its room now');
    // The count says what it counts: the free rooms besides the one it has (freeRooms leaves that one out).
    await seeText(page, 'Its current room; no other free room fits');

    await page.getByLabel('Start time').fill('14:30');
    await expect(current.isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Reschedule', exact: true }).click();
    await seeText(page, 'Rescheduled. Everyone gets the update.');
    const [row] = await platform.dataSource.query(`SELECT starts_at, room_id FROM session WHERE id = $1`, [sessionId]);
    expect({ startsAt: new Date(row.starts_at).toISOString(), roomId: row.room_id }).toEqual({ startsAt: startsAt.add(30, 'minute').toISOString(), roomId: turing.id });
    await hanna.close();
  });
});
