// A member's matches in Debian Chromium: the Bulgarian request for a fire engine meets the German offer of one
// (same CPV code, across languages); its page shows the score, the reasons in the reader's language and the
// match's state, which the member changes with plain forms (the page ships no script); axe finds nothing.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/portal-stack-data';
import { axeViolations, formatViolations } from './accessibility';
import { expectQuiet, newPage, stack, useBrowser } from './browser';

const browser = useBrowser();
const BULGARIAN = 'member.bg@demo.community-sharing.eu';

async function logIn(page: Page, email: string) {
  await page.goto('/en/login');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await Promise.all([page.waitForURL('**/en/dashboard'), page.getByTestId('login-form').locator('button[type="submit"]').click()]);
}

describe('the matches of a listing', () => {
  it('shows the German offer with its reasons in English and Bulgarian, and keeps the state the member sets', async () => {
    // bypassCSP: only so that axe-core can be injected into the page.
    const session = await newPage(browser(), { bypassCSP: true });
    const { page } = session;
    await logIn(page, BULGARIAN);
    const matchesPage = (locale: string) => `/${locale}/dashboard/listings/${stack.matchingRequest.documentId}/matches`;
    await page.goto(matchesPage('en'));
    expect(await page.locator('h1').textContent()).toBe('Offers that could meet this request');
    const match = page.getByTestId('match').filter({ hasText: stack.foreignListing.title });
    expect(await match.count()).toBe(1);
    expect(await match.getAttribute('data-state')).toBe('new');
    expect(await match.getByTestId('match-score').textContent()).toMatch(/^\d{1,3} % match$/);
    const reasons = (await match.getByTestId('match-reasons').textContent())!;
    expect(reasons).toMatch(/^Same item: /);
    expect(reasons).toMatch(/\d km away/);
    expect((await page.locator('main').textContent())!).not.toMatch(/reason\.|match\./); // no untranslated key

    // Dismiss it: a plain form, answered by the same page with the new state said.
    await Promise.all([page.waitForURL(/updated=dismissed/), match.getByRole('button', { name: /^Dismiss/ }).click()]);
    expect(await page.getByTestId('match-updated').textContent()).toBe('The match is marked “Dismissed”.');
    const dismissed = page.getByTestId('match').filter({ hasText: stack.foreignListing.title });
    expect(await dismissed.getAttribute('data-state')).toBe('dismissed');
    expect(await dismissed.getByRole('button', { name: /^Dismiss/ }).count()).toBe(0);
    const violations = await axeViolations(page);
    expect(violations.length, formatViolations(page.url(), violations)).toBe(0);

    // The same page in Bulgarian: the reasons in Bulgarian, the German offer's title as it was written.
    await page.goto(matchesPage('bg'));
    const bg = page.getByTestId('match').filter({ hasText: stack.foreignListing.title });
    expect(await bg.getByTestId('match-reasons').textContent()).toMatch(/^[\p{Script=Cyrillic}\s]+: .*км/u);
    expect(await bg.getByTestId('match-state').textContent()).toMatch(/\p{Script=Cyrillic}/u);
    await Promise.all([page.waitForURL(/updated=contacted/), bg.locator('button').filter({ hasText: /\p{Script=Cyrillic}/u }).last().click()]);
    expect(await page.getByTestId('match').filter({ hasText: stack.foreignListing.title }).getAttribute('data-state')).toBe('contacted');
    // The listing's own page leads its municipality to these matches instead of offering to answer itself.
    await page.goto(`/en/listings/${stack.matchingRequest.slug}`);
    expect(await page.getByTestId('answer-action').count()).toBe(0);
    await Promise.all([page.waitForURL('**/matches'), page.getByTestId('own-matches').click()]);
    expect(await page.getByTestId('match').count()).toBeGreaterThan(0);
    expectQuiet(session);
    await session.close();
  });

  it('is not shown to another municipality', async () => {
    const session = await newPage(browser());
    const { page } = session;
    await logIn(page, 'member.de@demo.community-sharing.eu');
    const response = await page.goto(`/en/dashboard/listings/${stack.matchingRequest.documentId}/matches`);
    expect(response?.status()).toBe(404);
    await session.close();
  });
});
