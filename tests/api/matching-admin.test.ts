import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken } from '../support/admin';
import { buildWorld, createListing, type World } from '../support/fixtures';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { startTestCms, type TestCms } from '../support/strapi-instance';

/**
 * The editors' Matching page through the admin API: recent matches with scores and reasons as sentences, a title
 * search to pick listings, a match proposed by hand (both municipalities told), ending an urgency. Editors may, an
 * admin role without the permission may not, and a refused call changes nothing (portal members and anonymous
 * callers: tests/api/authorization-matrix.test.ts).
 */
let cms: TestCms;
let smtp: TestSmtp;
let world: World;
let editor: string;
let offer: string;
let request: string;

const MATCH = 'plugin::matching.match';
const admin = (method: string, path: string, token: string | undefined, body?: unknown) => cms.request(method, `/matching${path}`, { token, body });

beforeAll(async () => {
  smtp = await startTestSmtp();
  cms = await startTestCms(smtp.env());
  world = await buildWorld(cms);
  editor = await adminToken(cms, 'editor@example.eu', 'strapi-editor');
  // Two listings the matcher does not pair (different kinds, no shared words): an editor knows better.
  offer = await createListing(cms, world.municipalities.B, { type: 'offer', kind: 'expertise', cpvCodes: [], title: 'Beratung zur Abfallwirtschaft', description: 'Unsere Stadtwerke beraten gern.' }, 'de');
  request = await createListing(cms, world.municipalities.A, { type: 'request', kind: 'services', cpvCodes: [], title: 'Търсим помощ за сметосъбирането', description: 'Общината въвежда разделно събиране.' }, 'bg');
  await cms.strapi.plugin('matching').service('matching').idle();
}, 180_000);

afterAll(async () => {
  await cms?.stop();
  await smtp?.stop();
});

describe('the Matching page\'s admin API', () => {
  it('lists recent matches with scores and reasons as sentences', async () => {
    const response = await admin('GET', '/matches?locale=en', editor);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const match = response.body.data.find((m: any) => m.offer.documentId === world.listings.publishedA && m.request.documentId === world.listings.publishedB);
    expect(match).toBeDefined();
    expect(match.score).toBeGreaterThan(0.35);
    expect(match.reasonsText).toMatch(/^Same (item|category)/);
    expect(match.offer.municipality.name).toBe('Бургас');
    expect(match.request.title).toBe('Feuerwehrfahrzeug gesucht');
    expect(response.body.meta.pagination.total).toBeGreaterThanOrEqual(1);
  });

  it('finds listings by title to pick for a proposal', async () => {
    const response = await admin('GET', `/listings?q=${encodeURIComponent('abfall')}&type=offer`, editor);
    expect(response.status).toBe(200);
    expect(response.body.data.map((l: any) => l.documentId)).toEqual([offer]);
    const bad = await admin('GET', '/listings?q=a', editor);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('q');
  });

  it('stores a match proposed by hand with the editor\'s reason and tells both municipalities', async () => {
    const response = await admin('POST', '/matches', editor, { offerId: offer, requestId: request });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const stored = await cms.strapi.db.query(MATCH).findOne({ where: { offerId: offer, requestId: request } });
    expect(stored.source).toBe('editor');
    expect(stored.proposedBy).toBe('editor@example.eu');
    expect(stored.reasons[0]).toEqual({ kind: 'editor' });
    const list = await admin('GET', '/matches?locale=de', editor);
    expect(list.body.data[0].reasonsText).toMatch(/^Von der Redaktion vorgeschlagen/);

    for (const [actor, own] of [['memberA', request], ['memberB', offer]] as const) {
      const notices = await cms.request('GET', '/api/notifications?locale=en', { token: world.actors[actor].token });
      const notice = notices.body.data.find((n: any) => n.event === 'match.proposed' && n.data.listing.documentId === own);
      expect(notice, actor).toBeDefined();
      expect(notice.title).toMatch(/^An editor proposes a match for/);
      expect(notice.text).toContain('An editor of the association proposed this match.');
    }
    // The requester's side sees it among the listing's matches too.
    const matches = await cms.request('GET', `/api/matching/listings/${request}/matches?locale=en`, { token: world.actors.memberA.token });
    expect(matches.body.data.map((m: any) => m.counterpart.documentId)).toContain(offer);
  });

  it.each([
    [{ offerId: 'nope', requestId: 'x' }, 'offerId'],
    [() => ({ offerId: request, requestId: offer }), 'offerId'],
    [() => ({ offerId: offer, requestId: world.listings.publishedB }), 'requestId'],
    [() => ({ offerId: offer, requestId: request }), 'requestId'],
    [{ requestId: 'x' }, 'offerId'],
  ])('refuses a bad proposal %#, naming %s, and stores nothing', async (body, field) => {
    const before = await cms.strapi.db.query(MATCH).count();
    const response = await admin('POST', '/matches', editor, typeof body === 'function' ? body() : body);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(field);
    expect(await cms.strapi.db.query(MATCH).count()).toBe(before);
  });

  it('lets an editor end an urgency', async () => {
    await cms.strapi.documents('api::listing.listing').update({ documentId: world.listings.publishedB, locale: 'de', data: { urgency: 'fire', urgencyRadiusKm: 300 } as any });
    const open = await admin('GET', '/urgent', editor);
    expect(open.body.data.map((l: any) => l.documentId)).toContain(world.listings.publishedB);
    const ended = await admin('POST', `/urgent/${world.listings.publishedB}/end`, editor);
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    const row = await cms.strapi.db.query('api::listing.listing').findOne({ where: { documentId: world.listings.publishedB } });
    expect(row.urgency).toBeNull();
    expect((await admin('POST', `/urgent/${world.listings.publishedB}/end`, editor)).status).toBe(409);
  });

  // Portal members and anonymous callers get 401, changing nothing: rows of tests/api/authorization-matrix.test.ts.
  it('refuses an admin whose role lacks the permission', async () => {
    const author = await adminToken(cms, 'author@example.eu', 'strapi-author');
    expect((await admin('GET', '/matches', author)).status).toBe(403);
    expect((await admin('POST', '/matches', author, { offerId: world.listings.publishedA, requestId: request })).status).toBe(403);
  });
});
