// The member-facing additions rendered from the real CMS of the test run (tests/support/site-cms-setup.ts) for an
// anonymous visitor: the municipality profile's contact line, the exchange and notification pages' redirect to
// log-in, the featured listings on the home page. (The member's side runs in tests/e2e/exchange-journey.test.ts.)
import { describe, expect, it } from 'vitest';
import { createCmsClient } from './lib/cms-client';
import { featuredAsHit } from './lib/cms-types';
import ExchangePage from './pages/[locale]/dashboard/exchanges/[documentId].astro';
import NotificationSettingsPage from './pages/[locale]/dashboard/notifications/settings.astro';
import HomePage from './pages/[locale]/index.astro';
import MunicipalityPage from './pages/[locale]/municipalities/[slug].astro';
import { renderHtml, renderResponse } from './testing/render';

const cms = createCmsClient({ baseUrl: process.env.CMS_URL ?? 'http://localhost:1337' });

describe('for a visitor who is not logged in', () => {
  it('a municipality profile says contact details are for verified members, linking to log-in and back', async () => {
    const { data } = await cms.municipalities({ pageSize: 1 });
    const slug = data[0]!.slug;
    const html = await renderHtml(MunicipalityPage, { params: { locale: 'de', slug }, locals: { locale: 'de' }, request: new Request(`http://localhost:4321/de/municipalities/${slug}`) });
    expect(html).toContain('data-testid="contact-login"');
    expect(html).toContain('Kontaktdaten sehen Mitglieder geprüfter Gemeinden');
    expect(html).toContain(`href="/de/login?next=${encodeURIComponent(`/de/municipalities/${slug}`)}"`);
    expect(html).not.toContain('data-testid="contact-person"');
  });

  it('the exchange page and the e-mail settings send to log-in with the way back', async () => {
    for (const [page, path, params] of [
      [ExchangePage, '/en/dashboard/exchanges/abcdefghij0123456789', { locale: 'en', documentId: 'abcdefghij0123456789' }],
      [NotificationSettingsPage, '/en/dashboard/notifications/settings', { locale: 'en' }],
    ] as const) {
      const response = await renderResponse(page, { params, locals: { locale: 'en' }, request: new Request(`http://localhost:4321${path}`) });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(`/en/login?next=${encodeURIComponent(path)}`);
    }
  });

  it('the home page shows the featured listings above the latest offers when there are any', async () => {
    const featured = (await cms.featured('fr', 4)).map(featuredAsHit).filter((hit) => hit !== null);
    const html = await renderHtml(HomePage, { params: { locale: 'fr' }, locals: { locale: 'fr' }, request: new Request('http://localhost:4321/fr/') });
    if (featured.length === 0) {
      expect(html).not.toContain('data-testid="featured-listings"');
    } else {
      expect(html.indexOf('data-testid="featured-listings"')).toBeLessThan(html.indexOf('data-testid="latest-offers"'));
      for (const hit of featured) expect(html).toContain(`href="/fr/listings/${hit.slug}"`);
    }
  });
});
