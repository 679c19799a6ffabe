import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken } from '../support/admin';
import { createListing, createMunicipality } from '../support/fixtures';
import { requireCms, startTestCms, type TestCms } from '../support/strapi-instance';

/**
 * GET /api/search on the real CMS and database: what the sync puts in the index, what leaves it, the
 * parameters it refuses, and that nothing is lost while the search provider is down.
 */
let cms: TestCms;
let sofia: string;
let kassel: string;
let beograd: string;

beforeAll(async () => {
  cms = await startTestCms();
  sofia = await createMunicipality(cms, { name: 'София', country: 'BG', verificationStatus: 'verified', officialCode: 'BG_SOF46' });
  kassel = await createMunicipality(cms, { name: 'Kassel', country: 'DE', verificationStatus: 'verified', officialCode: 'DE_06611000' });
  beograd = await createMunicipality(cms, { name: 'Београд', country: 'RS', verificationStatus: 'verified', officialCode: 'RS_70000' });
  await cms.strapi.documents('api::municipality.municipality').update({ documentId: beograd, data: { lat: 44.82, lng: 20.46, nameLatin: 'Beograd' } });
  await cms.strapi.documents('api::municipality.municipality').update({ documentId: kassel, data: { lat: 51.31, lng: 9.48 } });
  await createListing(cms, sofia, { title: 'Пожарен автомобил в добро състояние', description: 'Даряваме пожарен автомобил с цистерна.' }, 'bg');
  await createListing(cms, kassel, { type: 'request', kind: 'goods', cpvCodes: ['39160000'], title: 'Schulmöbel gesucht', description: 'Wir suchen Tische und Stühle für zwei Klassenzimmer.' }, 'de');
  await createListing(cms, beograd, { kind: 'services', cpvCodes: ['90620000'], title: 'Чишћење снега у Београду', description: 'Нудимо чишћење снега општинским возилима.' }, 'sr-Cyrl');
  await createListing(cms, kassel, { moderationStatus: 'pending', title: 'Feuerwehrauto, noch nicht freigegeben' }, 'de');
  await drain();
}, 180_000);

afterAll(async () => {
  await cms?.stop();
});

async function drain() {
  return cms.strapi.plugin('search').service('search').drain();
}

async function search(query: string) {
  return cms.request('GET', `/api/search?${query}`);
}

describe('GET /api/search', () => {
  it('finds a Bulgarian offer from English words through its CPV code, with labels in the reader\'s locale', async () => {
    const response = await search('q=fire%20engine&locale=en');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const hit = response.body.hits[0];
    expect(hit.title).toBe('Пожарен автомобил в добро състояние');
    expect(hit.locale).toBe('bg');
    expect(hit.translated).toBe(false);
    expect(hit.municipality.name).toBe('София');
    expect(hit.country).toBe('BG');
    expect(hit.cpv).toEqual([{ code: '34144210', label: 'Firefighting vehicles', fallback: false }]);
    expect(typeof response.body.tookMs).toBe('number');
  });

  it('meets Serbian Cyrillic text from Latin letters', async () => {
    const response = await search('q=beograd&locale=sr-Latn');
    expect(response.status).toBe(200);
    expect(response.body.hits.map((hit: any) => hit.title)).toContain('Чишћење снега у Београду');
  });

  it('filters, counts facets and pages', async () => {
    const response = await search('country=DE&country=RS&pageSize=1&page=2&locale=de');
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(2);
    expect(response.body.hits).toHaveLength(1);
    expect(response.body.facets.country).toEqual({ DE: 1, RS: 1 });
    expect(response.body.facets.type).toEqual({ offer: 1, request: 1 });
  });

  it('sorts by distance and gives it', async () => {
    const response = await search('near=50.11,8.68&sort=nearest&locale=en');
    expect(response.status).toBe(200);
    expect(response.body.hits[0].municipality.name).toBe('Kassel');
    expect(response.body.hits[0].distanceKm).toBeGreaterThan(100);
    expect(response.body.hits[0].distanceKm).toBeLessThan(200);
  });

  it('never shows a listing waiting for moderation', async () => {
    const response = await search('q=Feuerwehrauto&locale=de');
    expect(response.body.hits.map((hit: any) => hit.title)).not.toContain('Feuerwehrauto, noch nicht freigegeben');
  });

  it.each([
    ['pageSize=500', 'pageSize'],
    ['page=0', 'page'],
    ['country=ZZ', 'country'],
    ['kind=rockets', 'kind'],
    ['cpv=abc', 'cpv'],
    ['near=91,0', 'near'],
    ['sort=nearest', 'sort'],
    ['radiusKm=10', 'radiusKm'],
    ['locale=xx', 'locale'],
    ['colour=red', 'colour'],
    [`q=${'x'.repeat(201)}`, 'q'],
  ])('refuses %s with a 400 that names %s', async (query, param) => {
    const response = await search(query);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(param);
    expect(response.body.error.details.errors[0].path).toEqual([param]);
  });

  it('drops a listing from search as soon as it is closed', async () => {
    const id = await createListing(cms, sofia, { title: 'Генератор за ток, дизелов', kind: 'equipment', cpvCodes: ['31121000'] }, 'bg');
    await drain();
    expect((await search('q=генератор&locale=bg')).body.total).toBe(1);
    await cms.strapi.documents('api::listing.listing').update({ documentId: id, locale: 'bg', data: { moderationStatus: 'closed' } });
    await drain();
    expect((await search('q=генератор&locale=bg')).body.total).toBe(0);
  });
});

