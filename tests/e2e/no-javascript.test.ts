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

describe('distance search without JavaScript', () => {
  it('finds listings near a municipality typed by name, nearest first, and says when the name is unknown', async () => {
    const directory = await (await fetch(`${stack.cmsUrl}/api/portal/municipalities?country=DE&pageSize=20`)).json();
    const place = directory.data.find((m: { lat: number | null; openListings: number }) => m.lat !== null && m.openListings > 0);
    const session = await newPage(browser(), { javaScriptEnabled: false });
    const { page } = session;
    await page.goto('/en/listings');
    await page.locator('#near').fill(place.name);
    await page.locator('#radius').selectOption('250');
    const apply = page.locator('[data-search-facets] button[type="submit"]');
    await Promise.all([page.waitForURL((url) => url.searchParams.get('near') === place.name), apply.click()]);
    expect(new URL(page.url()).searchParams.get('radius')).toBe('250');
    expect(await page.getByTestId('near-found').textContent()).toContain(place.name);
    expect(await page.getByTestId('sort').inputValue()).toBe('');
    expect(await page.locator('#sort option:checked').textContent()).toBe('Nearest first');
    // Every card says how far it is.
    const cards = await page.locator('[data-testid="result-list"] [data-testid="listing-card"]').count();
    const distances = await page.locator('[data-testid="result-list"] [data-testid="card-distance"]').evaluateAll((items) =>
      items.map((item) => Number((item as HTMLElement).dataset.km)),
    );
    expect(distances.length).toBeGreaterThan(0);
    expect(distances.length).toBe(cards);
    expect(distances.every((d) => Number.isFinite(d) && d <= 250)).toBe(true);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));

    await page.locator('#near').fill('Qqqxyzzy');
    await Promise.all([page.waitForURL((url) => url.searchParams.get('near') === 'Qqqxyzzy'), apply.click()]);
    expect(await page.locator('#near').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#near-problem').textContent()).toContain('No member municipality is called “Qqqxyzzy”');
    await session.close();
  });
});
