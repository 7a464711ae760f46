import { readFile } from 'node:fs/promises';
import { jest } from '@jest/globals';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { Browser } from 'playwright-core';
import { buildPerson, createPeople, createRoom, freePort, inviteMail, type PersonFixture, type RoomFixture, sendRawMail, waitUntil } from '@kennis/testing';
import { PlatformHarness } from '../support/platform-harness';
import { launchChromium, Person, photographLeftovers, screenshots, seeText, seriousViolations } from './support/browser';

// A browser on a shared two-core machine: pages take seconds, not milliseconds.
jest.setTimeout(240_000);

dayjs.extend(utc);
dayjs.extend(timezone);

const ZONE = 'Europe/Amsterdam';

// Rooms, people and personal data in the real app, against the real api and worker: a facility manager's
// room rules and approvals, an employee booking a room (with a clash) and cancelling it, and an admin's
// inbound mail, reporting lines (with a cycle refused) and erasure.
describe('the web app for room bookings, rules, approvals, inbound mail and personal data', () => {
  const platform = new PlatformHarness();
  let browser: Browser;
  let smtpPort: number;
  let bram: PersonFixture;
  let emma: PersonFixture;
  let max: PersonFixture;
  let mia: PersonFixture;
  let emil: PersonFixture;
  let turing: RoomFixture;
  let hopper: RoomFixture;
  let curie: RoomFixture;
  const tomorrow = dayjs().tz(ZONE).add(1, 'day').format('YYYY-MM-DD');
  const at = (clock: string) => dayjs.tz(`${tomorrow} ${clock}`, ZONE).toISOString();

  const send = (raw: Buffer, to: string, from: string) => sendRawMail(smtpPort, raw, to, from);

  beforeAll(async () => {
    smtpPort = await freePort();
    await platform.start({ INBOUND_SMTP_PORT: String(smtpPort), INBOUND_ORGANIZER_ADDRESS: 'sessions@kennis.test' });
    browser = await launchChromium();
    [bram, , emma, max, mia, emil] = await createPeople(platform.dataSource, [
      buildPerson({ name: 'Bram Facility', email: 'bram@example.test', site: 'Utrecht', timeZone: ZONE, roles: ['EMPLOYEE', 'FACILITY_MANAGER'] }),
      buildPerson({ name: 'Ada Admin', email: 'ada@example.test', timeZone: ZONE, roles: ['EMPLOYEE', 'ADMIN'] }),
      buildPerson({ name: 'Emma Employee', email: 'emma@example.test', site: 'Utrecht', timeZone: ZONE }),
      buildPerson({ name: 'Max Organizer', email: 'max@example.test', site: 'Utrecht', timeZone: ZONE }),
      buildPerson({ name: 'Mia Lead', email: 'mia@example.test', timeZone: ZONE }),
      buildPerson({ name: 'Emil Leaving', email: 'emil@example.test', timeZone: ZONE }),
    ]);
    turing = await createRoom(platform.dataSource, { site: 'Utrecht', name: 'Turing', capacity: 10, resourceMailbox: 'turing@rooms.example.test' });
    hopper = await createRoom(platform.dataSource, { site: 'Utrecht', name: 'Hopper', capacity: 10, resourceMailbox: 'hopper@rooms.example.test' });
    curie = await createRoom(platform.dataSource, { site: 'Utrecht', name: 'Curie', capacity: 6, resourceMailbox: 'curie@rooms.example.test' });
  });

  afterEach(async () => {
    await photographLeftovers(browser, expect.getState().currentTestName ?? 'test');
  });

  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  });

  it('lets a facility manager set a room rule, see a booking refused by it, and approve and refuse waiting bookings', async () => {
    const manager = await Person.signIn(browser, platform.baseUrl, 'Bram Facility', `/rooms/${turing.id}`);
    const { page } = manager;
    await page.getByRole('heading', { name: 'Booking rules' }).waitFor();
    await page.getByLabel('Longest booking (minutes)').fill('60');
    // A day that closes before it opens: the API's message stands next to that day's closing time, and
    // nothing is saved; without the day, the rule is saved.
    await page.getByRole('button', { name: 'Add hours' }).click();
    await page.getByLabel('Until, hours 1').fill('07:00');
    await page.getByRole('button', { name: 'Save the rules' }).click();
    await page.getByText('closes (07:00) must be after opens (08:00) on MONDAY.').waitFor();
    expect(await platform.dataSource.query(`SELECT room_id FROM room_rules WHERE room_id = $1`, [turing.id])).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'room-rules');
    await page.getByRole('button', { name: 'Remove hours 1' }).click();
    await page.getByRole('button', { name: 'Save the rules' }).click();
    await seeText(page, 'Booking rules saved.');
    const [rules] = await platform.dataSource.query(`SELECT max_booking_minutes, jsonb_array_length(bookable_hours) AS days FROM room_rules WHERE room_id = $1`, [turing.id]);
    expect(rules).toEqual({ max_booking_minutes: 60, days: 0 });

    // The rule at work: two hours in Turing are refused, with the rule's reason next to the start time.
    await page.getByRole('link', { name: 'Book a room' }).click();
    await page.getByRole('heading', { name: 'Book a room' }).waitFor();
    await page.getByLabel('What for').fill('Long planning');
    await page.getByLabel('From').fill('10:00');
    await page.getByLabel('Until').fill('12:00');
    await page.getByRole('radio', { name: 'Turing, Taken or closed then' }).click();
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await seeText(page, /Room Turing refuses this booking\. Rule LONGEST_BOOKING/);
    expect(await page.getByLabel('What for').inputValue()).toBe('Long planning');
    const [{ count: refusedBookings }] = await platform.dataSource.query(`SELECT count(*)::int AS count FROM room_invite_booking WHERE room_id = $1`, [turing.id]);
    expect(refusedBookings).toBe(0);

    // Curie needs approval: two of Max's bookings wait for Bram.
    await platform.ok(bram.id, `mutation($input: SetRoomRulesInput!) { setRoomRules(input: $input) { requiresApproval } }`, { input: { roomId: curie.id, requiresApproval: true } });
    for (const [title, from, to] of [['Team sync', '09:00', '10:00'], ['Second sync', '11:00', '12:00']]) {
      const { bookRoom } = await platform.ok(max.id, `mutation($input: BookRoomInput!) { bookRoom(input: $input) { status } }`, {
        input: { roomId: curie.id, title, startsAt: at(from), endsAt: at(to), seats: 4 },
      });
      expect(bookRoom.status).toBe('TENTATIVE');
    }
    await page.getByRole('link', { name: 'Approvals' }).click();
    await page.getByRole('heading', { name: 'Team sync' }).waitFor();
    await page.getByRole('heading', { name: 'Second sync' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'room-approvals');
    await page.getByRole('button', { name: 'Approve Team sync' }).click();
    await seeText(page, 'Approved: max@example.test gets the confirmation.');
    await page.getByRole('heading', { name: 'Team sync' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Refuse Second sync' }).click();
    const dialog = page.getByRole('dialog', { name: 'Refuse “Second sync”' });
    await dialog.getByLabel('Reason').fill('Curie is being painted that morning');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Refuse' }).click();
    await seeText(page, 'Refused: max@example.test is told, and the room is free again.');
    await seeText(page, 'Nothing waiting');
    const decided = await platform.dataSource.query(`SELECT summary, status, reason FROM room_approval WHERE room_id = $1 ORDER BY summary`, [curie.id]);
    expect(decided).toEqual([
      { summary: 'Second sync', status: 'REFUSED', reason: 'Curie is being painted that morning' },
      { summary: 'Team sync', status: 'APPROVED', reason: null },
    ]);
    await manager.close();
  });

  it('lets an employee book a room, offers free rooms and times on a clash, and cancels the booking', async () => {
    const employee = await Person.signIn(browser, platform.baseUrl, 'Emma Employee', '/room-bookings');
    const { page } = employee;
    await seeText(page, 'No coming room bookings.');
    await page.getByLabel('What for').fill('Design review');
    await page.getByLabel('From').fill('14:00');
    await page.getByLabel('Until').fill('15:00');
    await page.getByLabel('People').fill('4');
    await page.getByRole('radio', { name: 'Hopper, Free' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'book-room');

    // Someone else takes Hopper while Emma decides: the clash names it and offers what is free instead.
    await platform.ok(bram.id, `mutation($input: BookRoomInput!) { bookRoom(input: $input) { status } }`, {
      input: { roomId: hopper.id, title: 'Facility walk-through', startsAt: at('13:30'), endsAt: at('14:30'), seats: 2 },
    });
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    const clash = page.getByRole('alert').filter({ hasText: 'That room is taken' });
    await clash.getByText(/Room Hopper is already booked for "Facility walk-through"/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'book-room-clash');
    await clash.getByRole('button', { name: /14:00 · Turing/ }).click();
    await page.getByRole('radio', { name: 'Turing, Free', checked: true }).waitFor();
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await seeText(page, /Turing is booked for .* 14:00\. The invite is on its way\./);
    const bookings = page.getByRole('list', { name: 'Your room bookings' });
    await bookings.getByRole('listitem', { name: 'Design review' }).getByText('Booked').waitFor();
    const [booked] = await platform.dataSource.query(`SELECT summary, partstat, starts_at FROM room_invite_booking WHERE organizer_address = $1`, [emma.email]);
    expect(booked).toEqual({ summary: 'Design review', partstat: 'ACCEPTED', starts_at: new Date(at('14:00')) });
    await platform.sink.waitFor('the invite to Emma and to Turing', () => platform.sink.to(emma.email).length === 1 && platform.sink.to('turing@rooms.example.test').length === 1);
    expect(platform.sink.to(emma.email)[0].mimeMethod).toBe('REQUEST');

    await page.getByRole('button', { name: 'Cancel Design review' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel “Design review”?' });
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel the booking' }).click();
    await seeText(page, 'Turing is free again.');
    await seeText(page, 'No coming room bookings.');
    await platform.sink.waitFor('the cancellation to Emma and to Turing', () => platform.sink.to(emma.email).length === 2 && platform.sink.to('turing@rooms.example.test').length === 2);
    expect(platform.sink.to('turing@rooms.example.test')[1].mimeMethod).toBe('CANCEL');
    const [{ confirmed }] = await platform.dataSource.query(`SELECT count(*)::int AS confirmed FROM room_booking WHERE room_id = $1 AND status = 'CONFIRMED'`, [turing.id]);
    expect(confirmed).toBe(0);
    await employee.close();
  });

  it('lets an employee download their personal data and tells them how erasure works', async () => {
    const employee = await Person.signIn(browser, platform.baseUrl, 'Emma Employee', '/profile');
    const { page } = employee;
    await page.getByRole('heading', { name: 'Your data' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my data' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kennis-personal-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(data.personId).toBe(emma.id);
    expect(data.profile[0]).toEqual(expect.objectContaining({ email: 'emma@example.test', name: 'Emma Employee' }));
    await seeText(page, 'Having your data erased');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'profile-personal-data');
    await employee.close();
  });

  it('shows an admin the inbound mail with its outcomes, sets a manager, refuses a reporting cycle, and erases a person', async () => {
    const time = { startsAt: new Date(at('16:00')), endsAt: new Date(at('17:00')) };
    const invite = inviteMail({ client: 'outlook', method: 'REQUEST', from: max.email, to: 'hopper@rooms.example.test', uid: 'web-inbound-1@example.test', ...time, attendees: [{ address: 'hopper@rooms.example.test', cutype: 'ROOM' }] });
    expect((await send(invite, 'hopper@rooms.example.test', max.email)).response).toMatch(/^250 /);
    const autoReply = Buffer.from(
      [
        `From: ${max.email}`,
        'To: hopper@rooms.example.test',
        'Subject: Out of office',
        'Auto-Submitted: auto-replied',
        'Message-ID: <web-ooo-1@example.test>',
        `Date: ${new Date().toUTCString()}`,
        'Content-Type: text/plain; charset=UTF-8',
        '',
        'I am away until Monday.',
      ].join('\r\n'),
    );
    expect((await send(autoReply, 'hopper@rooms.example.test', max.email)).response).toMatch(/^250 /);
    await waitUntil('both messages processed', async () => {
      const rows: { status: string }[] = await platform.dataSource.query(`SELECT status FROM inbound_message WHERE status IN ('PROCESSED', 'IGNORED')`);
      return rows.length === 2;
    });

    const admin = await Person.signIn(browser, platform.baseUrl, 'Ada Admin', '/admin/inbound');
    const { page } = admin;
    const table = page.getByRole('table', { name: 'Inbound mail' });
    await table.getByRole('row').filter({ hasText: 'Out of office' }).getByText('Ignored').waitFor();
    await table.getByRole('row').filter({ hasText: 'REQUEST' }).getByText('Processed').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'inbound-mail');
    await page.getByRole('combobox', { name: 'Outcome' }).click();
    await page.getByRole('option', { name: 'Ignored' }).click();
    await waitUntil('only the ignored message listed', async () => (await table.getByRole('row').count()) === 2 && (await table.getByText('Out of office').count()) === 1);

    // Mia reports to Max; then Max to Mia would be a circle, which the API refuses next to the field.
    await page.getByRole('link', { name: 'People and roles' }).click();
    await page.getByLabel('Search by name or email').fill('example.test');
    await page.getByRole('button', { name: 'Change who Mia Lead reports to' }).click();
    let dialog = page.getByRole('dialog', { name: 'Who Mia Lead reports to' });
    await dialog.getByLabel('Manager').fill('Max');
    await page.getByRole('option', { name: 'Max Organizer (max@example.test)' }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await seeText(page, 'Mia Lead reports to Max Organizer.');
    const [line] = await platform.dataSource.query(`SELECT manager_id FROM person WHERE id = $1`, [mia.id]);
    expect(line.manager_id).toBe(max.id);
    await page.getByRole('row').filter({ hasText: 'Mia Lead' }).getByText('Max Organizer').waitFor();

    await page.getByRole('button', { name: 'Change who Max Organizer reports to' }).click();
    dialog = page.getByRole('dialog', { name: 'Who Max Organizer reports to' });
    await dialog.getByLabel('Manager').fill('Mia');
    await page.getByRole('option', { name: 'Mia Lead (mia@example.test)' }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('That person reports (directly or further up) to this person; a reporting line cannot go in a circle.').waitFor();
    expect(await dialog.getByLabel('Manager').inputValue()).toBe('Mia Lead (mia@example.test)');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'people-manager-cycle');
    const [unchanged] = await platform.dataSource.query(`SELECT manager_id FROM person WHERE id = $1`, [max.id]);
    expect(unchanged.manager_id).toBeNull();
    await dialog.getByRole('button', { name: 'Back' }).click();

    // Erasure says what goes before it happens; nobody sees an erase button for themselves.
    expect(await page.getByRole('button', { name: 'Erase Ada Admin' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Erase Emil Leaving' }).click();
    const erase = page.getByRole('dialog', { name: 'Erase Emil Leaving for good?' });
    await erase.getByText(/their sign-in: they are signed out everywhere/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await erase.getByRole('button', { name: 'Erase for good' }).click();
    await seeText(page, 'Emil Leaving is erased.');
    const [erased] = await platform.dataSource.query(`SELECT name, deactivated_at IS NOT NULL AS deactivated FROM person WHERE id = $1`, [emil.id]);
    expect(erased).toEqual({ name: 'Erased person', deactivated: true });
    await admin.close();
  });
});
