import { jest } from '@jest/globals';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { Browser, Page } from 'playwright-core';
import { buildPerson, createPeople, type PersonFixture, waitUntil } from '@kennis/testing';
import { PlatformHarness } from '../support/platform-harness';
import { clippedLabelsAtEachWidth, launchChromium, Person, PHONE, photographLeftovers, screenshots, seeText, seriousViolations } from './support/browser';

// A browser on a shared two-core machine, three matching runs and a worker that completes matches once a minute.
jest.setTimeout(420_000);

dayjs.extend(utc);
dayjs.extend(timezone);

const ZONE = 'Europe/Amsterdam';

/** Nothing sticks out sideways at phone width: the page reflows instead of scrolling horizontally. */
async function fitsPhone(page: Page): Promise<void> {
  const original = page.viewportSize()!;
  await page.setViewportSize(PHONE);
  // The innermost elements past the right edge, named so that a failure says what to fix. A string: this
  // file is type-checked without the DOM library; it runs in the page.
  const stickingOut = async () => (await page.evaluate(`[...document.querySelectorAll('body *')]
    .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1 && getComputedStyle(element).position !== 'fixed')
    .filter((element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const clips = ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(parent).overflowX);
        if (clips && parent.getBoundingClientRect().right <= window.innerWidth + 1) return false;
      }
      return true;
    })
    .filter((element, index, all) => !all.some((other) => other !== element && element.contains(other)))
    .slice(0, 5)
    .map((element) => element.tagName + '.' + String(element.className).split(' ').slice(0, 3).join('.') + ' "' + (element.textContent || '').slice(0, 40) + '"')`)) as string[];
  // The app shell eases its padding and navbar to the new width (a CSS transition): wait for the layout to
  // settle, then name whatever still sticks out.
  let sticking: string[] = [];
  await waitUntil('the phone layout to settle', async () => (sticking = await stickingOut()).length === 0, 5_000).catch(() => undefined);
  expect(sticking).toEqual([]);
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
  await page.setViewportSize(original);
}

/** The first weekday at least `days` ahead, at `hour`:00 in Amsterdam. */
function weekdayAt(days: number, hour: number): dayjs.Dayjs {
  let at = dayjs().tz(ZONE).add(days, 'day').hour(hour).minute(0).second(0).millisecond(0);
  while (at.day() === 0 || at.day() === 6) at = at.add(1, 'day');
  return at;
}

