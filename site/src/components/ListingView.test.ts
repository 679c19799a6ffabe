// The listing page, rendered with Astro's container API from what a real CMS answers: the CMS that the test
// run starts (tests/support/site-cms-setup.ts) at CMS_URL.
import { renderHtml } from '../testing/render';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCmsClient } from '../lib/cms-client';
import type { ListingDetail, ListingHit, RelatedListings } from '../lib/cms-types';
import ListingView from './ListingView.astro';

const CMS_URL = process.env.CMS_URL ?? 'http://localhost:1337';
const cms = createCmsClient({ baseUrl: CMS_URL, timeoutMs: 10_000 });

describe('the listing page, from a real CMS', () => {
  let foreign: ListingHit;
  let listing: ListingDetail;
  let related: RelatedListings | null;

  beforeAll(async () => {
    // A listing not written in Bulgarian, with CPV codes: the richest case for a Bulgarian reader.
    const result = await cms.search({ locale: 'bg', kind: ['equipment'], sort: 'newest', pageSize: 50 });
    foreign = result.hits.find((hit) => hit.locale !== 'bg' && hit.cpv.length > 0) ?? result.hits[0]!;
    listing = (await cms.listing(foreign.slug, 'bg'))!;
    related = await cms.related(foreign.slug, 'bg');
  });

  it('shows every structured field in the visitor’s language and the original text marked with its language', async () => {
    const html = await renderHtml(ListingView, { props: { locale: 'bg', listing, related } });
    expect(html).toContain('<h1 lang="' + listing.locale + '"');
    expect(html).toContain('data-testid="untranslated-notice"');
    expect(html).toContain('Оборудване'); // the kind, in Bulgarian
    expect(html).toContain('Категории (CPV)');
    for (const entry of listing.cpv) expect(html).toContain(entry.code);
    expect(html).toContain('Подробности');
    expect(html).toContain('data-testid="map"');
    expect(html).toContain(`href="/bg/municipalities/${listing.municipality.slug}"`);
    expect(html).toContain(`/bg/login?next=%2Fbg%2Flistings%2F${listing.slug}%2Fanswer`);
  });

  it('lists the matching and similar listings', async () => {
    const html = await renderHtml(ListingView, { props: { locale: 'bg', listing, related } });
    expect(html).toContain(listing.type === 'offer' ? 'Заявки, на които това предложение може да отговори' : 'Предложения, които могат да отговорят на тази заявка');
    for (const hit of related?.matching.slice(0, 3) ?? []) expect(html).toContain(`/bg/listings/${hit.slug}`);
  });

  it('needs no language badge when the reader reads the listing’s own language', async () => {
    const own = (await cms.listing(foreign.slug, listing.originalLocale))!;
    const html = await renderHtml(ListingView, { props: { locale: own.originalLocale, listing: own, related: null } });
    expect(html).not.toContain('untranslated-notice');
    expect(html).toContain(`<h1>`);
  });
});
