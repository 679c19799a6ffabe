import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireCms, startTestCms, type TestCms } from '../support/strapi-instance';

/**
 * The demo seeding of a first start, on a reduced scale (1 municipality a country, 200 listings) so that it
 * runs quickly on both databases; the full default scale is checked by the generator's unit test.
 */
let cms: TestCms;

beforeAll(async () => {
  cms = await startTestCms({ DEMO_PASSWORD: 'Demo-password-1' });
  const { seedDemo } = requireCms('src/seed/seed-on-first-start.js');
  await seedDemo(cms.strapi, { municipalitiesPerCountry: 2, listings: 200 });
}, 300_000);

afterAll(async () => {
  await cms?.stop();
});

describe('demo seeding', () => {
  it('writes municipalities of all 33 countries, listings of every kind and exchanges in every state', async () => {
    const db = cms.strapi.db;
    const municipalities = await db.query('api::municipality.municipality').findMany({ select: ['country'], orderBy: { id: 'asc' } });
    expect(new Set(municipalities.map((m: any) => m.country)).size).toBe(33);
    const listings = await db.query('api::listing.listing').findMany({ select: ['kind', 'type', 'locale', 'originalLocale'], orderBy: { id: 'asc' } });
    expect(listings.length).toBeGreaterThanOrEqual(200);
    expect(new Set(listings.map((l: any) => l.kind)).size).toBe(10);
    expect(new Set(listings.map((l: any) => l.type))).toEqual(new Set(['offer', 'request']));
    expect(listings.every((l: any) => l.locale === l.originalLocale)).toBe(true);
    const exchanges = await db.query('api::exchange.exchange').findMany({ select: ['state'], orderBy: { id: 'asc' } });
    expect(new Set(exchanges.map((e: any) => e.state))).toEqual(new Set(['requested', 'accepted', 'declined', 'withdrawn', 'completed', 'cancelled']));
  });

  it('creates demo logins that work', async () => {
    const login = await cms.request('POST', '/api/auth/local', { body: { identifier: 'member.bg@demo.community-sharing.eu', password: 'Demo-password-1' } });
    expect(login.status).toBe(200);
    const admin = await cms.request('POST', '/admin/login', { body: { email: 'editor@demo.community-sharing.eu', password: 'Demo-password-1' } });
    expect(admin.status).toBe(200);
    expect(admin.body.data.token).toBeTruthy();
  });

  it('creates the Bulgarian country editor, who sees only Bulgaria in the moderation queue', async () => {
    const login = await cms.request('POST', '/admin/login', { body: { email: 'editor.bg@demo.community-sharing.eu', password: 'Demo-password-1' } });
    expect(login.status).toBe(200);
    const queue = await cms.request('GET', '/moderation/queue?tab=listings&status=published', { token: login.body.data.token });
    expect(queue.status, JSON.stringify(queue.body)).toBe(200);
    expect(queue.body.scope).toEqual(['BG']);
    expect(queue.body.items.length).toBeGreaterThan(0);
    expect(queue.body.items.every((listing: any) => listing.country === 'BG')).toBe(true);
  });

  it('publishes the association pages', async () => {
    const pages = await cms.request('GET', '/api/pages?locale=en&sort=slug');
    expect(pages.status).toBe(200);
    expect(pages.body.data.map((p: any) => p.slug)).toEqual(['about', 'how-it-works', 'privacy']);
  });
});
