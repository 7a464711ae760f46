import { jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { createPerson, createRoom, type PersonFixture } from '@kennis/testing';
import { PlatformHarness } from '../support/platform-harness';
import { launchChromium, Person, photographLeftovers, seeText } from './support/browser';

// A browser on a shared two-core machine: pages take seconds, not milliseconds.
jest.setTimeout(240_000);

// A refusal that no field of the page can show comes as a notification: a title people read in their
// language above the API's message, never the code (CONFLICT) that is meant for programs. A refusal also
// means the page was out of date, so it shows the session as it is now.
describe('the web app when the API refuses', () => {
  const platform = new PlatformHarness();
  let browser: Browser;
  let host: PersonFixture;

  beforeAll(async () => {
    await platform.start();
    browser = await launchChromium();
    host = await createPerson(platform.dataSource, { name: 'Hanna Host' });
    await createPerson(platform.dataSource, { name: 'Ada Attendee' });
  });

  afterEach(async () => {
    await photographLeftovers(browser, expect.getState().currentTestName ?? 'test');
  });

  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  });

  it('titles a refused join in plain words, in English and in Dutch, and shows the session as it is now', async () => {
    const room = await createRoom(platform.dataSource, { capacity: 10 });
    const sessionIds: string[] = [];
    for (const title of ['Cancelled under your nose', 'Geannuleerd terwijl je keek']) {
      const { proposeSession } = await platform.ok(host.id, `mutation($title: String!) { proposeSession(input: { title: $title, format: TALK, language: "en", capacity: 5, durationMinutes: 60 }) { id } }`, { title });
      await platform.ok(host.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
        input: { sessionId: proposeSession.id, roomId: room.id, startsAt: new Date(Date.now() + (72 + sessionIds.length * 3) * 3_600_000).toISOString() },
      });
      sessionIds.push(proposeSession.id as string);
    }
    const ada = await Person.signIn(browser, platform.baseUrl, 'Ada Attendee', `/sessions/${sessionIds[0]}`);
    const { page } = ada;
    await page.getByRole('button', { name: 'Join', exact: true }).waitFor();
    await platform.ok(host.id, `mutation($id: ID!) { cancelSession(sessionId: $id) { id } }`, { id: sessionIds[0] });
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    const englishAlert = page.getByRole('alert').filter({ hasText: 'Cannot join a cancelled session' });
    await englishAlert.waitFor();
    expect(await englishAlert.innerText()).toContain('Not possible right now');
    expect(await englishAlert.innerText()).not.toContain('CONFLICT');
    await seeText(page, 'This session was cancelled.');
    expect(await page.getByRole('button', { name: 'Join', exact: true }).count()).toBe(0);

    await page.getByText('NL', { exact: true }).click();
    await seeText(page, 'Ontdekken');
    await page.goto(`/sessions/${sessionIds[1]}`);
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).waitFor();
    await platform.ok(host.id, `mutation($id: ID!) { cancelSession(sessionId: $id) { id } }`, { id: sessionIds[1] });
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    const dutchAlert = page.getByRole('alert').filter({ hasText: 'Cannot join a cancelled session' });
    await dutchAlert.waitFor();
    expect(await dutchAlert.innerText()).toContain('Dat kan nu niet');
    expect(await dutchAlert.innerText()).not.toContain('CONFLICT');
    await seeText(page, 'Deze sessie is geannuleerd.');
    await ada.close();
  });
});
