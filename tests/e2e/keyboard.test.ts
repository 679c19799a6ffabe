// The listings page's in-place updates, as a keyboard user and a link-sharer meet them: focus never lands in
// a closed region, the skip link does not reload the page, and the page's addresses (language menu, hreflang
// alternates, canonical) follow the search on screen.
import { describe, expect, it } from 'vitest';
import { expectQuiet, newPage, resultCount, useBrowser } from './browser';

const browser = useBrowser();

/** Marks the window: a page load loses the mark. */
const mark = (page: import('playwright-core').Page) => page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
const stillHere = (page: import('playwright-core').Page) => page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere === true);

describe('keyboard and addresses on the listings page', () => {
  it('keeps the focus on a filter unticked back under the folded "show all", and unfolds it', async () => {
    const session = await newPage(browser());
    const { page } = session;
    await page.goto('/en/listings');
    const group = page.getByTestId('facet-country');
    const folded = group.locator('details.facet-more input[type="checkbox"]');
    expect(await folded.count()).toBeGreaterThan(0);
    const last = folded.last();
    const country = (await last.getAttribute('value'))!;
    await group.locator('details.facet-more summary').click();
    await last.focus();
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.getAll('country').includes(country));
    // Ticked, it moved up among the visible options, and kept the focus.
    const box = () => group.locator(`input[value="${country}"]`);
    await expect.poll(() => box().isChecked()).toBe(true);
    await expect.poll(() => box().evaluate((el) => el === document.activeElement && el.closest('details.facet-more') === null)).toBe(true);
    await page.keyboard.press('Space');
    await page.waitForURL((url) => !url.searchParams.getAll('country').includes(country));
    await expect.poll(() => box().isChecked()).toBe(false);
    // Unticked, it went back under "show all": that region is open and the box still has the focus.
    const state = await box().evaluate((el) => ({ focused: el === document.activeElement, folded: el.closest('details')?.classList.contains('facet-more') ?? false, open: (el.closest('details.facet-more') as HTMLDetailsElement | null)?.open ?? false }));
    expect(state).toEqual({ focused: true, folded: true, open: true });
    expectQuiet(session);
    await session.close();
  });

  it('follows the skip link after an in-place update without reloading the page', async () => {
    const session = await newPage(browser());
    const { page } = session;
    await page.goto('/en/listings');
    const box = page.getByTestId('facet-kind').locator('input[type="checkbox"]').first();
    const kind = (await box.getAttribute('value'))!;
    await box.click();
    await page.waitForURL((url) => url.searchParams.getAll('kind').includes(kind));
    const count = await resultCount(page);
    await mark(page);
    await page.locator('a.skip-link').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash === '#main');
    // A reload would have been a new document (the mark lost) showing the same search afresh.
    await page.waitForTimeout(500);
    expect(await stillHere(page)).toBe(true);
    expect(await resultCount(page)).toBe(count);
    expect(new URL(page.url()).searchParams.getAll('kind')).toEqual([kind]);
    expectQuiet(session);
    await session.close();
  });

  it('updates the language menu, hreflang alternates and canonical link with the search', async () => {
    const session = await newPage(browser());
    const { page } = session;
    await page.goto('/en/listings');
    const box = page.getByTestId('facet-kind').locator('input[type="checkbox"]').first();
    const kind = (await box.getAttribute('value'))!;
    await mark(page);
    await box.click();
    await page.waitForURL((url) => url.searchParams.getAll('kind').includes(kind));
    expect(await stillHere(page)).toBe(true);
    const german = await page.locator('[data-testid="language-switcher"] a[hreflang="de"]').getAttribute('href');
    expect(new URL(german!, page.url()).pathname).toBe('/de/listings');
    expect(new URL(german!, page.url()).searchParams.getAll('kind')).toEqual([kind]);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).searchParams.getAll('kind')).toEqual([kind]);
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    expect(alternates.length).toBeGreaterThanOrEqual(30);
    for (const href of alternates) expect(new URL(href).searchParams.getAll('kind'), href).toEqual([kind]);
    // Going there lands on the same search in German.
    await page.locator('[data-testid="language-switcher"] summary').click();
    await page.locator('[data-testid="language-switcher"] a[hreflang="de"]').click();
    await page.waitForURL((url) => url.pathname === '/de/listings' && url.searchParams.getAll('kind').includes(kind));
    expect(await page.getByTestId('facet-kind').locator(`input[value="${kind}"]`).isChecked()).toBe(true);
    expectQuiet(session);
    await session.close();
  });
});
