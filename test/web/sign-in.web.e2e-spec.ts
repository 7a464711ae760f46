import { jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { freePort } from '@kennis/testing';
import { ApiHarness } from '../support/api-harness';
import { generateSigningKey, OidcTestProvider } from '../support/oidc-test-provider';
import { DESKTOP, launchChromium, photographLeftovers, screenshots, seeText, seriousViolations } from './support/browser';

// A browser on a shared two-core machine: pages take seconds, not milliseconds.
jest.setTimeout(240_000);

// The company sign-in in Chromium against a real OpenID provider (oidc-provider, in process): a person who
// cancels at the provider comes back to Kennis's sign-in page, which says what happened in words.
describe('the web app when a company sign-in fails', () => {
  const api = new ApiHarness();
  let provider: OidcTestProvider;
  let browser: Browser;
  let apiBase: string;

  beforeAll(async () => {
    const apiPort = await freePort();
    apiBase = `http://127.0.0.1:${apiPort}`;
    provider = new OidcTestProvider({
      clientId: 'kennis',
      clientSecret: 'kennis-test-client-secret',
      redirectUri: `${apiBase}/auth/callback`,
      postLogoutRedirectUri: `${apiBase}/`,
    });
    await provider.start([await generateSigningKey('key-1')]);
    await api.start({
      API_PORT: String(apiPort),
      PUBLIC_URL: apiBase,
      AUTH_MODE: 'oidc',
      OIDC_ISSUER_URL: provider.issuer,
      OIDC_CLIENT_ID: 'kennis',
      OIDC_CLIENT_SECRET: 'kennis-test-client-secret',
    });
    browser = await launchChromium();
  });

  afterEach(async () => {
    await photographLeftovers(browser, expect.getState().currentTestName ?? 'test');
  });

  afterAll(async () => {
    await browser?.close();
    await api.stop();
    await provider.stop();
  });

  it('brings a person who cancels at the provider back to the sign-in page with the reason, and lets them try again', async () => {
    const context = await browser.newContext({ baseURL: apiBase, viewport: DESKTOP, locale: 'en-GB', timezoneId: 'Europe/Amsterdam' });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    await page.goto('/sign-in?returnTo=%2Fmentoring');
    await page.getByRole('link', { name: 'Sign in with your company account' }).click();
    await page.waitForURL((url) => url.href.startsWith(provider.issuer));
    await page.getByRole('link', { name: '[ Cancel ]' }).click();

    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('failed') === 'denied');
    await seeText(page, 'You did not give Kennis access at your company account. Sign in again if you want to.');
    expect(await page.getByRole('alert').textContent()).toContain('You did not give Kennis access');
    expect(await page.getByRole('link', { name: 'Sign in with your company account' }).getAttribute('href')).toBe('/auth/sign-in?returnTo=%2Fmentoring');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(page, 'sign-in-denied');

    // A reason the page does not know (an old link, a hand-edited URL) still reads as a sentence.
    await page.goto('/sign-in?failed=made-up');
    await seeText(page, 'Signing in is not possible right now. Try again in a moment.');
    await context.close();
  });
});
