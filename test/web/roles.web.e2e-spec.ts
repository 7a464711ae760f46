import { jest } from '@jest/globals';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { Browser } from 'playwright-core';
import { buildPerson, createPeople, createRoom, type PersonFixture, type RoomFixture, waitUntil } from '@kennis/testing';
import { PlatformHarness } from '../support/platform-harness';
import { clippedLabelsAtEachWidth, launchChromium, Person, photographLeftovers, screenshots, seeText, seriousViolations } from './support/browser';

jest.setTimeout(240_000);
dayjs.extend(utc);
dayjs.extend(timezone);

/** The time zone of the browser contexts (test/web/support). */
const BROWSER_ZONE = 'Europe/Amsterdam';

// Facility managers, admins, mentors and mentees in the real app, against the real api and worker.
describe('the web app for facility managers, admins, mentors and mentees', () => {
  const platform = new PlatformHarness();
  let browser: Browser;
  let bram: PersonFixture;
  let admin: PersonFixture;
  let host: PersonFixture;
  let mia: PersonFixture;
  let max: PersonFixture;
  let room: RoomFixture;

  beforeAll(async () => {
    await platform.start();
    browser = await launchChromium();
    [bram, admin, host, mia, max] = await createPeople(platform.dataSource, [
      buildPerson({ name: 'Bram Facility', site: 'Utrecht', roles: ['EMPLOYEE', 'FACILITY_MANAGER'] }),
      buildPerson({ name: 'Ada Admin', roles: ['EMPLOYEE', 'ADMIN'] }),
      buildPerson({ name: 'Hanna Host', email: 'hanna@example.test' }),
      buildPerson({ name: 'Mia Mentor', email: 'mia@example.test', department: 'Platform' }),
      buildPerson({ name: 'Max Mentee', email: 'max@example.test', department: 'Finance' }),
    ]);
    room = await createRoom(platform.dataSource, { site: 'Utrecht', name: 'Turing', capacity: 12 });
  });

  afterEach(async () => {
    await photographLeftovers(browser, expect.getState().currentTestName ?? 'test');
  });

  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  });

  it('lets a facility manager add a room, see a day and a week of bookings per site, and add a facility team', async () => {
    // Tomorrow as the browser (Europe/Amsterdam) counts days: from 23:00 UTC it is already tomorrow there.
    const tomorrow = dayjs().tz(BROWSER_ZONE).add(1, 'day').hour(10).minute(0).second(0).millisecond(0);
    const { proposeSession } = await platform.ok(host.id, `mutation { proposeSession(input: { title: "Booked in Turing", format: TALK, language: "en", capacity: 8, durationMinutes: 90 }) { id } }`);
    await platform.ok(host.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId: proposeSession.id, startsAt: tomorrow.toISOString(), roomId: room.id },
    });
    // A meeting Hanna booked for herself shows beside the session, with who booked it.
    await platform.ok(host.id, `mutation($input: BookRoomInput!) { bookRoom(input: $input) { status } }`, {
      input: { roomId: room.id, title: 'Stand-up', startsAt: tomorrow.hour(14).toISOString(), endsAt: tomorrow.hour(15).toISOString() },
    });

    const manager = await Person.signIn(browser, platform.baseUrl, 'Bram Facility', '/rooms');
    const { page } = manager;
    await page.getByRole('button', { name: 'New room' }).click();
    const dialog = page.getByRole('dialog', { name: 'New room' });
    await dialog.getByLabel('Site').fill('Utrecht');
    await dialog.getByLabel('Name').fill('Curie');
    await dialog.getByLabel('Seats').fill('8');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await seeText(page, 'Curie is added.');
    await page.getByRole('link', { name: /Curie/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'rooms');

    await page.getByRole('link', { name: 'Bookings' }).first().click();
    await page.getByRole('heading', { name: 'Bookings' }).waitFor();
    await page.getByRole('button', { name: 'Later' }).click();
    await page.getByRole('link', { name: /Booked in Turing/ }).waitFor();
    await page.getByText('Stand-up (booked by Hanna Host)').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'bookings-day');
    await page.getByText('Week', { exact: true }).click();
    await page.getByRole('link', { name: /Booked in Turing/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'bookings-week');

    await page.getByRole('link', { name: 'Facility teams' }).click();
    await page.getByRole('button', { name: 'New team' }).click();
    const teamDialog = page.getByRole('dialog', { name: 'New team' });
    await teamDialog.getByLabel('Team name').fill('Catering Utrecht');
    await teamDialog.getByLabel('Mailbox').fill('not an address');
    await teamDialog.getByRole('button', { name: 'Create' }).click();
    // The API's error stands next to the mailbox field; what was typed stays.
    await teamDialog.locator('[id$="-error"]').first().waitFor();
    expect(await teamDialog.getByLabel('Team name').inputValue()).toBe('Catering Utrecht');
    await teamDialog.getByLabel('Mailbox').fill('catering@facilities.example.test');
    await teamDialog.getByRole('button', { name: 'Create' }).click();
    await seeText(page, 'Catering Utrecht is added.');

    // Hanna asks the new team to serve her session; Bram declines without a reason (refused, nothing
    // changes), then confirms it.
    const [team] = await platform.dataSource.query(`SELECT id FROM facility_team WHERE name = 'Catering Utrecht'`);
    await platform.ok(host.id, `mutation($input: RequestFacilityInput!) { requestFacility(input: $input) { id } }`, {
      input: { sessionId: proposeSession.id, facilityTeamId: team.id, note: 'Coffee for eight' },
    });
    await page.reload();
    const request = page.getByRole('group', { name: 'Booked in Turing' });
    await request.getByText('Coffee for eight').waitFor();
    await request.getByRole('button', { name: 'Decline' }).click();
    const declineDialog = page.getByRole('dialog', { name: 'Decline “Booked in Turing”' });
    await declineDialog.getByRole('button', { name: 'Decline' }).click();
    await declineDialog.locator('[id$="-error"]').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await declineDialog.getByRole('button', { name: 'Close' }).click();
    await request.getByRole('button', { name: 'Confirm' }).click();
    await request.getByText('Confirmed').waitFor();
    const [{ status }] = await platform.dataSource.query(`SELECT status FROM session_facility_request WHERE session_id = $1`, [proposeSession.id]);
    expect(status).toBe('CONFIRMED');
    await page.getByText('Times in Europe/Amsterdam').first().waitFor();

    // A weekly meeting that invited the team by mail (the SMTP path is test/calendar-facility-invites): Bram
    // unticks the second occurrence, says why, and confirms the rest.
    const weeks = [2, 3, 4].map((week) => dayjs().add(week, 'week').startOf('hour').toDate());
    const [{ id: seriesId }] = await platform.dataSource.query(
      `INSERT INTO session_facility_request (facility_team_id, calendar_uid, sequence, organizer_address, summary, starts_at, ends_at, note)
       VALUES ($1, 'weekly-lunch@example.test', 0, 'hanna@example.test', 'Weekly lunch', $2, $3, 'Lunch for 6') RETURNING id`,
      [team.id, weeks[0], dayjs(weeks[2]).add(1, 'hour').toDate()],
    );
    for (const startsAt of weeks) {
      await platform.dataSource.query(`INSERT INTO facility_request_occurrence (facility_request_id, recurrence_id, starts_at, ends_at) VALUES ($1, $2, $2, $3)`, [
        seriesId, startsAt, dayjs(startsAt).add(1, 'hour').toDate(),
      ]);
    }
    await page.reload();
    const series = page.getByRole('group', { name: 'Weekly lunch' });
    const second = dayjs(weeks[1]).tz('Europe/Amsterdam').format('ddd D MMM, HH:mm');
    await series.getByRole('checkbox', { name: second }).uncheck();
    await series.getByLabel('Why not on the unticked dates').fill('Kitchen closed that week');
    await series.getByRole('button', { name: 'Confirm' }).click();
    await series.getByText('Declined: Kitchen closed that week').waitFor();
    const occurrences: { declined_reason: string | null }[] = await platform.dataSource.query(
      `SELECT declined_reason FROM facility_request_occurrence WHERE facility_request_id = $1 ORDER BY starts_at`,
      [seriesId],
    );
    expect(occurrences.map((occurrence) => occurrence.declined_reason)).toEqual([null, 'Kitchen closed that week', null]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'facility-teams');
    await manager.close();
  });

  it('lets an admin grant roles and send a failed message again', async () => {
    const { proposeSession } = await platform.ok(host.id, `mutation { proposeSession(input: { title: "Mail that fails", format: TALK, language: "en", capacity: 5, durationMinutes: 30, onlineUrl: "https://meet.example.test/x" }) { id } }`);
    await platform.ok(host.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId: proposeSession.id, startsAt: dayjs().add(3, 'day').toISOString() },
    });
    await platform.waitForOutboxDrained();
    const [[failed]] = await platform.dataSource.query(
      `UPDATE outbox_message SET status = 'FAILED', last_error = 'mailbox full' WHERE session_id = $1 AND payload->>'personId' = $2 RETURNING id::text AS id`,
      [proposeSession.id, host.id],
    );
    expect(failed.id).toBeDefined();

    const ada = await Person.signIn(browser, platform.baseUrl, 'Ada Admin', '/admin/people');
    const { page } = ada;
    await page.getByLabel('Search by name or email').fill('Mia');
    const name = 'Facility manager: Mia Mentor';
    // The box shows the roles the API answered, so it turns once the API has granted them.
    await page.getByRole('checkbox', { name }).click();
    await page.getByRole('checkbox', { name, checked: true }).waitFor();
    const [row] = await platform.dataSource.query(`SELECT roles FROM person WHERE id = $1`, [mia.id]);
    expect(row.roles).toEqual(expect.arrayContaining(['EMPLOYEE', 'FACILITY_MANAGER']));
    await page.getByRole('checkbox', { name }).click();
    await page.getByRole('checkbox', { name, checked: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    // The row's buttons keep their whole label, in English and in Dutch (Wijzigen).
    expect(await clippedLabelsAtEachWidth(page)).toEqual([]);
    await page.getByText('NL', { exact: true }).click();
    await page.getByText('Wijzigen', { exact: true }).first().waitFor();
    expect(await clippedLabelsAtEachWidth(page)).toEqual([]);
    await page.getByText('EN', { exact: true }).click();
    await page.getByText('Change', { exact: true }).first().waitFor();
    await waitUntil('Ada\'s profile language to be en again', async () => {
      const [row] = await platform.dataSource.query(`SELECT language FROM person WHERE id = $1`, [admin.id]);
      return row.language === 'en';
    });
    await screenshots(page, 'people');

    // The audit log, filtered by action: Ada's own sign-in on the development page is there, nothing else.
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByLabel('Action').fill('signed-in');
    await page.getByLabel('Target id').fill(admin.id);
    const audit = page.getByRole('table', { name: 'Audit log' });
    // The target by its shortened id (the whole id in a tooltip), the actor by name, the action in words.
    await audit.getByRole('cell', { name: `person ${admin.id.slice(0, 8)}…` }).first().waitFor();
    await audit.getByRole('cell', { name: 'Ada Admin', exact: true }).first().waitFor();
    // What changed as "key: value", not the JSON the API sends.
    await audit.getByRole('cell', { name: 'method: development', exact: true }).first().waitFor();
    // The whole id shows under the mouse.
    await audit.getByText(`person ${admin.id.slice(0, 8)}…`).first().hover();
    await page.getByRole('tooltip', { name: admin.id }).waitFor();
    await page.getByLabel('Action').hover();
    await page.getByRole('tooltip').waitFor({ state: 'detached' });
    await waitUntil('the audit log to show only sign-ins', async () => {
      const signIns = await audit.getByRole('cell', { name: /^Signed in\s*signed-in$/ }).count();
      return signIns > 0 && signIns === (await audit.getByRole('row').count()) - 1;
    });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'audit-log');

    await page.getByRole('link', { name: 'Failed messages' }).click();
    await page.getByText('mailbox full').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'failed-messages');
    const before = platform.sink.to('hanna@example.test').length;
    await page.getByRole('button', { name: 'Send again to hanna@example.test' }).click();
    await seeText(page, 'Sending again to hanna@example.test.');
    await platform.sink.waitFor('the retried invite to Hanna', () => platform.sink.to('hanna@example.test').length === before + 1);
    await seeText(page, 'Nothing failed');
    await ada.close();
  });

  it('runs a mentoring round end to end: open, ask, run with progress, publish, accept with reasons, first meeting', async () => {
    await platform.ok(mia.id, `mutation { upsertMyMentorProfile(input: { capacity: 2, languages: ["en"], seniorityYears: 12, skillsOffered: [{ name: "TypeScript", level: 5 }] }) { capacity } }`);

    const ada = await Person.signIn(browser, platform.baseUrl, 'Ada Admin', '/admin/rounds');
    expect(await seriousViolations(ada.page)).toEqual([]);
    // The group attributes by name, not by the API's keys.
    await ada.page.getByRole('combobox', { name: 'Group attribute' }).click();
    await ada.page.getByRole('option', { name: 'Age band' }).waitFor();
    expect(await ada.page.getByRole('option', { name: 'age_band' }).count()).toBe(0);
    await ada.page.keyboard.press('Escape');
    await ada.page.getByLabel('Name').fill('Spring round');
    await ada.page.getByLabel('Requests until').fill(dayjs().add(14, 'day').format('YYYY-MM-DD'));
    await ada.page.getByLabel('Requests until').press('Tab');
    await ada.page.getByRole('button', { name: 'Open the round' }).click();
    await ada.page.waitForURL(/\/admin\/rounds\/[0-9a-f-]{36}$/);
    await seeText(ada.page, 'Not run yet');

    const mentee = await Person.signIn(browser, platform.baseUrl, 'Max Mentee', '/mentoring');
    await mentee.page.getByRole('heading', { name: 'Spring round' }).waitFor();
    await mentee.page.getByLabel('Your goals').fill('Write better TypeScript');
    await mentee.page.getByLabel('Your years of experience').fill('2');
    await mentee.page.getByRole('button', { name: /^Add a skill: Skills you want/ }).click();
    await mentee.page.getByRole('textbox', { name: /^Skill 1: Skills you want/ }).fill('TypeScript');
    await mentee.page.getByRole('textbox', { name: /^Level 1: Skills you want/ }).fill('2');
    // Under the mouse, a filled button without a colour of its own keeps its contrast (theme.ts).
    await mentee.page.getByRole('button', { name: 'Ask for a mentor' }).hover();
    expect(await seriousViolations(mentee.page)).toEqual([]);
    await mentee.page.getByRole('button', { name: 'Ask for a mentor' }).click();
    await seeText(mentee.page, 'Your request is in.');
    expect(await seriousViolations(mentee.page)).toEqual([]);

    await ada.page.reload();
    await ada.page.getByRole('button', { name: 'Run the matching' }).click();
    await seeText(ada.page, 'The matching runs.');
    await ada.page.getByRole('button', { name: 'Publish to mentors' }).waitFor({ timeout: 90_000 });
    await seeText(ada.page, 'Pairs in the last run');
    // The targets' status in words (the API's code was shown as it came: "not-requested").
    await seeText(ada.page, 'Targets: None set. The round sets no targets.');
    expect(await ada.page.getByText('not-requested').count()).toBe(0);
    await ada.page.getByRole('button', { name: 'Publish to mentors' }).click();
    await seeText(ada.page, 'Published: mentors get their proposals.');
    expect(await seriousViolations(ada.page)).toEqual([]);
    await screenshots(ada.page, 'mentoring-round');
    // The same in Dutch; then back to English, which the profile keeps for the next tests.
    await ada.page.getByText('NL', { exact: true }).click();
    await seeText(ada.page, 'Doelen: Geen. De ronde stelt geen doelen.');
    await seeText(ada.page, 'Paren in de laatste run');
    await seeText(ada.page, 'Huidige paren (voorgesteld of geaccepteerd)');
    await ada.page.getByText('EN', { exact: true }).click();
    await seeText(ada.page, 'Targets: None set. The round sets no targets.');
    await waitUntil('Ada\'s profile language to be en again', async () => {
      const [row] = await platform.dataSource.query(`SELECT language FROM person WHERE id = $1`, [admin.id]);
      return row.language === 'en';
    });

    const mentor = await Person.signIn(browser, platform.baseUrl, 'Mia Mentor', '/mentoring');
    await mentor.page.getByRole('heading', { name: 'Max Mentee' }).waitFor();
    await seeText(mentor.page, 'Why this match');
    expect(await mentor.page.getByRole('table', { name: 'Reasons' }).getByRole('row').count()).toBeGreaterThan(0);
    expect(await seriousViolations(mentor.page)).toEqual([]);
    await screenshots(mentor.page, 'mentoring-proposal');
    await mentor.page.getByRole('button', { name: 'Accept' }).click();
    await seeText(mentor.page, 'You mentor Max Mentee.');

    await mentee.page.reload();
    await seeText(mentee.page, 'Your mentor Mia Mentor');
    await seeText(mentee.page, /First meeting: /);
    expect(await seriousViolations(mentee.page)).toEqual([]);
    await screenshots(mentee.page, 'mentoring-mentee');
    await mentee.close();
    await mentor.close();
    await ada.close();
    expect(max.id).toBeDefined();
  });

  it('tells an employee who opens an admin or facility page which role it needs, without the page or its errors', async () => {
    const hanna = await Person.signIn(browser, platform.baseUrl, 'Hanna Host', '/admin/audit');
    const { page } = hanna;
    await page.getByRole('heading', { name: 'This page is for admins' }).waitFor();
    await seeText(page, 'Only admins can open this page.');
    // In place of the page: none of its controls, and no refusal from the API shown as an error.
    expect(await page.getByLabel('Action').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto('/rooms/teams');
    await page.getByRole('heading', { name: 'This page is for facility managers' }).waitFor();
    expect(await page.getByRole('button', { name: 'New team' }).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'role-gate');
    await page.getByRole('link', { name: 'Back to sessions' }).click();
    await page.getByRole('heading', { name: 'Sessions', level: 1 }).waitFor();
    await hanna.close();

    // A facility manager opens the facility pages, but not the admin ones.
    const manager = await Person.signIn(browser, platform.baseUrl, 'Bram Facility', '/admin/people');
    await manager.page.getByRole('heading', { name: 'This page is for admins' }).waitFor();
    await manager.page.goto('/rooms/teams');
    await manager.page.getByRole('button', { name: 'New team' }).waitFor();
    await manager.close();
  });

  it('opens the bundled GraphQL explorer and a not-found page', async () => {
    const ada = await Person.signIn(browser, platform.baseUrl, 'Ada Admin', '/explorer');
    await ada.page.getByRole('heading', { name: 'GraphQL explorer' }).waitFor();
    await ada.page.locator('.graphiql-container').waitFor();
    // GraphiQL's own tab bar puts a close button inside each tab (nested-interactive); the rest is checked.
    expect(await seriousViolations(ada.page, ['li.graphiql-tab'])).toEqual([]);
    await screenshots(ada.page, 'explorer');
    await ada.page.goto('/no/such/page');
    await seeText(ada.page, 'Nothing here');
    expect(await seriousViolations(ada.page)).toEqual([]);
    await ada.close();
    expect(admin.id).toBeDefined();
    expect(bram.id).toBeDefined();
  });
});
