// Whole pages (layout included) rendered with the container API from the real CMS the test run starts (at
// CMS_URL, see tests/support/site-cms-setup.ts), and the error pages. Lives here because files under src/pages are routes.
import { foldForSearch, serbianLatinToCyrillic } from '@community-sharing/config';
import { describe, expect, it } from 'vitest';
import { createCmsClient } from './lib/cms-client';
import { CmsUnavailableError } from './lib/cms-errors';
import { STATUS_OVERRIDE_HEADER, applyStatusOverride } from './lib/status-override';
import ListingPage from './pages/[locale]/listings/[slug].astro';
import HomePage from './pages/[locale]/index.astro';
import ImpactPage from './pages/[locale]/impact.astro';
import ServerErrorPage from './pages/500.astro';
import { renderHtml, renderResponse } from './testing/render';
import { loadSearchPage, resolveNear } from './lib/search-page';
import { kindLabel, refreshKindTexts } from './lib/kind-texts';
import { emptySearchState } from './lib/search-state';

const CMS_URL = process.env.CMS_URL ?? 'http://localhost:1337';

describe('the error page', () => {
  it('answers 503 with Retry-After, in the visitor’s language, when the CMS is out of reach', async () => {
    const response = await renderResponse(ServerErrorPage, {
      props: { error: new CmsUnavailableError('down', 'http://cms') },
      locals: { locale: 'bg' },
      request: new Request('http://localhost/bg/listings'),
    });
    // Astro forces 500 on this page: the middleware turns it into the status the page asks for.
    expect(applyStatusOverride(response).status).toBe(503);
    expect(applyStatusOverride(response).headers.get(STATUS_OVERRIDE_HEADER)).toBeNull();
    expect(response.headers.get('retry-after')).toBe('30');
    const html = await response.text();
    expect(html).toContain('<html lang="bg" dir="ltr">');
    expect(html).toContain('Временно недостъпно');
    expect(html).toContain('href="/bg/listings"');
  });

  it('answers 500 for anything else', async () => {
    const response = await renderResponse(ServerErrorPage, { props: { error: new Error('bug') }, locals: { locale: 'en' } });
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('Something went wrong');
  });
});

