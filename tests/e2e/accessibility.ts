// axe-core (WCAG 2.0 and 2.1, levels A and AA) on every page type of the portal, in a given set of locales.
// The checks are split over two files (accessibility-*.test.ts) so that the two workers share them.
import type { LocaleCode } from '@community-sharing/config';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_PATH, get, newPage, stack, useBrowser } from './browser';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** One line per violation and one per element, readable in a test report. */
export function formatViolations(url: string, violations: AxeViolation[]): string {
  const lines = [`${violations.length} accessibility violation(s) on ${url}:`];
  for (const v of violations) {
    lines.push(`  • ${v.id} [${v.impact ?? 'n/a'}] ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes.slice(0, 8)) {
      lines.push(`      at ${node.target.map(String).join(' ')}`);
      lines.push(`         ${node.html.replace(/\s+/g, ' ').slice(0, 200)}`);
      if (node.failureSummary) lines.push(...node.failureSummary.split('\n').map((line) => `         ${line.trim()}`));
    }
    if (v.nodes.length > 8) lines.push(`      … and ${v.nodes.length - 8} more element(s)`);
  }
  return lines.join('\n');
}

/** Runs axe on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(
    (tags) => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe
      .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      .then((result) => result.violations.map(({ id, impact, help, helpUrl, nodes }) => ({ id, impact, help, helpUrl, nodes: nodes.map(({ target, html, failureSummary }) => ({ target, html, failureSummary })) }))),
    TAGS,
  );
}

/** The page types of the portal, by name, as paths after the locale. */
async function pageTypes(): Promise<[string, string, number][]> {
  // A member municipality and a news article, taken from the portal's own lists.
  const directory = (await get('/en/municipalities')).body;
  const municipality = directory.match(/href="\/en\/municipalities\/([^"?#/]+)"/)?.[1];
  const news = (await get('/en/news')).body;
  const article = news.match(/href="\/en\/news\/([^"?#/]+)"/)?.[1];
  if (!municipality || !article) throw new Error('no municipality profile or news article linked from the portal’s lists');
  return [
    ['home', '/', 200],
    ['listings search with results', '/listings?kind=equipment', 200],
    ['listing page (written in German)', `/listings/${stack.foreignListing.slug}`, 200],
    ['listings near a municipality, nearest first', `/listings?near=${municipality}&radius=250`, 200],
    ['listings near an unknown place (the problem said beside the field)', '/listings?near=Qqqxyzzy', 200],
    ['impact (charts and their tables)', '/impact', 200],
    ['municipalities directory', '/municipalities', 200],
    ['municipality profile', `/municipalities/${municipality}`, 200],
    ['CMS page (about)', '/pages/about', 200],
    ['news list', '/news', 200],
    ['news article', `/news/${article}`, 200],
    ['404 page', '/no-such-page', 404],
  ];
}

/** One test per page type and locale: axe finds no violation. */
export function describeAccessibility(locales: LocaleCode[]) {
  const browser = useBrowser();
  let types: [string, string, number][] = [];
  let session: Awaited<ReturnType<typeof newPage>>;
  beforeAll(async () => {
    types = await pageTypes();
    // The CSP allows no inline script, which is how axe is injected: the test context bypasses it.
    session = await newPage(browser(), { bypassCSP: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  const names = ['home', 'listings search with results', 'listing page (written in German)', 'municipalities directory', 'municipality profile', 'CMS page (about)', 'news list', 'news article', '404 page'];
  for (const locale of locales) {
    describe(`axe in ${locale}`, () => {
      it.each(names)('%s', async (name) => {
        const [, path, status] = types.find(([n]) => n === name)!;
        const url = `/${locale}${path}`;
        const response = await session.page.goto(url);
        expect(response?.status(), url).toBe(status);
        expect(await session.page.locator('html').getAttribute('lang')).toBe(locale);
        if (name.startsWith('listings search')) expect(Number(await session.page.getByTestId('result-count').getAttribute('data-count'))).toBeGreaterThan(0);
        const violations = await axeViolations(session.page);
        expect(violations.length, formatViolations(url, violations)).toBe(0);
      });
    });
  }
}

/** A control: the same harness reports a violation planted in a portal page, so a green run means something. */
export function describeAxeControl() {
  const browser = useBrowser();
  it('reports a planted violation (an image without alternative text), readably', async () => {
    const session = await newPage(browser(), { bypassCSP: true });
    await session.page.goto('/en/');
    await session.page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      image.id = 'planted';
      document.querySelector('main')!.append(image);
    });
    const violations = await axeViolations(session.page);
    expect(violations.map((v) => v.id)).toEqual(['image-alt']);
    const report = formatViolations('/en/', violations);
    expect(report).toContain('image-alt [critical]');
    expect(report).toContain('at #planted');
    await session.close();
  });
}
