// What every browser test shares: the stack started by tests/support/portal-stack-setup.ts, a headless Debian
// Chromium driven by playwright-core (never a browser downloaded by a tool), and a few page helpers.
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

export const stack = inject('portalStack');
export const PORTAL = stack.portalUrl;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-quic',
  '--no-first-run',
  '--disable-sync',
];

/** Launches the system Chromium (CHROMIUM_PATH overrides /usr/bin/chromium). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** One browser for the test file, closed after it. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not started yet');
    return browser;
  };
}

/**
 * A new page in a fresh context on the portal. Every dialog (alert, confirm, prompt) a page opens is recorded
 * and dismissed, and every uncaught page error too: tests assert that there is none.
 */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ baseURL: PORTAL, locale: 'en-GB', ...options });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, context, dialogs, errors, close: () => context.close() };
}

/** The result count the listings page shows (its data-count). */
export async function resultCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('result-count').getAttribute('data-count'));
}

/** The titles of the result cards, in order. */
export function resultTitles(page: Page): Promise<string[]> {
  return page.locator('[data-testid="result-list"] [data-testid="listing-card"] :is(h2, h3) a').allTextContents().then((all) => all.map((t) => t.trim()));
}

/** The addresses of the result cards' listings, in order (unique, unlike titles). */
export function resultLinks(page: Page): Promise<string[]> {
  return page.locator('[data-testid="result-list"] [data-testid="listing-card"] :is(h2, h3) a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

/** The place lines ("Town, Country") of the result cards. */
export function resultPlaces(page: Page): Promise<string[]> {
  return page.locator('[data-testid="result-list"] [data-testid="listing-card"] .card-meta li:first-child').allTextContents().then((all) => all.map((t) => t.trim()));
}

/** The path and query of the page's URL (without the origin). */
export function pathAndQuery(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

/** Fetches a portal path without a browser. */
export async function get(pathname: string, init: RequestInit = {}) {
  const response = await fetch(PORTAL + pathname, { redirect: 'manual', ...init });
  const body = await response.text();
  return { status: response.status, headers: response.headers, body };
}

/** The file of axe-core to inject into pages. */
export const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Asserts that a page has neither opened a dialog nor thrown. */
export function expectQuiet(session: { dialogs: string[]; errors: string[] }) {
  expect(session.dialogs, 'dialogs opened by the page').toEqual([]);
  expect(session.errors, 'uncaught errors in the page').toEqual([]);
}