describe('the sync when search is down', () => {
  it('accepts 50 writes while the provider fails, then converges with nothing missing and nothing unpublished', async () => {
    const service = cms.strapi.plugin('search').service('search');
    const real = service.provider();
    let down = true;
    const failWhileDown = <T extends (...args: any[]) => Promise<any>>(fn: T) =>
      (async (...args: any[]) => {
        if (down) throw new Error('search is down (test)');
        return fn(...args);
      }) as T;
    service.useProvider({
      ...real,
      name: real.name,
      search: real.search.bind(real),
      count: real.count.bind(real),
      index: failWhileDown(real.index.bind(real)),
      remove: failWhileDown(real.remove.bind(real)),
      reindex: failWhileDown(real.reindex.bind(real)),
    });

    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      ids.push(await createListing(cms, kassel, { title: `Tische und Stühle, Posten ${i}`, kind: 'goods', cpvCodes: ['39160000'] }, 'de'));
    }
    // Ten of them are withdrawn while search is still down.
    for (const id of ids.slice(0, 10)) await cms.strapi.documents('api::listing.listing').update({ documentId: id, locale: 'de', data: { moderationStatus: 'closed' } });
    // The worker has tried (now or already in the background, after each write) and failed: the jobs wait.
    await drain();
    const state = await service.outboxState();
    expect(state.pending).toBeGreaterThanOrEqual(50);
    expect(state.lastError).toMatch(/search is down/);
    // Editors see the waiting jobs and their error in the admin's Content Manager.
    const token = await adminToken(cms);
    const jobs = await cms.request('GET', '/content-manager/collection-types/plugin::search.sync-job?page=1&pageSize=10', { token });
    expect(jobs.status).toBe(200);
    expect(jobs.body.pagination.total).toBeGreaterThanOrEqual(50);
    expect(jobs.body.results[0].lastError).toMatch(/search is down/);
    // Anyone may see that the index is behind, but not why.
    const status = await cms.request('GET', '/api/search/status');
    expect(status.status).toBe(200);
    expect(status.body.outbox.pending).toBeGreaterThanOrEqual(50);
    expect(JSON.stringify(status.body)).not.toMatch(/search is down/);

    down = false;
    // Retries are due after their back-off: make them due now instead of waiting. A pass that began while
    // search was down may still be failing and push its jobs back, so let it finish, then retry (bounded).
    for (let round = 0; round < 5 && (await service.outboxState()).pending > 0; round++) {
      await drain();
      await cms.strapi.db.query('plugin::search.sync-job').updateMany({ where: {}, data: { nextAttemptAt: new Date(0), lockedUntil: null } });
      await drain();
    }
    expect((await service.outboxState()).pending).toBe(0);
    const response = await search('q=Posten&locale=de&pageSize=100');
    const found = new Set(response.body.hits.map((hit: any) => hit.documentId));
    expect(found.size).toBe(40);
    for (const id of ids.slice(10)) expect(found.has(id)).toBe(true);
    for (const id of ids.slice(0, 10)) expect(found.has(id)).toBe(false);
    service.useProvider(real);
  });
});

