import { jest } from '@jest/globals';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { Browser } from 'playwright-core';
import { createPeople, buildPerson, createRoom, createPerson, type PersonFixture, type RoomFixture, waitUntil } from '@kennis/testing';
import { PlatformHarness } from '../support/platform-harness';
import { clippedLabelsAtEachWidth, DESKTOP, launchChromium, Person, PHONE, photographLeftovers, screenshots, seeText, seriousViolations, settled, tabTo } from './support/browser';

// A browser on a shared two-core machine: pages take seconds, not milliseconds.
jest.setTimeout(240_000);

dayjs.extend(utc);
dayjs.extend(timezone);

// Employees and hosts in the real app: sign in on the development page, propose (keyboard only), schedule in
// a free room, a clash, join (keyboard only), the waitlist, a freed seat going to the next in line, the
// host's attendees and mail log, and a session that expires and comes back to the same page.
describe('the web app for employees and hosts', () => {
  const platform = new PlatformHarness();
  let browser: Browser;
  let host: PersonFixture;
  let ada: PersonFixture;
  let bo: PersonFixture;
  let room: RoomFixture;
  const day = dayjs().add(3, 'day').format('YYYY-MM-DD');

  beforeAll(async () => {
    await platform.start();
    browser = await launchChromium();
    [host, ada, bo] = await createPeople(platform.dataSource, [
      buildPerson({ name: 'Hanna Host', email: 'hanna@example.test', site: 'Utrecht' }),
      buildPerson({ name: 'Ada Attendee', email: 'ada@example.test' }),
      buildPerson({ name: 'Bo Waiting', email: 'bo@example.test' }),
    ]);
    room = await createRoom(platform.dataSource, { site: 'Utrecht', name: 'Turing', capacity: 10, equipment: ['PROJECTOR', 'WHITEBOARD'] });
    await createRoom(platform.dataSource, { site: 'Utrecht', name: 'Hopper', capacity: 10 });
  });

  afterEach(async () => {
    await photographLeftovers(browser, expect.getState().currentTestName ?? 'test');
  });

  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  });

  let sessionId = '';

  it('signs a host in on the development page, who proposes a session with the keyboard alone', async () => {
    const hanna = await Person.signIn(browser, platform.baseUrl, 'Hanna Host', '/propose');
    const { page } = hanna;
    await page.goto('/sign-in?returnTo=%2Fpropose');
    await page.getByRole('button', { name: 'Sign in as Ada Attendee' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'sign-in');

    await page.goto('/propose');
    await page.getByRole('heading', { name: 'Propose a session' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await tabTo(page, 'textbox', 'Title');
    await page.keyboard.type('Rust for TypeScript people');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ownership, borrowing and the compiler as a colleague.');
    await tabTo(page, 'textbox', 'Seats');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('1');
    await tabTo(page, 'combobox', 'Skills');
    await page.keyboard.type('Rust');
    await page.keyboard.press('Enter');
    await screenshots(page, 'propose');
    await tabTo(page, 'button', 'Propose');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
    sessionId = page.url().split('/').pop()!;
    await seeText(page, '“Rust for TypeScript people” is proposed.');
    // Her own proposal: she hosts it, so the page offers her no interest to show (the API refuses it).
    await seeText(page, 'You host this proposal. 0 colleagues have shown interest so far.');
    expect(await page.getByRole('button', { name: 'Show interest' }).count()).toBe(0);
    const [row] = await platform.dataSource.query(`SELECT title, capacity, status FROM session WHERE id = $1`, [sessionId]);
    expect(row).toEqual({ title: 'Rust for TypeScript people', capacity: 1, status: 'PROPOSED' });
    await hanna.close();
  });

  it('says next to each field what to fix before anything is sent, and keeps what was typed', async () => {
    const hanna = await Person.signIn(browser, platform.baseUrl, 'Hanna Host', '/propose');
    const { page } = hanna;
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.postData()?.includes('ProposeSession')) sent.push(request.url());
    });
    await page.getByLabel('Title').fill('x'.repeat(300));
    await page.getByLabel('Description').fill('Kept when a rule is not met.');
    await page.getByLabel('Seats').fill('20000');
    await page.getByLabel('Online link').fill('meet dot example');
    await page.getByRole('button', { name: 'Propose' }).click();
    await page.locator('[id$="-error"]').filter({ hasText: 'Title needs 3 to 200 characters.' }).waitFor();
    await page.locator('[id$="-error"]').filter({ hasText: 'Seats: a whole number from 1 to 10000.' }).waitFor();
    await page.locator('[id$="-error"]').filter({ hasText: 'Online link: a web link starting with https:// or http://' }).waitFor();
    expect(await page.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Description').inputValue()).toBe('Kept when a rule is not met.');
    expect(page.url()).toMatch(/\/propose$/);
    expect(sent).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await hanna.close();
  });

  it('schedules in a free room that fits, and a clash shows the clashing time and other free times', async () => {
    const hanna = await Person.signIn(browser, platform.baseUrl, 'Hanna Host', `/sessions/${sessionId}`);
    const { page } = hanna;
    // A day that does not exist is named at the field, not rolled over to another (2030-03-03) and booked.
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.postData()?.includes('ScheduleSession')) sent.push(request.url());
    });
    await page.getByLabel('Day').fill('2030-02-31');
    await page.getByLabel('Day').press('Tab');
    const dayError = page.locator('[id$="-error"]').filter({ hasText: '“2030-02-31” is not a date. Type the day as year-month-day' });
    await dayError.waitFor();
    await page.getByLabel('Start time').fill('14:00');
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await dayError.waitFor();
    expect(sent).toEqual([]);
    await page.getByLabel('Day').fill(day);
    await dayError.waitFor({ state: 'detached' });
    await page.getByRole('radio', { name: /Turing, Utrecht/ }).check();
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await seeText(page, 'Scheduled. Invites go out to everyone involved.');
    // Toasts come up at the bottom right, clear of the header's language and account buttons.
    const toast = await page.locator('.mantine-Notification-root').first().boundingBox();
    expect(toast!.y).toBeGreaterThan(DESKTOP.height / 2);
    expect(toast!.x).toBeGreaterThan(DESKTOP.width / 2);
    await seeText(page, '1 seat left');
    // The host runs it: no Join for her (the API refuses it), a line that says why instead.
    await seeText(page, 'You host this session, so there is no seat to take: you run it.');
    expect(await page.getByRole('button', { name: 'Join', exact: true }).count()).toBe(0);

    // Another proposal, and the same room taken by someone else between looking and booking.
    const other = await platform.ok(host.id, `mutation { proposeSession(input: { title: "Clashing talk", format: TALK, language: "en", capacity: 5, durationMinutes: 60 }) { id } }`);
    const otherId = other.proposeSession.id as string;
    await page.goto(`/sessions/${otherId}`);
    await page.getByLabel('Day').fill(day);
    await page.getByLabel('Start time').fill('16:00');
    await page.getByRole('radio', { name: /Turing, Utrecht/ }).check();
    const rival = await platform.ok(ada.id, `mutation { proposeSession(input: { title: "Rival booking", format: DEMO, language: "en", capacity: 5, durationMinutes: 60 }) { id } }`);
    await platform.ok(ada.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId: rival.proposeSession.id, startsAt: dayjs.tz(`${day} 16:00`, 'Europe/Amsterdam').toISOString(), roomId: room.id },
    });
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    const clash = page.getByRole('alert').filter({ hasText: 'That room is taken' });
    await clash.waitFor();
    expect(await clash.textContent()).toMatch(/Rival booking|16:00|15:00/);
    await clash.getByRole('button').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await clash.getByRole('button').first().click();
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await seeText(page, 'Scheduled. Invites go out to everyone involved.');
    await hanna.close();
  });

  it('lets a colleague join with the keyboard alone, puts the next on the waitlist, and gives a freed seat to the first in line', async () => {
    const adaBrowser = await Person.signIn(browser, platform.baseUrl, 'Ada Attendee', `/sessions/${sessionId}`);
    await settled(adaBrowser.page);
    await tabTo(adaBrowser.page, 'button', 'Join');
    await adaBrowser.page.keyboard.press('Enter');
    await seeText(adaBrowser.page, 'You have a seat. An invite is in your mail.');

    const boBrowser = await Person.signIn(browser, platform.baseUrl, 'Bo Waiting', `/sessions/${sessionId}`);
    await boBrowser.page.getByRole('button', { name: 'Join the waitlist' }).click();
    await seeText(boBrowser.page, 'You are number 1 on the waitlist.');
    expect(await seriousViolations(boBrowser.page)).toEqual([]);

    await adaBrowser.page.getByRole('button', { name: 'Give up my seat' }).click();
    await seeText(adaBrowser.page, 'You left “Rust for TypeScript people”.');
    await platform.sink.waitFor('the seat-granted mail to Bo', () => platform.sink.to('bo@example.test').some((mail) => mail.calendar?.method === 'REQUEST'));

    await boBrowser.page.reload();
    await seeText(boBrowser.page, 'You have a seat. An invite is in your mail.');
    await adaBrowser.close();

    // The session ends on the server (expired); the next page asks to sign in again and comes back.
    await platform.dataSource.query(`DELETE FROM sign_in_session WHERE person_id = $1`, [bo.id]);
    await boBrowser.page.getByRole('link', { name: 'My sessions' }).click();
    await boBrowser.page.waitForURL(/\/sign-in\?returnTo=%2Fmy-sessions/);
    await seeText(boBrowser.page, 'Your session has ended.');
    await boBrowser.signInOnPage('/my-sessions');
    await boBrowser.page.getByRole('tab', { name: /Attending/ }).click();
    await seeText(boBrowser.page, 'Rust for TypeScript people');
    expect(await seriousViolations(boBrowser.page)).toEqual([]);
    await screenshots(boBrowser.page, 'my-sessions');
    await boBrowser.close();
  });

  it('shows the host who comes, their replies and the delivery log of the mail', async () => {
    await platform.waitForOutboxDrained();
    const hanna = await Person.signIn(browser, platform.baseUrl, 'Hanna Host', `/sessions/${sessionId}`);
    const { page } = hanna;
    await page.getByRole('tab', { name: 'Attendees' }).click();
    const attendees = page.getByRole('table', { name: 'Attendees' });
    await attendees.getByText('Bo Waiting').waitFor();
    expect(await attendees.getByText('Ada Attendee').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Mail log' }).click();
    const log = page.getByRole('table', { name: 'Mail log' });
    await log.getByText('bo@example.test').first().waitFor();
    expect(await log.getByText('DONE').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Time and room' }).click();
    await screenshots(page, 'session-host');

    await page.goto('/');
    await page.getByRole('link', { name: 'Rust for TypeScript people' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'discover');

    // Among the proposals, her own has no Show interest; a colleague's has.
    await platform.ok(host.id, `mutation { proposeSession(input: { title: "Hanna's own idea", format: TALK, language: "en", capacity: 5, durationMinutes: 60 }) { id } }`);
    await platform.ok(ada.id, `mutation { proposeSession(input: { title: "Ada's idea", format: TALK, language: "en", capacity: 5, durationMinutes: 60 }) { id } }`);
    await page.reload();
    await page.getByRole('tab', { name: 'Proposals' }).click();
    await page.getByRole('button', { name: "Show interest: Ada's idea" }).waitFor();
    const own = page.getByRole('listitem').filter({ hasText: "Hanna's own idea" });
    await own.getByText('You host this proposal').waitFor();
    expect(await own.getByRole('button').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await hanna.close();
  });

  it('keeps the filters behind a button at phone width, and styles the format chips on a first visit', async () => {
    const boPhone = await Person.signIn(browser, platform.baseUrl, 'Bo Waiting', '/', PHONE);
    const { page } = boPhone;
    await page.getByRole('link', { name: 'Rust for TypeScript people' }).waitFor();
    // The first visit loads only the first-visit styles: the chips' own (their checkbox out of sight) are among them.
    const talk = page.getByRole('checkbox', { name: 'Talk' });
    expect(await page.evaluate(`getComputedStyle(document.querySelector('.mantine-Chip-input')).opacity`)).toBe('0');
    // The search stays; the other filters wait behind a button.
    await page.getByLabel('Search').waitFor();
    const filters = page.getByRole('button', { name: 'Filters' });
    expect(await filters.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByLabel('Skill').isVisible()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await filters.click();
    await page.getByLabel('Skill').waitFor();
    expect(await filters.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('group', { name: 'Format' }).getByText('Talk', { exact: true }).click();
    expect(await talk.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Filters (1 on)' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'discover-filters');
    await boPhone.close();
  });

  it('finds sessions with the search and filters, and switches to Dutch', async () => {
    const adaBrowser = await Person.signIn(browser, platform.baseUrl, 'Ada Attendee');
    const { page } = adaBrowser;
    await page.getByRole('link', { name: 'Rust for TypeScript people' }).waitFor();
    await page.getByLabel('Search').fill('Clashing');
    await page.getByRole('link', { name: 'Clashing talk' }).waitFor();
    await page.getByRole('link', { name: 'Rust for TypeScript people' }).waitFor({ state: 'detached' });
    await page.getByLabel('Search').fill('nothing like this exists');
    await seeText(page, 'No sessions match');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByText('NL', { exact: true }).click();
    await page.getByRole('heading', { name: 'Sessies', level: 1 }).waitFor();
    // The page switches at once; the profile follows when the API has answered.
    await waitUntil('Ada\'s profile language to be nl', async () => {
      const [row] = await platform.dataSource.query(`SELECT language FROM person WHERE id = $1`, [ada.id]);
      return row.language === 'nl';
    });
    await adaBrowser.close();
  });

  it('walks the profile: skills, diversity attributes with consent, and the calendar feed', async () => {
    const someone = await createPerson(platform.dataSource, { name: 'Pia Profile' });
    const pia = await Person.signIn(browser, platform.baseUrl, 'Pia Profile', '/profile');
    const { page } = pia;
    await page.getByRole('combobox', { name: 'Add a skill you have' }).fill('Kotlin');
    await page.getByRole('button', { name: 'Add' }).first().click();
    await seeText(page, 'Kotlin · solid');
    await page.getByLabel('Your answer').fill('woman');
    await page.getByRole('button', { name: 'Save attribute' }).click();
    await seeText(page, 'Set consent to true to let the matching use this attribute');
    await page.getByLabel('I agree that the mentor matching uses this attribute').check();
    await page.getByRole('button', { name: 'Save attribute' }).click();
    await seeText(page, 'Attribute saved.');
    await page.getByRole('button', { name: 'Withdraw' }).waitFor();
    expect(await clippedLabelsAtEachWidth(page)).toEqual([]);
    await page.getByRole('button', { name: 'Make my feed link' }).click();
    await seeText(page, 'Your new feed link is ready; the old one no longer works.');
    expect(await page.getByLabel('Your calendar feed link').textContent()).toMatch(/^http/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'profile');
    const { myDiversityAttributes } = await platform.ok(someone.id, `{ myDiversityAttributes { attribute value } }`);
    expect(myDiversityAttributes).toEqual([{ attribute: 'gender', value: 'woman' }]);
    await pia.close();
  });
});
