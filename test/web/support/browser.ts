import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Screenshots for people to look at; git-ignored. */
export const ARTIFACTS = path.join(ROOT, 'artifacts/web');
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** Debian's Chromium, headless, with nothing that reaches the internet on its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--headless'],
  });
}

/** One person in their own browser context (their own cookie jar), signed in through the sign-in page. */
export class Person {
  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly name: string,
  ) {}

  static async signIn(browser: Browser, baseUrl: string, name: string, returnTo = '/', viewport = DESKTOP): Promise<Person> {
    const context = await browser.newContext({ baseURL: baseUrl, viewport, locale: 'en-GB', timezoneId: 'Europe/Amsterdam' });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    const person = new Person(context, page, name);
    await person.signInOnPage(returnTo);
    return person;
  }

  /** From the sign-in page (development mode lists the people): sign in and land on returnTo. */
  async signInOnPage(returnTo: string): Promise<void> {
    if (!this.page.url().includes('/sign-in')) await this.page.goto(`/sign-in?${new URLSearchParams({ returnTo })}`);
    await this.page.getByRole('button', { name: `Sign in as ${this.name}` }).click();
    await this.page.waitForURL((url) => `${url.pathname}${url.search}` === returnTo);
    await this.page.getByRole('button', { name: `Account of ${this.name}` }).waitFor();
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/**
 * After each test: a picture of every page a failed test left open (a passing test closes its people),
 * then those contexts closed, so the next test starts clean.
 */
export async function photographLeftovers(browser: Browser | undefined, testName: string): Promise<void> {
  if (!browser) return;
  await mkdir(ARTIFACTS, { recursive: true });
  let index = 0;
  for (const context of browser.contexts()) {
    for (const page of context.pages()) {
      index += 1;
      await page.screenshot({ path: path.join(ARTIFACTS, `failed-${testName.replace(/\W+/g, '-').slice(-70)}-${index}.png`), fullPage: true }).catch(() => undefined);
    }
    await context.close();
  }
}

/** Waits until the page shows the text (a notification, a badge, a status line). */
export async function seeText(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).first().waitFor({ state: 'visible' });
}

/**
 * No skeletons left: the page's data has arrived, no button is still loading, no toast covers the page, and
 * the CSS transitions under way (a button's label fading back in) have finished, so axe measures the colours
 * a person sees.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' }).catch(() => undefined);
  await page.locator('[data-loading]').first().waitFor({ state: 'detached' }).catch(() => undefined);
  // A success toast closes by itself after a few seconds; until then it may cover a button, which axe
  // would measure against the toast's white instead of the button's own colour.
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => undefined);
  // A string: this file is type-checked without the DOM library; it runs in the page.
  await page.evaluate('Promise.all(document.getAnimations().filter((animation) => animation instanceof CSSTransition).map((animation) => animation.finished.catch(() => null))).then(() => true)');
}

/**
 * axe-core on the page as it is now; returns the serious and critical violations (expected: none).
 * `exclude` leaves out parts the app does not render itself (GraphiQL's tab bar), named by CSS selector.
 */
export async function seriousViolations(page: Page, exclude: string[] = []): Promise<string[]> {
  await settled(page);
  const builder = new AxeBuilder({ page });
  for (const selector of exclude) builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    // The first node's summary says what axe measured (for contrast: the colours and the ratio it found).
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')} (${violation.nodes[0]?.failureSummary?.replace(/\s+/g, ' ') ?? ''})`);
}

/** The page at desktop and at phone width, as artifacts/web/<name>-desktop.png and -phone.png. */
export async function screenshots(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  const original = page.viewportSize() ?? DESKTOP;
  for (const [label, size] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    await page.setViewportSize(size);
    await settled(page);
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize(original);
}

/** Presses Tab until the element named `name` has the focus; fails after `limit` presses. */
export async function tabTo(page: Page, role: 'button' | 'textbox' | 'combobox' | 'link' | 'tab' | 'label', name: string | RegExp, limit = 60): Promise<void> {
  const target = role === 'label' ? page.getByLabel(name, { exact: true }) : page.getByRole(role, { name });
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement).catch(() => false)) return;
  }
  throw new Error(`${role} "${name}" never got the focus after ${limit} presses of Tab`);
}

/**
 * The badge and button labels on the page whose text does not fit their box (cut off, or ended with an
 * ellipsis): expected none. Their text content is whole either way; only the widths tell.
 */
export async function clippedLabels(page: Page): Promise<string[]> {
  // A string: this file is type-checked without the DOM library; it runs in the page.
  return page.evaluate(`[...document.querySelectorAll('.mantine-Badge-label, .mantine-Button-label')]
    .filter((label) => label.offsetParent !== null && label.scrollWidth > label.clientWidth + 1)
    .map((label) => label.textContent)`) as Promise<string[]>;
}

/** clippedLabels at desktop and at phone width, each named with its width; the page keeps its own size after. */
export async function clippedLabelsAtEachWidth(page: Page): Promise<string[]> {
  const original = page.viewportSize() ?? DESKTOP;
  const clipped: string[] = [];
  for (const [label, size] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    await page.setViewportSize(size);
    await settled(page);
    clipped.push(...(await clippedLabels(page)).map((text) => `${label}: ${text}`));
  }
  await page.setViewportSize(original);
  return clipped;
}
