// What protects visitors: the security headers on every kind of response, and a member's text rendered inert
// wherever it appears (the listing was posted by a demo member through the API and published by an editor).
import { describe, expect, it } from 'vitest';
import { HOSTILE_DESCRIPTION, HOSTILE_TITLE } from '../support/portal-stack-data';
import { expectQuiet, get, newPage, stack, useBrowser } from './browser';

const browser = useBrowser();
const { hostileListing, foreignListing } = stack;

/** The directives of a Content-Security-Policy, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

describe('security headers', () => {
  const paths = [
    '/en/',
    '/bg/listings?q=test',
    `/el/listings/${foreignListing.slug}`,
    '/mk/municipalities',
    '/en/pages/about',
    '/en/no-such-page',
    '/xx/listings',
    '/robots.txt',
    '/sitemap.xml',
    '/en/feed.xml',
    '/',
  ];
  it.each(paths)('%s', async (path) => {
    const response = await get(path);
    expect(response.status, path).toBeLessThan(500);
    const policy = response.headers.get('content-security-policy');
    expect(policy, 'Content-Security-Policy').toBeTruthy();
    const csp = directives(policy!);
    const scripts = csp.get('script-src') ?? csp.get('default-src');
    expect(scripts, 'script-src (or default-src)').toBeDefined();
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).not.toContain('*');
    expect(csp.get('object-src'), 'object-src').toEqual(["'none'"]);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
    const frameAncestors = csp.get('frame-ancestors');
    const frameOptions = response.headers.get('x-frame-options');
    expect(frameAncestors?.join(' ') === "'none'" || frameAncestors?.join(' ') === "'self'" || /^(DENY|SAMEORIGIN)$/i.test(frameOptions ?? ''), 'frame-ancestors or X-Frame-Options').toBe(true);
    if (response.headers.get('content-type')?.startsWith('text/html')) expect(response.headers.get('content-type')).toContain('charset=utf-8');
  });

  it('on the stylesheet and the script the pages load', async () => {
    const html = (await get('/en/listings')).body;
    const assets = [...html.matchAll(/(?:href|src)="(\/assets\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      const response = await get(asset);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('x-content-type-options'), asset).toBe('nosniff');
      expect(response.headers.get('content-security-policy'), asset).toContain("script-src 'self'");
      expect(response.headers.get('content-type'), asset).toMatch(asset.endsWith('.css') ? /^text\/css/ : /^(text|application)\/javascript/);
    }
  });
});

describe('a member’s text', () => {
  it('is shown literally and runs nothing on the listing page, in the results and in another language', async () => {
    const session = await newPage(browser());
    const { page } = session;
    // Anything the page would execute is caught here as well as by the dialog listener.
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));

    await page.goto(`/en/listings/${hostileListing.slug}`);
    expect(await page.locator('h1').textContent()).toBe(HOSTILE_TITLE);
    expect(await page.getByTestId('listing-description').textContent()).toBe(HOSTILE_DESCRIPTION);
    const main = page.locator('main');
    expect(await main.locator('img[src="x"], script:not([src]), b, a[href^="javascript:"]').count()).toBe(0);
    // The page's <title> and meta description carry it as text too.
    expect(await page.title()).toContain(HOSTILE_TITLE);

    await page.goto(`/en/listings?q=${encodeURIComponent('Onerror-Probe')}`);
    const card = page.locator(`[data-testid="listing-card"]:has(a[href="/en/listings/${hostileListing.slug}"])`);
    expect(await card.count()).toBe(1);
    expect((await card.locator(':is(h2, h3) a').textContent())!.trim()).toBe(HOSTILE_TITLE);
    expect(await card.locator('img[src="x"], script, b').count()).toBe(0);

    // Typed into the search box with JavaScript on, the swapped-in results are as inert.
    await page.locator('#q').fill('');
    await page.locator('#q').pressSequentially('Onerror', { delay: 10 });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Onerror');
    expect(await page.locator('main img[src="x"]').count()).toBe(0);

    // Read in Bulgarian, the English original is shown with its language, still as text.
    await page.goto(`/bg/listings/${hostileListing.slug}`);
    expect(await page.locator('h1').textContent()).toBe(HOSTILE_TITLE);
    expect(await page.locator('h1').getAttribute('lang')).toBe('en');

    // The feed escapes it too.
    const feed = await get('/en/feed.xml');
    expect(feed.body).not.toContain('<img src=x');

    expectQuiet(session);
    expect(requests.filter((url) => new URL(url).pathname === '/x' || url.endsWith('/x')), 'the image of the title was never requested').toEqual([]);
    expect(consoleErrors.filter((text) => /Content Security Policy|Refused to/.test(text)), 'nothing tried to run and was blocked by the CSP').toEqual([]);
    await session.close();
  });
});
