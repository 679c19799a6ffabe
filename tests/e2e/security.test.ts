// What protects visitors: the security headers on every kind of response, and the text members and editors write
// rendered inert wherever it appears: a listing (posted by a demo member through the API, published by an
// editor), a municipality's profile and contact person, an exchange's thread, hand-over and feedback, and an
// editor's reason for a rejection (all written through the API by portal-stack-hostile.ts). The pages of the
// second part are opened with the Content-Security-Policy bypassed: what keeps the markup inert must be the
// escaping itself, the policy being a second line.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, HOSTILE_DESCRIPTION, HOSTILE_TEXTS, HOSTILE_TITLE } from '../support/portal-stack-data';
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

describe('every other text members and editors write', () => {
  const { hostile } = stack;
  const BULGARIAN = 'member.bg@demo.community-sharing.eu';

  async function logIn(page: Page, email: string) {
    await page.goto('/en/login');
    await page.locator('#email').fill(email);
    await page.locator('#password').fill(DEMO_PASSWORD);
    await Promise.all([page.waitForURL('**/en/dashboard'), page.getByTestId('login-form').locator('button[type="submit"]').click()]);
  }

  /** Nothing of the payloads became an element or ran: no injected image, SVG, frame, inline script or javascript: link, no flag set. */
  async function expectInert(page: Page) {
    expect(await page.locator('main :is(img[src="x"], svg[onload], iframe, script:not([src]), a[href^="javascript:"])').count(), page.url()).toBe(0);
    expect(await page.evaluate(() => (window as any).__xss), `a payload ran on ${page.url()}`).toBeUndefined();
  }

  it('a municipality profile: its description and web address for everyone (an editor\'s javascript: address not linked), its contact person for members', async () => {
    const session = await newPage(browser(), { bypassCSP: true });
    const { page } = session;
    const response = await page.goto(`/en/municipalities/${hostile.profile.slug}`);
    expect(response?.status()).toBe(200);
    expect(await page.getByTestId('municipality-profile').locator('p.listing-text').textContent()).toBe(HOSTILE_TEXTS.description);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(HOSTILE_TEXTS.description.slice(0, 160));
    const website = page.getByTestId('municipality-profile').locator('a[rel~="external"]');
    expect(await website.getAttribute('href')).toBe(HOSTILE_TEXTS.website);
    expect(await website.textContent()).toBe('example.eu');
    expect(await page.getByTestId('contact-login').count()).toBe(1);
    await expectInert(page);

    // A javascript: web address an editor typed in the admin is not linked at all.
    expect((await page.goto(`/en/municipalities/${hostile.scriptWebsiteProfile.slug}`))?.status()).toBe(200);
    expect(await page.getByTestId('municipality-profile').locator('a[rel~="external"]').count()).toBe(0);
    expect(await page.content()).not.toContain('editor-website');
    await expectInert(page);

    await logIn(page, BULGARIAN);
    await page.goto(`/en/municipalities/${hostile.profile.slug}`);
    const contact = await page.getByTestId('contact-person').locator('dd').allTextContents();
    expect(contact).toContain(HOSTILE_TEXTS.contactName);
    expect(contact).toContain(HOSTILE_TEXTS.contactRole);
    await expectInert(page);
    expectQuiet(session);
    await session.close();
  });

  it('an exchange: its messages, a file\'s name, the hand-over and both sides\' feedback', async () => {
    const session = await newPage(browser(), { bypassCSP: true });
    const { page } = session;
    await logIn(page, BULGARIAN);
    const response = await page.goto(`/en/dashboard/exchanges/${hostile.exchange}`);
    expect(response?.status()).toBe(200);
    const bodies = await page.getByTestId('exchange-message').locator('.message-body').allTextContents();
    expect(bodies).toEqual(expect.arrayContaining([HOSTILE_TEXTS.request, HOSTILE_TEXTS.accept, HOSTILE_TEXTS.message]));
    const files = await page.getByTestId('exchange-message').locator('li a').allTextContents();
    expect(files).toContain(HOSTILE_TEXTS.attachmentName);
    const handover = await page.getByTestId('exchange-handover').locator('dd').allTextContents();
    expect(handover).toEqual(expect.arrayContaining([HOSTILE_TEXTS.handoverPlace, HOSTILE_TEXTS.handoverTransport]));
    expect(await page.getByTestId('their-feedback').textContent()).toContain(`“${HOSTILE_TEXTS.feedbackProvider}”`);
    expect(await page.getByTestId('my-feedback').textContent()).toContain(`“${HOSTILE_TEXTS.feedbackReceiver}”`);
    await expectInert(page);
    expectQuiet(session);
    await session.close();
  });

  it('the dashboard: a rejected listing\'s title and the editor\'s reason', async () => {
    const session = await newPage(browser(), { bypassCSP: true });
    const { page } = session;
    await logIn(page, BULGARIAN);
    const row = page.getByTestId('dashboard-listing').filter({ hasText: 'Rejection-Probe' });
    expect(await row.getAttribute('data-status')).toBe('rejected');
    expect((await row.locator('th').textContent())!).toContain(HOSTILE_TEXTS.rejectedTitle);
    expect(await row.locator('.rejection').textContent()).toContain(HOSTILE_TEXTS.rejectionReason);
    expect(await row.locator('b').count()).toBe(0);
    // The exchange above is listed on the same dashboard, its listing's title as text too.
    expect(await page.getByTestId('dashboard-exchange').filter({ hasText: 'Onerror-Probe' }).count()).toBeGreaterThan(0);
    await expectInert(page);
    expectQuiet(session);
    await session.close();
  });
});
