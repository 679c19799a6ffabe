// The language switcher: the same page (path after the locale and query kept) in another language, with its
// <html lang> and the hreflang alternates of every locale.
import { LOCALES, LOCALE_CODES, type LocaleCode } from '@community-sharing/config';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PORTAL, expectQuiet, newPage, pathAndQuery, resultTitles, stack, useBrowser } from './browser';

const browser = useBrowser();
const { foreignListing, uniqueWord } = stack;

/** Opens the language menu and follows the link to `locale`. */
async function switchTo(page: Page, locale: LocaleCode) {
  const switcher = page.getByTestId('language-switcher');
  await switcher.locator('summary').click();
  const info = LOCALES.find((l) => l.code === locale)!;
  const link = switcher.getByRole('link', { name: info.name, exact: true });
  expect(await link.isVisible()).toBe(true);
  await link.click();
  await page.waitForURL((url) => url.pathname.startsWith(`/${locale}/`));
}

/** Checks the page's hreflang alternates: one per locale and x-default, each the same path and query. */
async function expectAlternates(page: Page, rest: string) {
  const alternates = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) =>
    links.map((link) => [link.getAttribute('hreflang')!, link.getAttribute('href')!] as const),
  );
  const expected = [...LOCALE_CODES.map((code) => [code, `${PORTAL}/${code}${rest}`] as const), ['x-default', `${PORTAL}/en${rest}`] as const];
  expect(alternates).toEqual(expected);
}

describe('the language switcher', () => {
  it('keeps the search (path and query) and changes the language of the page', async () => {
    const session = await newPage(browser());
    const { page } = session;
    const rest = `/listings?q=${uniqueWord}&country=DE`;
    await page.goto(`/en${rest}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const englishTitle = await page.title();
    await expectAlternates(page, rest);

    await switchTo(page, 'bg');
    expect(pathAndQuery(page)).toBe(`/bg${rest}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('bg');
    expect(await page.title()).not.toBe(englishTitle);
    expect(await page.locator('#q').inputValue()).toBe(uniqueWord);
    expect(await page.locator('[data-testid="facet-country"] input[value="DE"]').isChecked()).toBe(true);
    expect(await resultTitles(page)).toEqual([foreignListing.title]);
    await expectAlternates(page, rest);
    // The current language is marked in the menu.
    expect(await page.locator('[data-testid="language-switcher"] a[aria-current="true"]').getAttribute('hreflang')).toBe('bg');
    expectQuiet(session);
    await session.close();
  });

  it.each<[LocaleCode, LocaleCode]>([
    ['en', 'sr-Cyrl'],
    ['sr-Cyrl', 'el'],
    ['el', 'sr-Latn-ME'],
  ])('moves a listing page from %s to %s', async (from, to) => {
    const session = await newPage(browser());
    const { page } = session;
    const rest = `/listings/${foreignListing.slug}`;
    await page.goto(`/${from}${rest}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(from);
    await switchTo(page, to);
    expect(pathAndQuery(page)).toBe(`/${to}${rest}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(LOCALES.find((l) => l.code === to)!.intl);
    expect(await page.locator('h1').textContent()).toBe(foreignListing.title);
    await expectAlternates(page, rest);
    expectQuiet(session);
    await session.close();
  });

  it('keeps the page number of a search', async () => {
    const session = await newPage(browser());
    const { page } = session;
    await page.goto('/mt/listings?page=2');
    await switchTo(page, 'mk');
    expect(pathAndQuery(page)).toBe('/mk/listings?page=2');
    expect(await page.locator('html').getAttribute('lang')).toBe('mk');
    expect(await page.locator('[data-testid="pagination"] [aria-current="page"]').textContent()).toBe('2');
    await session.close();
  });
});
