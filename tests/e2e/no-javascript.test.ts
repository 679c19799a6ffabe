// The portal with JavaScript disabled: the search is a plain GET form, facets apply with their button, a
// listing opens and the language menu (a <details> of plain links) works.
import { countryName, type CountryCode } from '@community-sharing/config';
import { describe, expect, it } from 'vitest';
import { newPage, pathAndQuery, resultCount, resultLinks, resultPlaces, resultTitles, stack, useBrowser } from './browser';

const browser = useBrowser();
const { foreignListing, uniqueWord } = stack;

describe('without JavaScript', () => {
  it('searches, filters, opens a listing and switches language with plain requests', async () => {
    const session = await newPage(browser(), { javaScriptEnabled: false });
    const { page } = session;
    let loads = 0;
    page.on('load', () => loads++);

    // The search form: words, then the submit button, answered by a GET of the same page.
    await page.goto('/en/listings');
    const total = await resultCount(page);
    await page.locator('#q').fill(uniqueWord);
    await Promise.all([page.waitForURL((url) => url.searchParams.get('q') === uniqueWord), page.locator('.search-box button[type="submit"]').click()]);
    expect(new URL(page.url()).pathname).toBe('/en/listings');
    expect(await resultCount(page)).toBe(1);
    expect(await resultTitles(page)).toEqual([foreignListing.title]);

    // A facet: tick a country and apply; the words stay.
    await page.locator('#q').fill('');
    await Promise.all([page.waitForURL((url) => !url.searchParams.get('q')), page.locator('.search-box button[type="submit"]').click()]);
    expect(await resultCount(page)).toBe(total);
    const apply = page.locator('[data-search-facets] button[type="submit"]');
    expect(await apply.isVisible(), 'the "apply filters" button is shown without JavaScript').toBe(true);
    const box = page.locator('[data-testid="facet-country"] input[type="checkbox"]').first();
    const country = (await box.getAttribute('value')) as CountryCode;
    await box.check();
    // Nothing happens until the form is submitted.
    expect(new URL(page.url()).searchParams.getAll('country')).toEqual([]);
    await Promise.all([page.waitForURL((url) => url.searchParams.getAll('country').includes(country)), apply.click()]);
    const count = await resultCount(page);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(total);
    expect(await page.locator(`[data-testid="facet-country"] input[value="${country}"]`).isChecked()).toBe(true);
    for (const place of await resultPlaces(page)) expect(place).toMatch(new RegExp(`, ${countryName(country, 'en')}$`));

    // A listing opens from the results.
    const first = page.locator('[data-testid="result-list"] [data-testid="listing-card"] :is(h2, h3) a').first();
    const title = (await first.textContent())!.trim();
    const href = (await first.getAttribute('href'))!;
    await Promise.all([page.waitForURL(`**${href}`), first.click()]);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.getByTestId('listing-facts').isVisible()).toBe(true);

    // The language menu opens (a <details>) and its links lead to the same listing in another language.
    const switcher = page.getByTestId('language-switcher');
    await switcher.locator('summary').click();
    const deutsch = switcher.getByRole('link', { name: 'Deutsch', exact: true });
    expect(await deutsch.isVisible()).toBe(true);
    await Promise.all([page.waitForURL('**/de/listings/**'), deutsch.click()]);
    expect(pathAndQuery(page)).toBe(href.replace(/^\/en\//, '/de/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.locator('h1').textContent()).toBe(title);

    // Every step above was a page load of its own.
    expect(loads).toBeGreaterThanOrEqual(6);
    await session.close();
  });

  it('pages through results with plain links and keeps the filters', async () => {
    const session = await newPage(browser(), { javaScriptEnabled: false });
    const { page } = session;
    await page.goto('/en/listings?type=offer');
    const first = await resultLinks(page);
    await Promise.all([page.waitForURL((url) => url.searchParams.get('page') === '2'), page.locator('[data-testid="pagination"] a[rel="next"]').click()]);
    expect(new URL(page.url()).searchParams.get('type')).toBe('offer');
    const second = await resultLinks(page);
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((t) => first.includes(t))).toEqual([]);
    expect(await page.locator('[data-testid="listing-card"][data-type="request"]').count()).toBe(0);
    await session.close();
  });
});
