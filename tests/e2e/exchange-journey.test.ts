// An exchange end to end, in Debian Chromium against the whole stack (built portal, compiled CMS): a Bulgarian
// municipality asks for a German offer with a message, the German one accepts (a second, stale tab of its own
// gets the 409 message), they write to each other and agree on the hand-over, both confirm, each sees it
// completed, one records the impact, and the public impact page counts one completed exchange more. A third
// municipality is refused the exchange's page; a message carries a photo; axe checks the exchange page and the dashboard with notifications.
import { Buffer } from 'node:buffer';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, THIRD_MEMBER } from '../support/portal-stack-data';
import { axeViolations, formatViolations } from './accessibility';
import { expectQuiet, newPage, stack, useBrowser } from './browser';

const browser = useBrowser();
const GERMAN = 'member.de@demo.community-sharing.eu';
const BULGARIAN = 'member.bg@demo.community-sharing.eu';
// A real 1×1 PNG, attached to a message as a hand-over photo.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

async function expectAccessible(page: Page) {
  const violations = await axeViolations(page);
  expect(violations.length, formatViolations(page.url(), violations)).toBe(0);
}

async function logIn(page: Page, email: string) {
  await page.goto('/en/login');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await Promise.all([page.waitForURL('**/en/dashboard'), page.getByTestId('login-form').locator('button[type="submit"]').click()]);
}

/** The public impact page's count of completed exchanges. */
async function completedOnImpactPage(page: Page): Promise<number> {
  await page.goto('/en/impact');
  const text = await page.locator('[data-testid="impact-totals"] [data-figure="completed"] .figure-number').textContent();
  return Number((text ?? '').replace(/\D/g, ''));
}

/** Submits the exchange page's form for one action and waits for the page that answers. */
async function act(page: Page, testid: string) {
  await Promise.all([page.waitForNavigation(), page.getByTestId(testid).click()]);
}

