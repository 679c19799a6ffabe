// Searching the listings with JavaScript on, as most visitors do: words, a country facet, pages, search as you
// type, and opening a listing from the results in the visitor's language.
import { countryName, cpvLabel, kindLabel, languageName, type CountryCode, type LocaleCode } from '@community-sharing/config';
import { describe, expect, it } from 'vitest';
import { expectQuiet, newPage, pathAndQuery, resultCount, resultLinks, resultPlaces, resultTitles, stack, useBrowser } from './browser';

const browser = useBrowser();
const { foreignListing, uniqueWord } = stack;

describe('search with JavaScript', () => {
  it('finds a listing by a word typed and submitted', async () => {
    const session = await newPage(browser());
    const { page } = session;
    await page.goto('/en/listings');
    const before = await resultCount(page);
    await page.locator('#q').fill(uniqueWord);
    await page.locator('#q').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === uniqueWord);
    await expect.poll(() => resultCount(page)).toBe(1);
    expect(before).toBeGreaterThan(1);
    expect(await resultTitles(page)).toEqual([foreignListing.title]);
    expectQuiet(session);
    await session.close();
  });

  it('narrows the results to a country ticked in the facets, and the URL says so', async () => {
    const session = await newPage(browser());
    const { page } = session;
    await page.goto('/en/listings');
    const total = await resultCount(page);
    // The country facet lists each country with its count; take the first one.
    const box = page.locator('[data-testid="facet-country"] input[type="checkbox"]').first();
    const country = (await box.getAttribute('value')) as CountryCode;
    await box.click();
    await page.waitForURL((url) => url.searchParams.getAll('country').includes(country));
    await expect.poll(() => resultCount(page)).not.toBe(total);
    const count = await resultCount(page);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    // The swapped-in facets keep the box ticked.
    await expect.poll(() => page.locator(`[data-testid="facet-country"] input[value="${country}"]`).isChecked()).toBe(true);
    const places = await resultPlaces(page);
    expect(places.length).toBe(Math.min(count, 20));
    const name = countryName(country, 'en');
    for (const place of places) expect(place, `a result of ${country}`).toMatch(new RegExp(`, ${name}$`));
    expectQuiet(session);
    await session.close();
  });

  it('pages through the results', async () => {
    const session = await newPage(browser());
    const { page } = session;
    await page.goto('/en/listings');
    const total = await resultCount(page);
    expect(total).toBeGreaterThan(20);
    const first = await resultLinks(page);
    expect(first).toHaveLength(20);
    await page.locator('[data-testid="pagination"] a[rel="next"]').click();
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    await expect.poll(() => resultLinks(page)).not.toEqual(first);
    const second = await resultLinks(page);
    expect(second.length).toBe(Math.min(20, total - 20));
    expect(second.filter((title) => first.includes(title))).toEqual([]);
    await expect.poll(() => page.locator('[data-testid="pagination"] [aria-current="page"]').textContent()).toBe('2');
    // The page is a real address: loaded afresh it shows the same results.
    await page.reload();
    expect(await resultLinks(page)).toEqual(second);
    expectQuiet(session);
    await session.close();
  });

  it('updates the results while the visitor types, without loading a page, and announces the count', async () => {
    const session = await newPage(browser());
    const { page } = session;
    await page.goto('/en/listings');
    const total = await resultCount(page);
    // A page load would lose this mark.
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    // history.replaceState is a same-document navigation; a page load would also fire 'load'.
    let loads = 0;
    page.on('load', () => loads++);
    await page.locator('#q').pressSequentially(uniqueWord, { delay: 20 });
    // The address follows the whole word once typing pauses, so the search can be shared. (A prefix of the word
    // already finds the one listing: waiting on the count alone would look at a search still catching up.)
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 10_000 }).toBe(uniqueWord);
    await expect.poll(() => resultCount(page), { timeout: 10_000 }).toBe(1);
    expect(total).toBeGreaterThan(1);
    expect(await resultTitles(page)).toEqual([foreignListing.title]);
    const countText = (await page.getByTestId('result-count').textContent())!.trim();
    expect(countText).toBe('1 listing found');
    // The polite live region says the new count.
    const status = page.locator('[data-search-status]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => status.textContent().then((t) => t?.trim())).toBe(countText);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    expect(loads, 'page loads while typing').toBe(0);
    // The focus stays in the box.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    expectQuiet(session);
    await session.close();
  });
});

describe('a listing opened from the results', () => {
  const cases: { locale: LocaleCode; kind: string; cpv: string }[] = [
    { locale: 'en', kind: 'Equipment', cpv: 'Firefighting vehicles' },
    { locale: 'bg', kind: 'Оборудване', cpv: 'Пожарни коли' },
    { locale: 'el', kind: 'Εξοπλισμός', cpv: 'Πυροσβεστικά οχήματα' },
  ];
  it.each(cases)('shows kind and category in $locale and the German text marked as German', async ({ locale, kind, cpv }) => {
    // The expectations are spelt out above; the shared vocabulary must agree with them.
    expect(kindLabel('equipment', locale)).toBe(kind);
    expect(cpvLabel('34144210', locale)?.label).toBe(cpv);
    const session = await newPage(browser());
    const { page } = session;
    await page.goto(`/${locale}/listings?q=${encodeURIComponent(uniqueWord)}`);
    await page.locator('[data-testid="result-list"] [data-testid="listing-card"] :is(h2, h3) a').first().click();
    await page.waitForURL(`**/${locale}/listings/${foreignListing.slug}`);
    expect(pathAndQuery(page)).toBe(`/${locale}/listings/${foreignListing.slug}`);

    const listing = page.getByTestId('listing');
    expect(await listing.getAttribute('data-type')).toBe('offer');
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    // Structured fields in the visitor's language.
    const facts = page.getByTestId('listing-facts');
    expect(await facts.locator('dd').first().textContent()).toBe(kind);
    expect(await facts.textContent()).toContain(cpv);
    expect(await facts.textContent()).toContain('34144210');
    expect(await listing.locator('.page-head .tags').textContent()).toContain(kind);
    // The member's text as written, marked as German, with a badge that names German in the visitor's language.
    const heading = page.locator('h1');
    expect(await heading.textContent()).toBe(foreignListing.title);
    expect(await heading.getAttribute('lang')).toBe('de');
    expect(await page.getByTestId('listing-description').getAttribute('lang')).toBe('de');
    const badge = page.getByTestId('untranslated-notice').getByTestId('language-badge');
    expect(await badge.getAttribute('data-language')).toBe('de');
    expect((await badge.textContent())!.toLocaleLowerCase(locale)).toContain(languageName('de', locale).toLocaleLowerCase(locale));
    expect(await badge.isVisible()).toBe(true);
    expectQuiet(session);
    await session.close();
  });

  it('shows no language badge to a visitor who reads the listing in its own language', async () => {
    const session = await newPage(browser());
    await session.page.goto(`/de/listings/${foreignListing.slug}`);
    expect(await session.page.locator('h1').getAttribute('lang')).toBeNull();
    expect(await session.page.getByTestId('untranslated-notice').count()).toBe(0);
    await session.close();
  });
});