describe('the search thread', () => {
  it('comes back by itself after it dies, refilled from the database; searches meanwhile get a 503 or an answer, never a 500', async () => {
    const before = (await search('locale=en')).body.total;
    expect(before).toBeGreaterThan(0);
    await cms.strapi.plugin('search').service('search').provider().crash();
    const during = await search('locale=en');
    expect([200, 503]).toContain(during.status);
    await expect.poll(async () => (await search('locale=en')).body?.total, { timeout: 60_000, interval: 250 }).toBe(before);
    expect((await search('q=Schulmöbel&locale=de')).body.hits.map((hit: any) => hit.title)).toContain('Schulmöbel gesucht');
  });
});

describe('expiry', () => {
  it('a listing past its expiry date is marked expired and leaves search', async () => {
    const id = await createListing(cms, sofia, { title: 'Пясъчни чували за наводнения', kind: 'goods', cpvCodes: ['39522530'] }, 'bg');
    await drain();
    expect((await search('q=чували&locale=bg')).body.total).toBe(1);
    // The listing's expiry passes (written straight to the table: the API refuses a past date).
    await cms.strapi.db.query('api::listing.listing').update({ where: { documentId: id }, data: { expiresAt: '2020-01-01' } });
    const { expireListings } = requireCms('src/scheduled/expire-listings.js');
    expect(await expireListings(cms.strapi)).toBe(1);
    await drain();
    expect((await cms.strapi.db.query('api::listing.listing').findOne({ where: { documentId: id } })).moderationStatus).toBe('expired');
    expect((await search('q=чували&locale=bg')).body.total).toBe(0);
  });
});

describe('a start of the embedded engine', () => {
  it('drops the sync jobs its rebuild covers, and the rebuilt index holds their writes', async () => {
    const service = cms.strapi.plugin('search').service('search');
    // Writes while no worker runs (as in a bulk import before a start): their jobs wait in the outbox.
    service.stop();
    const vratsa = await createMunicipality(cms, { name: 'Враца', country: 'BG', verificationStatus: 'verified', officialCode: 'BG_VRC10' });
    const id = await createListing(cms, vratsa, { title: 'Снегорин за зимата', kind: 'equipment', cpvCodes: ['34144210'] }, 'bg');
    expect((await service.outboxState()).pending).toBeGreaterThanOrEqual(2);
    await service.start();
    // The rebuild read those writes, so their jobs are gone without being applied a second time.
    expect((await service.outboxState()).pending).toBe(0);
    const found = await search('q=Снегорин&locale=bg');
    expect(found.body.hits.map((hit: any) => hit.documentId)).toEqual([id]);
    expect(found.body.hits[0].municipality.name).toBe('Враца');
  });
});

describe('GET /api/search, answered before the router', () => {
  it('carries the same security, CORS and powered-by headers as a routed answer, and refuses bad input the same way', async () => {
    const headersOf = async (urlPath: string) => {
      const response = await fetch(`${cms.baseUrl}${urlPath}`, { headers: { origin: 'http://localhost:4321' } });
      expect(response.status).toBe(200);
      const skip = new Set(['content-length', 'date', 'cache-control', 'etag', 'connection', 'keep-alive']);
      return Object.fromEntries([...response.headers].filter(([name]) => !skip.has(name)));
    };
    const searched = await headersOf('/api/search?locale=en');
    expect(searched).toEqual(await headersOf('/api/search/status'));
    expect(searched['content-security-policy']).toBeTruthy();
    expect(searched['x-content-type-options']).toBe('nosniff');
    // A refused parameter gets Strapi's error body, as from any routed controller.
    const refused = await search('locale=en&page=0');
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    expect(refused.body.error.message).toMatch(/page/);
    // Other methods still meet the router.
    expect((await fetch(`${cms.baseUrl}/api/search?locale=en`, { method: 'HEAD' })).status).toBe(200);
    expect((await fetch(`${cms.baseUrl}/api/search?locale=en`, { method: 'POST' })).status).toBe(405);
  });
});