describe('an exchange between two municipalities', () => {
  it('goes from request to completion, with messages, hand-over, confirmations and impact', async () => {
    const bg = await newPage(browser(), { bypassCSP: true });
    const de = await newPage(browser(), { bypassCSP: true });
    for (const page of [bg.page, de.page]) page.setDefaultTimeout(20_000);
    const before = await completedOnImpactPage(bg.page);

    // The featured offer is on the home page, above the latest offers.
    await bg.page.goto('/en');
    expect(await bg.page.getByTestId('featured-listings').textContent()).toContain(stack.exchangeListing.title);

    // The Bulgarian member asks for the German offer with a message.
    await logIn(bg.page, BULGARIAN);
    await bg.page.goto(`/en/listings/${stack.exchangeListing.slug}/answer`);
    await bg.page.locator('#message').fill('Добър ден! We would collect four desks in May.');
    await Promise.all([bg.page.waitForURL('**/en/dashboard?done=answered'), bg.page.getByTestId('answer-form').locator('button[type="submit"]').click()]);
    const bgRow = bg.page.getByTestId('dashboard-exchange').filter({ hasText: stack.exchangeListing.title });
    expect(await bgRow.getAttribute('data-state')).toBe('requested');
    await Promise.all([bg.page.waitForURL('**/en/dashboard/exchanges/*'), bgRow.getByTestId('exchange-link').click()]);
    const exchangeUrl = new URL(bg.page.url()).pathname;
    expect(await bg.page.getByTestId('exchange-actions').textContent()).toContain('Withdraw our request');
    expect(await bg.page.getByTestId('exchange-accept').count()).toBe(0);

    // The German member is told (a notification on the dashboard and a count in the header) and opens the exchange.
    await logIn(de.page, GERMAN);
    expect(Number(await de.page.getByTestId('unread-badge').textContent())).toBeGreaterThan(0);
    expect(await de.page.getByTestId('my-municipality').textContent()).toMatch(/unread notification/);
    const notification = de.page.getByTestId('notification').first();
    expect(await notification.getAttribute('data-read')).toBe('false');
    await expectAccessible(de.page);
    // Opening the notification leads to the exchange and marks it read: one fewer in the header.
    const unread = async () => ((await de.page.getByTestId('unread-badge').count()) ? Number(await de.page.getByTestId('unread-badge').textContent()) : 0);
    const unreadBefore = await unread();
    await Promise.all([de.page.waitForURL(`**${exchangeUrl}`), notification.getByRole('link').click()]);
    expect(await unread()).toBe(unreadBefore - 1);
    expect(await de.page.getByTestId('exchange-messages').textContent()).toContain('We would collect four desks');
    expect(await de.page.getByTestId('exchange-state-value').getAttribute('data-state')).toBe('requested');

    // A second tab of the German member, left open on the request: it goes stale when the first accepts.
    const staleTab = await de.context.newPage();
    await staleTab.goto(exchangeUrl);
    await act(de.page, 'exchange-accept');
    expect(await de.page.getByTestId('exchange-state-value').getAttribute('data-state')).toBe('accepted');
    await act(staleTab, 'exchange-accept');
    expect(await staleTab.getByTestId('exchange-stale').textContent()).toContain('Someone else changed this exchange');
    expect(await staleTab.getByTestId('exchange-state-value').getAttribute('data-state')).toBe('accepted');
    await staleTab.close();

    // A message each way, and the hand-over (a missing place is fine; a wrong date is refused beside its field).
    await de.page.locator('#messageBody').fill('Gern! Abholung im Bauhof, Tor 2.');
    await act(de.page, 'message-form-submit');
    expect(await de.page.getByTestId('exchange-done').textContent()).toBe('Your message is sent.');
    await de.page.locator('#handoverDate').fill('2027-05-14');
    await de.page.locator('#handoverPlace').fill('Bauhof, Tor 2');
    await de.page.locator('#handoverTransport').fill('Collected by the Bulgarian municipality’s van');
    await act(de.page, 'handover-submit');
    expect(await de.page.getByTestId('exchange-handover').textContent()).toContain('Bauhof, Tor 2');

    await bg.page.goto(exchangeUrl);
    const thread = await bg.page.getByTestId('exchange-message').allTextContents();
    expect(thread.at(-1)).toContain('Abholung im Bauhof');
    expect(await bg.page.getByTestId('exchange-handover').textContent()).toContain('Bauhof, Tor 2');
    await bg.page.locator('#messageBody').fill('Благодарим! See you on 14 May.');
    await bg.page.locator('#attachments').setInputFiles({ name: 'protokol.png', mimeType: 'image/png', buffer: PNG });
    await act(bg.page, 'message-form-submit');
    const last = bg.page.getByTestId('exchange-message').last();
    expect(await last.textContent()).toContain('See you on 14 May');
    expect(await last.getByRole('link', { name: 'protokol.png' }).count()).toBe(1);
    await expectAccessible(bg.page);

    // A third municipality's member is refused the exchange.
    const third = await newPage(browser(), { bypassCSP: true });
    await logIn(third.page, THIRD_MEMBER.email);
    const refused = await third.page.goto(exchangeUrl);
    expect(refused?.status()).toBe(404);
    expect(await third.page.getByTestId('exchange-state-value').count()).toBe(0);
    await third.close();

    // Both confirm: the exchange is completed on both dashboards.
    await act(bg.page, 'exchange-confirm');
    expect(await bg.page.getByTestId('exchange-state-value').getAttribute('data-state')).toBe('accepted');
    expect(await bg.page.getByTestId('exchange-confirm').count()).toBe(0);
    await de.page.goto(exchangeUrl);
    await act(de.page, 'exchange-confirm');
    expect(await de.page.getByTestId('exchange-state-value').getAttribute('data-state')).toBe('completed');
    expect(await de.page.getByTestId('exchange-history').textContent()).toContain('The exchange is completed.');
    for (const page of [bg.page, de.page]) {
      await page.goto('/en/dashboard');
      expect(await page.getByTestId('dashboard-exchange').filter({ hasText: stack.exchangeListing.title }).getAttribute('data-state')).toBe('completed');
    }

    // The German member marks its notifications read: the count leaves the header.
    await Promise.all([de.page.waitForURL('**/en/dashboard?done=notificationsRead'), de.page.getByTestId('notifications-read-all').click()]);
    expect(await de.page.getByTestId('unread-badge').count()).toBe(0);
    expect(await de.page.locator('[data-testid="notification"][data-read="false"]').count()).toBe(0);

    // The receiving side records the impact (a typo first); the CMS computes the CO2e from the weight.
    await bg.page.goto(exchangeUrl);
    await bg.page.locator('#valueEur').fill('twelve');
    await act(bg.page, 'impact-submit');
    expect(await bg.page.locator('#valueEur').getAttribute('aria-invalid')).toBe('true');
    await bg.page.locator('#valueEur').fill('1200');
    await bg.page.locator('#massKg').fill('180,5');
    await bg.page.locator('#volunteerHours').fill('3');
    await act(bg.page, 'impact-submit');
    expect(await bg.page.getByTestId('exchange-done').textContent()).toBe('The impact figures are saved.');
    expect(await bg.page.locator('#massKg').inputValue()).toBe('180.5');
    expect(await bg.page.getByTestId('exchange-co2e').textContent()).toMatch(/kg CO2e/);
    await bg.page.locator('#rating').selectOption('5');
    await act(bg.page, 'feedback-submit');
    expect(await bg.page.getByTestId('my-feedback').textContent()).toContain('5 of 5');
    await expectAccessible(bg.page);

    // The public impact page counts it (the portal reuses the CMS's figures for up to a minute).
    let after = before;
    for (let attempt = 0; attempt < 20 && after === before; attempt += 1) {
      if (attempt > 0) await bg.page.waitForTimeout(5_000);
      after = await completedOnImpactPage(bg.page);
    }
    expect(after).toBe(before + 1);

    expectQuiet(bg);
    expectQuiet(de);
    await bg.close();
    await de.close();
  }, 300_000);
});