describe('pages from a real CMS', () => {
  const cms = createCmsClient({ baseUrl: CMS_URL });

  it('renders a listing page with its frame, one h1 and its hreflang alternates', async () => {
    const { hits } = await cms.search({ locale: 'el', pageSize: 1, sort: 'newest' });
    const slug = hits[0]!.slug;
    const html = await renderHtml(ListingPage, {
      params: { locale: 'el', slug },
      locals: { locale: 'el' },
      request: new Request(`http://localhost:4321/el/listings/${slug}`),
    });
    expect(html).toContain('<html lang="el" dir="ltr">');
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain(`<link rel="alternate" hreflang="sr-Latn-ME" href="http://localhost:4321/sr-Latn-ME/listings/${slug}">`);
    expect(html).toContain('<a class="skip-link" href="#main">');
    expect(html).toContain('<main id="main"');
    expect(html).toContain('data-testid="language-switcher"');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    expect(html).not.toMatch(/\sstyle="/); // no inline style
  });

  it('answers 404 for a listing that does not exist', async () => {
    const response = await renderResponse(ListingPage, {
      params: { locale: 'en', slug: 'no-such-listing-000000' },
      locals: { locale: 'en' },
      request: new Request('http://localhost:4321/en/listings/no-such-listing-000000'),
    });
    expect(response.status).toBe(404);
  });

  it('renders the home page with the live figures and the ten kinds', async () => {
    const stats = await cms.stats();
    const html = await renderHtml(HomePage, { params: { locale: 'mt' }, locals: { locale: 'mt' }, request: new Request('http://localhost:4321/mt/') });
    expect(html).toContain('<html lang="mt" dir="ltr">');
    expect(html).toContain(`<span class="figure-number">${new Intl.NumberFormat('mt').format(stats.openOffers)}</span>`);
    expect(html.match(/href="\/mt\/listings\?kind=/g)).toHaveLength(10);
  });

  it('names every municipality of the search facets, and a chosen one, without loading the directory', async () => {
    const state = emptySearchState();
    const chosen = (await cms.search({ locale: 'bg', pageSize: 1, sort: 'newest' })).hits[0]!.municipality;
    state.filters.municipality = [chosen.documentId];
    const { counts, municipalityNames } = await loadSearchPage(cms, emptySearchState(), 'bg');
    const ids = Object.keys(counts.municipality ?? {});
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) expect(municipalityNames.get(id), id).toMatch(/\p{L}/u);
    for (const id of ids) expect(municipalityNames.get(id)).not.toBe(id);
    const narrowed = await loadSearchPage(cms, state, 'bg');
    const name = narrowed.municipalityNames.get(chosen.documentId);
    expect(name).toMatch(/\p{L}/u);
    expect(name).not.toBe(chosen.documentId);
  });

  it('finds the municipality a distance search names: by slug, by its name in another script, or says it found none', async () => {
    const { data } = await cms.municipalities({ country: 'RS', pageSize: 50 });
    // A place whose Latin name has a plain Cyrillic spelling, as a Serbian reader would type it.
    const burgas = data.find((m) => m.lat !== null && /^[A-Za-z ]+$/.test(m.name) && foldForSearch(serbianLatinToCyrillic(m.name)) === foldForSearch(m.name))!;
    const cyrillic = serbianLatinToCyrillic(burgas.name);
    expect(cyrillic).toMatch(/\p{Script=Cyrillic}/u);
    const bySlug = await resolveNear(cms, burgas.slug, 'en');
    expect(bySlug).toMatchObject({ status: 'found', place: { documentId: burgas.documentId }, origin: { lat: burgas.lat, lng: burgas.lng } });
    for (const typed of [burgas.name, cyrillic, burgas.name.toUpperCase()]) {
      expect(await resolveNear(cms, typed, 'en'), typed).toMatchObject({ status: 'found', place: { documentId: burgas.documentId } });
    }
    expect(await resolveNear(cms, 'Qqqxyzzy', 'en')).toEqual({ status: 'not-found' });
    // The results then carry distances, nearest first.
    const { result } = await loadSearchPage(cms, { ...emptySearchState(), near: burgas.slug, radius: 1000 }, 'en');
    expect(result.hits.length).toBeGreaterThan(0);
    const distances = result.hits.map((hit) => hit.distanceKm!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(1000);
  });

  it('renders the impact page: totals from the CMS, five charts each named by a sentence, with their tables', async () => {
    const impact = await cms.impact();
    const html = await renderHtml(ImpactPage, { params: { locale: 'de' }, locals: { locale: 'de' }, request: new Request('http://localhost:4321/de/impact') });
    expect(html).toContain('<html lang="de" dir="ltr">');
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toMatch(new RegExp(`data-figure="completed">\\s*<span class="figure-number">${new Intl.NumberFormat('de').format(impact.totals.completed)}</span>`));
    expect(html.match(/<figure class="chart"/g)).toHaveLength(5);
    expect(html.match(/<svg [^>]*role="img"/g)).toHaveLength(5);
    expect(html.match(/<table>/g)).toHaveLength(5);
    // The months run in German, the kinds and countries are named in German.
    expect(html).toMatch(/<th scope="row">(Jan|Feb|März|Apr|Mai|Juni|Juli|Aug|Sept|Okt|Nov|Dez)\.? \d{2}<\/th>/);
    if (impact.byCountry.some((c) => c.country === 'DE' && c.completed > 0)) expect(html).toContain('<th scope="row">Deutschland</th>');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('names the ten kinds as the CMS gives them (the editors\' kind texts)', async () => {
    const kinds = await cms.kinds('sr-Cyrl');
    expect(kinds.map((k) => k.kind).sort()).toHaveLength(10);
    await refreshKindTexts('sr-Cyrl', cms.kinds);
    for (const k of kinds) expect(kindLabel(k.kind as never, 'sr-Cyrl')).toBe(k.label);
    expect(kinds.every((k) => /\p{Script=Cyrillic}/u.test(k.label))).toBe(true);
  });
});