// The mentoring programme in the real app: a mentee asks, changes and withdraws; the admin reviews the run,
// pins, excludes, runs again, closes requests and publishes; the mentor accepts; the mentee moves the first
// meeting, logs a meeting and gives feedback; the admin sees outcomes and the score distribution.
describe('the web app for a mentoring programme', () => {
  const platform = new PlatformHarness();
  let browser: Browser;
  let admin: PersonFixture;
  let mia: PersonFixture;
  let mo: PersonFixture;
  let max: PersonFixture;
  let eva: PersonFixture;
  let roundId = '';

  beforeAll(async () => {
    await platform.start();
    browser = await launchChromium();
    [admin, mia, mo, max, eva] = await createPeople(platform.dataSource, [
      buildPerson({ name: 'Ada Admin', roles: ['EMPLOYEE', 'ADMIN'] }),
      buildPerson({ name: 'Mia Mentor', email: 'mia@mentoring.test', department: 'Platform' }),
      buildPerson({ name: 'Mo Mentor', email: 'mo@mentoring.test', department: 'Sales' }),
      buildPerson({ name: 'Max Mentee', email: 'max@mentoring.test', department: 'Finance' }),
      buildPerson({ name: 'Eva Mentee', email: 'eva@mentoring.test', department: 'Finance' }),
    ]);
    for (const mentor of [mia, mo]) {
      await platform.ok(mentor.id, `mutation { upsertMyMentorProfile(input: { capacity: 1, languages: ["en"], seniorityYears: 12, skillsOffered: [{ name: "TypeScript", level: 5 }] }) { capacity } }`);
    }
  });

  afterEach(async () => {
    await photographLeftovers(browser, expect.getState().currentTestName ?? 'test');
  });

  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  });

  const ask = `mutation($roundId: ID!) { createMyMenteeRequest(roundId: $roundId, input: { goals: "Grow in TypeScript", languages: ["en"], seniorityYears: 1, skillsWanted: [{ name: "TypeScript", level: 1 }] }) { id } }`;

  it('lets a mentee ask, change and withdraw a request until the round closes', async () => {
    const { openMentoringRound } = await platform.ok(admin.id, `mutation($input: OpenRoundInput!) { openMentoringRound(input: $input) { id } }`, {
      input: { name: 'Spring programme', deadline: dayjs().add(14, 'day').toISOString(), responseDays: 5 },
    });
    roundId = openMentoringRound.id;

    const mentee = await Person.signIn(browser, platform.baseUrl, 'Max Mentee', '/mentoring');
    const { page } = mentee;
    await page.getByRole('heading', { name: 'Spring programme' }).waitFor();
    await page.getByLabel('Your goals').fill('Write better TypeScript');
    await page.getByLabel('Your years of experience').fill('2');
    await page.getByRole('button', { name: /^Add a skill: Skills you want/ }).click();
    await page.getByRole('textbox', { name: /^Skill 1: Skills you want/ }).fill('TypeScript');
    await page.getByRole('textbox', { name: /^Level 1: Skills you want/ }).fill('2');
    await page.getByRole('button', { name: 'Ask for a mentor' }).click();
    await page.getByRole('status').filter({ hasText: 'Your request is in.' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // A change the API refuses (no skill left): its message stands next to the skills, the goals typed stay.
    await page.getByRole('button', { name: 'Change my request' }).click();
    expect(await page.getByLabel('Your goals').inputValue()).toBe('Write better TypeScript');
    await page.getByLabel('Your goals').fill('Lead a TypeScript team');
    await page.getByRole('button', { name: /^Remove this skill 1: Skills you want/ }).click();
    await page.getByRole('button', { name: 'Save my request' }).click();
    await page.getByRole('alert').filter({ hasText: /skill/i }).waitFor();
    expect(await page.getByLabel('Your goals').inputValue()).toBe('Lead a TypeScript team');
    await page.getByRole('button', { name: /^Add a skill: Skills you want/ }).click();
    await page.getByRole('textbox', { name: /^Skill 1: Skills you want/ }).fill('TypeScript');
    await page.getByRole('button', { name: 'Save my request' }).click();
    await seeText(page, 'Your request is changed.');
    await page.getByRole('status').filter({ hasText: 'Lead a TypeScript team' }).waitFor();
    const [request] = await platform.dataSource.query(`SELECT goals FROM mentee_request WHERE person_id = $1 AND round_id = $2`, [max.id, roundId]);
    expect(request.goals).toBe('Lead a TypeScript team');
    await screenshots(page, 'mentoring-request');
    await mentee.close();

    // Eva asks and withdraws; then she asks again, so both are in the round.
    await platform.ok(eva.id, ask, { roundId });
    const other = await Person.signIn(browser, platform.baseUrl, 'Eva Mentee', '/mentoring');
    await other.page.getByRole('button', { name: 'Withdraw my request' }).click();
    const dialog = other.page.getByRole('dialog', { name: 'Withdraw your request in Spring programme?' });
    expect(await seriousViolations(other.page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Withdraw' }).click();
    await seeText(other.page, 'Your request is withdrawn.');
    await other.page.getByRole('button', { name: 'Ask for a mentor' }).waitFor();
    expect(await platform.dataSource.query(`SELECT id FROM mentee_request WHERE person_id = $1`, [eva.id])).toEqual([]);
    await other.close();
    await platform.ok(eva.id, ask, { roundId });
  });

  let mentorName = '';

  it('lets an admin review a run, pin and exclude pairs, run again, close requests and publish', async () => {
    const ada = await Person.signIn(browser, platform.baseUrl, 'Ada Admin', '/admin/rounds');
    const { page } = ada;
    const card = page.locator('.mantine-Card-root').filter({ hasText: 'Spring programme' });
    await card.getByText(/^2 requests · /).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Spring programme' }).click();
    await page.getByRole('button', { name: 'Run the matching' }).click();
    await page.getByRole('button', { name: 'Publish to mentors' }).waitFor({ timeout: 90_000 });
    await page.getByRole('heading', { name: 'Review before publishing' }).waitFor();

    const maxPin = page.getByRole('button', { name: /^Pin Max Mentee with / });
    mentorName = (await maxPin.getAttribute('aria-label'))!.replace('Pin Max Mentee with ', '');
    const evaExclude = page.getByRole('button', { name: /^Exclude Eva Mentee with / });
    const evaMentor = (await evaExclude.getAttribute('aria-label'))!.replace('Exclude Eva Mentee with ', '');
    expect([mentorName, evaMentor].sort()).toEqual(['Mia Mentor', 'Mo Mentor']);
    expect(await seriousViolations(page)).toEqual([]);
    await maxPin.click();
    await page.getByRole('button', { name: `Unpin Max Mentee with ${mentorName}` }).waitFor();
    await evaExclude.click();
    await page.getByRole('button', { name: `Allow Eva Mentee with ${evaMentor} again` }).waitFor();

    // Run again: Max keeps his pinned mentor; Eva may not have the excluded one, and the other is full.
    await page.getByRole('button', { name: 'Run again' }).click();
    await seeText(page, 'The matching runs.');
    await page.getByText('Run 2:').waitFor({ timeout: 90_000 });
    await page.getByRole('heading', { name: `Max Mentee with ${mentorName}` }).waitFor();
    await seeText(page, 'The fitting mentors are full');
    expect(await page.getByRole('heading', { name: /^Eva Mentee with / }).count()).toBe(0);
    await page.getByRole('button', { name: `Allow Eva Mentee with ${evaMentor} again` }).click();
    await seeText(page, `Eva Mentee with ${evaMentor} may be matched again.`);
    const [rules] = await platform.dataSource.query(`SELECT count(*)::int AS rules FROM mentoring_pair_rule WHERE round_id = $1 AND kind = 'EXCLUDE'`, [roundId]);
    expect(rules.rules).toBe(0);

    await page.getByRole('button', { name: 'Close to requests' }).click();
    await seeText(page, /^Closed to requests on /);
    const [round] = await platform.dataSource.query(`SELECT requests_closed_at FROM mentoring_round WHERE id = $1`, [roundId]);
    expect(round.requests_closed_at).not.toBeNull();
    await page.getByRole('button', { name: 'Publish to mentors' }).click();
    await seeText(page, 'Published: mentors get their proposals.');
    await page.getByRole('heading', { name: 'Score distribution' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await fitsPhone(page);
    await screenshots(page, 'mentoring-review');
    await ada.close();
  });

  it('lets the mentor accept, and the mentee move the first meeting, log a meeting, set meeting times and give feedback', async () => {
    const mentor = await Person.signIn(browser, platform.baseUrl, mentorName, '/mentoring');
    await mentor.page.getByRole('heading', { name: 'Max Mentee' }).waitFor();
    // Each reason's points whole in its badge ("+1000", not "+").
    await mentor.page.getByRole('table', { name: 'Reasons' }).waitFor();
    expect(await clippedLabelsAtEachWidth(mentor.page)).toEqual([]);
    await mentor.page.getByRole('button', { name: 'Accept' }).click();
    await seeText(mentor.page, 'You mentor Max Mentee.');
    await mentor.close();

    const mentee = await Person.signIn(browser, platform.baseUrl, 'Max Mentee', '/mentoring');
    const { page } = mentee;
    await seeText(page, `Your mentor ${mentorName}`);
    await page.getByRole('link', { name: 'Meetings and log' }).click();
    await page.waitForURL(/\/mentoring\/matches\/[0-9a-f-]{36}$/);
    const matchId = page.url().split('/').pop()!;
    await seeText(page, /First meeting: /);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await clippedLabelsAtEachWidth(page)).toEqual([]);

    // A Saturday evening is outside both working weeks: the API's message stands at the day, nothing moves.
    const [before] = await platform.dataSource.query(`SELECT meeting_starts_at FROM mentor_match WHERE id = $1`, [matchId]);
    let saturday = dayjs().tz(ZONE).add(3, 'day');
    while (saturday.day() !== 6) saturday = saturday.add(1, 'day');
    await page.getByLabel('Day').first().fill(saturday.format('YYYY-MM-DD'));
    await page.getByLabel('Day').first().press('Tab');
    await page.getByLabel('Start time').first().fill('20:00');
    await page.getByRole('button', { name: 'Move the meeting' }).click();
    await page.getByText(/outside .* working hours/).waitFor();
    const [unmoved] = await platform.dataSource.query(`SELECT meeting_starts_at FROM mentor_match WHERE id = $1`, [matchId]);
    expect(unmoved.meeting_starts_at).toEqual(before.meeting_starts_at);
    const newStart = weekdayAt(4, 15);
    await page.getByLabel('Day').first().fill(newStart.format('YYYY-MM-DD'));
    await page.getByLabel('Day').first().press('Tab');
    await page.getByLabel('Start time').first().fill('15:00');
    await page.getByRole('button', { name: 'Move the meeting' }).click();
    await seeText(page, 'The meeting is moved.');
    await waitUntil('the meeting to have moved', async () => {
      const [row] = await platform.dataSource.query(`SELECT meeting_starts_at FROM mentor_match WHERE id = $1`, [matchId]);
      return new Date(row.meeting_starts_at).getTime() === newStart.valueOf();
    });

    // An hour passes after the acceptance, so a meeting logged "now" lies inside the match.
    await platform.dataSource.query(`UPDATE mentor_match SET decided_at = decided_at - interval '1 hour' WHERE id = $1`, [matchId]);
    // Logging: two minutes is refused next to the duration, the note typed stays; then it is logged.
    await page.getByLabel('Duration (minutes)').fill('2');
    await page.getByLabel('Note').fill('Talked about generics');
    await page.getByRole('button', { name: 'Log the meeting' }).click();
    await page.getByLabel('Duration (minutes)').and(page.locator('[aria-invalid="true"]')).waitFor();
    expect(await page.getByLabel('Note').inputValue()).toBe('Talked about generics');
    await page.getByLabel('Duration (minutes)').fill('45');
    await page.getByRole('button', { name: 'Log the meeting' }).click();
    await seeText(page, 'The meeting is logged.');
    await page.getByRole('table', { name: 'Meeting log' }).getByRole('cell', { name: 'Talked about generics' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await fitsPhone(page);
    await screenshots(page, 'mentoring-match');

    // Meeting times on the history page: a bad link is refused at the field; then a link and a shorter week.
    await page.getByRole('link', { name: 'My matches', exact: true }).click();
    await page.getByRole('heading', { name: 'My matches' }).waitFor();
    await page.getByLabel('My online meeting link').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Save my link' }).click();
    await page.locator('[id$="-error"]').filter({ hasText: /https:\/\// }).waitFor();
    expect(await page.getByLabel('My online meeting link').inputValue()).toBe('javascript:alert(1)');
    await page.getByLabel('My online meeting link').fill('https://meet.example.test/max');
    await page.getByRole('button', { name: 'Save my link' }).click();
    await seeText(page, 'Your meeting link is saved.');
    await page.getByRole('checkbox', { name: 'Wednesday' }).uncheck();
    await page.getByLabel('Friday until').fill('13:00');
    await page.getByRole('button', { name: 'Save my working hours' }).click();
    await seeText(page, 'Your working hours are saved.');
    const [person] = await platform.dataSource.query(`SELECT meeting_url, working_hours FROM person WHERE id = $1`, [max.id]);
    expect(person.meeting_url).toBe('https://meet.example.test/max');
    expect(person.working_hours).toEqual([
      { weekday: 1, start: '09:00', end: '17:00' },
      { weekday: 2, start: '09:00', end: '17:00' },
      { weekday: 4, start: '09:00', end: '17:00' },
      { weekday: 5, start: '09:00', end: '13:00' },
    ]);
    expect(await seriousViolations(page)).toEqual([]);

    // The match's weeks pass: its time is up, and the worker's schedule completes it.
    await platform.dataSource.query(`UPDATE mentor_match SET runs_until = now() WHERE id = $1`, [matchId]);
    await waitUntil(
      'the worker to complete the match',
      async () => (await platform.dataSource.query(`SELECT status FROM mentor_match WHERE id = $1`, [matchId]))[0].status === 'COMPLETED',
      150_000,
    );
    await page.reload();
    await page.getByRole('heading', { name: 'Ended' }).waitFor();
    await seeText(page, 'Completed');
    await fitsPhone(page);
    await screenshots(page, 'mentoring-history');
    await page.getByRole('link', { name: `Your mentor ${mentorName}` }).click();
    await page.getByRole('heading', { name: 'Your feedback' }).waitFor();
    await page.getByRole('button', { name: 'Give my feedback' }).click();
    await seeText(page, 'Pick a rating from 1 to 5.');
    await page.getByLabel('Comment (optional)').fill('Worth every hour');
    await page.getByRole('radio', { name: '4' }).check();
    await page.getByRole('button', { name: 'Give my feedback' }).click();
    await seeText(page, 'Thank you for your feedback.');
    await seeText(page, 'You rated this match 4 out of 5.');
    const [feedback] = await platform.dataSource.query(`SELECT rating, comment FROM mentoring_feedback WHERE match_id = $1 AND person_id = $2`, [matchId, max.id]);
    expect(feedback).toEqual({ rating: 4, comment: 'Worth every hour' });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'mentoring-feedback');
    await mentee.close();
  });

  it('shows the admin the outcomes: figures hidden under five, and the score distribution', async () => {
    const ada = await Person.signIn(browser, platform.baseUrl, 'Ada Admin', `/admin/rounds/${roundId}`);
    const { page } = ada;
    await page.getByRole('heading', { name: 'Outcomes' }).waitFor();
    // The distribution counts the points the pair's breakdown shows (the hidden criteria's are left out).
    const [score] = await platform.dataSource.query(
      `SELECT (SELECT coalesce(sum((line->>'points')::int), 0) FROM jsonb_array_elements(breakdown) AS line
               WHERE line->>'criterion' IN ('skillFit', 'acrossDepartments', 'acrossSites', 'seniorityGap')) AS score
       FROM mentor_match WHERE round_id = $1 AND status = 'COMPLETED'`,
      [roundId],
    );
    const from = Math.floor(score.score / 100) * 100;
    await seeText(page, 'Matches per 100 points of score, over the 1 match of the round that was not declined or expired (proposed, accepted, completed or ended).');
    await page.getByRole('figure', { name: 'Score distribution' }).getByText(`${from}–${from + 99}`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'mentoring-outcomes');
    await ada.close();
    expect(mo.id).toBeDefined();
  });
});
