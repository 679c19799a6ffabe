import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, createListing, type World } from '../support/fixtures';
import { startTestCms, type TestCms } from '../support/strapi-instance';

/** The portal's read models: what a visitor's page gets, in the reader's locale, and never anything private. */
let cms: TestCms;
let world: World;
let slugOf: (documentId: string) => Promise<string>;

beforeAll(async () => {
  cms = await startTestCms();
  world = await buildWorld(cms);
  slugOf = async (documentId) => (await cms.strapi.db.query('api::listing.listing').findOne({ where: { documentId } })).slug;
  await cms.strapi.db.query('api::exchange.exchange').create({ data: { state: 'completed', provider: { id: (await cms.strapi.db.query('api::municipality.municipality').findOne({ where: { documentId: world.municipalities.A } })).id } } });
  await cms.strapi.plugin('search').service('search').drain();
}, 180_000);

afterAll(async () => {
  await cms?.stop();
});

describe('portal read models', () => {
  it('counts the home page figures: verified municipalities, their countries, open listings, completed exchanges', async () => {
    const response = await cms.request('GET', '/api/portal/stats');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ municipalities: 2, countries: 2, openOffers: 1, openRequests: 1, completedExchanges: 1 });
  });

  it('gives a listing in the original language with its locale when there is no translation, and the translation when there is', async () => {
    const slug = await slugOf(world.listings.publishedA);
    const original = await cms.request('GET', `/api/portal/listings/${slug}?locale=de`);
    expect(original.status).toBe(200);
    expect(original.body.data).toMatchObject({ title: 'Пожарен автомобил в добро състояние', locale: 'bg', originalLocale: 'bg', translated: false, status: 'published' });
    expect(original.body.data.cpv).toEqual([{ code: '34144210', label: 'Feuerwehrfahrzeuge', fallback: false }]);
    expect(original.body.data.municipality).toMatchObject({ name: 'Бургас', country: 'BG' });
    expect(JSON.stringify(original.body)).not.toContain('contact@');

    await cms.strapi.documents('api::listing.listing').update({ documentId: world.listings.publishedA, locale: 'de', data: { title: 'Feuerwehrauto in gutem Zustand', description: 'Wir verschenken ein Feuerwehrauto.' } });
    const translated = await cms.request('GET', `/api/portal/listings/${slug}?locale=de`);
    expect(translated.body.data).toMatchObject({ title: 'Feuerwehrauto in gutem Zustand', locale: 'de', originalLocale: 'bg', translated: true });
    expect(translated.body.data.availableLocales.sort()).toEqual(['bg', 'de']);
  });

  it('does not show a listing waiting for moderation', async () => {
    const response = await cms.request('GET', `/api/portal/listings/${await slugOf(world.listings.pendingA)}?locale=bg`);
    expect(response.status).toBe(404);
  });

  it('finds the matching request of an offer', async () => {
    const response = await cms.request('GET', `/api/portal/listings/${await slugOf(world.listings.publishedA)}/related?locale=en`);
    expect(response.status).toBe(200);
    expect(response.body.matching.map((hit: any) => hit.documentId)).toEqual([world.listings.publishedB]);
    expect(response.body.similar).toEqual([]);
  });

  it('lists member municipalities by country with their open listings', async () => {
    await createListing(cms, world.municipalities.B, { title: 'Zweites Angebot aus Kassel', kind: 'goods', cpvCodes: ['39160000'] }, 'de');
    const all = await cms.request('GET', '/api/portal/municipalities');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(2);
    expect(all.body.countries).toEqual({ BG: 1, DE: 1 });
    const de = await cms.request('GET', '/api/portal/municipalities?country=de');
    expect(de.body.data).toEqual([{ documentId: world.municipalities.B, slug: expect.any(String), name: 'Kassel', nameLatin: null, country: 'DE', lat: expect.any(Number), lng: expect.any(Number), openListings: 2 }]);
  });

  it('names only the municipalities asked for by documentId, and only verified ones', async () => {
    const { A, B, P } = world.municipalities;
    const some = await cms.request('GET', `/api/portal/municipalities?ids=${B},${P}&pageSize=2`);
    expect(some.status).toBe(200);
    expect(some.body.data.map((m: any) => [m.documentId, m.name])).toEqual([[B, 'Kassel']]);
    // Names only: the directory's count of open listings is not computed for a lookup by ids.
    expect(some.body.data[0]).not.toHaveProperty('openListings');
    const both = await cms.request('GET', `/api/portal/municipalities?ids=${A},${B}`);
    expect(both.body.data.map((m: any) => m.documentId).sort()).toEqual([A, B].sort());
  });

  it('shows a member\'s profile and record, but not an unverified municipality', async () => {
    const slugA = (await cms.strapi.db.query('api::municipality.municipality').findOne({ where: { documentId: world.municipalities.A } })).slug;
    const profile = await cms.request('GET', `/api/portal/municipalities/${slugA}?locale=en`);
    expect(profile.status).toBe(200);
    expect(profile.body.data.record).toEqual({ openOffers: 1, openRequests: 0, completedExchanges: 1, impact: { completed: 1, valueEur: 0, massKg: 0, co2eKg: 0, volunteerHours: 0, expertDays: 0 } });
    expect(JSON.stringify(profile.body)).not.toContain('contact');
    const slugP = (await cms.strapi.db.query('api::municipality.municipality').findOne({ where: { documentId: world.municipalities.P } })).slug;
    expect((await cms.request('GET', `/api/portal/municipalities/${slugP}`)).status).toBe(404);
  });

  it('gives a listing\'s images in their order, and the municipality as it is now (an edit or a withdrawn verification shows at once)', async () => {
    const slug = await slugOf(world.listings.publishedA);
    const listing = await cms.strapi.db.query('api::listing.listing').findOne({ where: { documentId: world.listings.publishedA, locale: 'bg' } });
    const file = (name: string, width: number) =>
      cms.strapi.db.query('plugin::upload.file').create({
        data: { name, hash: `${name}_hash`, ext: '.png', mime: 'image/png', size: 1, url: `/uploads/${name}_hash.png`, provider: 'local', width, height: width / 2, alternativeText: `${name} in the yard` },
      });
    const [front, side] = [await file('front', 800), await file('side', 640)];
    await cms.strapi.db.query('api::listing.listing').update({ where: { id: listing.id }, data: { images: [side.id, front.id] } });
    const read = async () => (await cms.request('GET', `/api/portal/listings/${slug}?locale=en`)).body.data;
    expect((await read()).images).toEqual([
      { url: '/uploads/side_hash.png', alternativeText: 'side in the yard', width: 640, height: 320 },
      { url: '/uploads/front_hash.png', alternativeText: 'front in the yard', width: 800, height: 400 },
    ]);

    // The verified municipalities are kept in memory for a few seconds: a write here clears them at once.
    const municipality = await cms.strapi.db.query('api::municipality.municipality').findOne({ where: { documentId: world.municipalities.A } });
    expect((await read()).municipality.description).toBeNull();
    await cms.strapi.documents('api::municipality.municipality').update({ documentId: world.municipalities.A, data: { descriptions: [{ locale: 'en', text: 'A port city on the Black Sea.' }] } as any });
    expect((await read()).municipality.description).toEqual({ text: 'A port city on the Black Sea.', locale: 'en' });
    const profile = async () => cms.request('GET', `/api/portal/municipalities/${municipality.slug}?locale=en`);
    expect((await profile()).body.data.description.text).toBe('A port city on the Black Sea.');
    await cms.strapi.db.query('api::municipality.municipality').update({ where: { id: municipality.id }, data: { verificationStatus: 'pending' } });
    expect((await profile()).status).toBe(404);
    expect((await read()).municipality).toMatchObject({ name: 'Бургас' }); // still named on its listing, read from the database
    await cms.strapi.db.query('api::municipality.municipality').update({ where: { id: municipality.id }, data: { verificationStatus: 'verified' } });
    expect((await profile()).status).toBe(200);
  });

  it.each([
    ['/api/portal/listings/x?locale=zz', 'locale'],
    ['/api/portal/municipalities?country=ZZ', 'country'],
    ['/api/portal/municipalities?pageSize=1000', 'pageSize'],
    ['/api/portal/municipalities?page=-1', 'page'],
    ['/api/portal/municipalities?ids=', 'ids'],
    ['/api/portal/municipalities?ids=../etc', 'ids'],
    [`/api/portal/municipalities?ids=${Array.from({ length: 101 }, (_, i) => `abcdefghij${i}`).join(',')}`, 'ids'],
  ])('refuses %s with a 400 naming %s', async (url, param) => {
    const response = await cms.request('GET', url);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(param);
  });
});
