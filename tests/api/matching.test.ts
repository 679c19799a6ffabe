import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, createListing, createMember, createMunicipality, type World } from '../support/fixtures';
import { startTestCms, type TestCms } from '../support/strapi-instance';

/**
 * The matching plugin on the real CMS: a Bulgarian request meets a German offer of the same CPV class, the
 * matches are shown to their own municipalities only, and closed listings lose their matches.
 */
let cms: TestCms;
let world: World;
let request: string;
let offer: string;

const matching = () => cms.strapi.plugin('matching').service('matching');

beforeAll(async () => {
  cms = await startTestCms();
  world = await buildWorld(cms);
  // A (Burgas, BG) needs a fire engine; B (Kassel, DE) gives one away: same CPV class 3414.
  request = await createListing(cms, world.municipalities.A, { type: 'request', kind: 'equipment', cpvCodes: ['34144210'], title: 'Търсим пожарен автомобил', description: 'Доброволната пожарна команда има нужда от пожарен автомобил.' }, 'bg');
  offer = await createListing(cms, world.municipalities.B, { type: 'offer', kind: 'equipment', cpvCodes: ['34144213'], title: 'Feuerwehrfahrzeug abzugeben', description: 'Löschfahrzeug, Baujahr 2004, fahrbereit.' }, 'de');
  await matching().idle();
}, 180_000);

afterAll(async () => {
  await cms?.stop();
});

async function matchesOf(documentId: string, token?: string, locale = 'en') {
  return cms.request('GET', `/api/matching/listings/${documentId}/matches?locale=${locale}`, { token });
}

describe('matching', () => {
  it('a Bulgarian request meets a German offer of the same CPV class, with its reasons', async () => {
    const response = await matchesOf(request, world.actors.memberA.token);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const match = response.body.data.find((m: any) => m.counterpart.documentId === offer);
    expect(match).toBeDefined();
    expect(match.score).toBeGreaterThan(0);
    expect(match.reasons).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'cpv', level: 'class' })]));
    expect(match.reasonsText).toMatch(/categor/i);
    expect(match.counterpart.municipality.name).toBe('Kassel');
    expect(match.state).toBe('new');
  });

  it('shows the same match to the offering side', async () => {
    const response = await matchesOf(offer, world.actors.memberB.token, 'de');
    expect(response.status).toBe(200);
    expect(response.body.data.map((m: any) => m.counterpart.documentId)).toContain(request);
  });

  it('never pairs two listings of the same type', async () => {
    const stored = await cms.strapi.db.query('plugin::matching.match').findMany({ orderBy: { id: 'asc' } });
    const types = new Map((await cms.strapi.db.query('api::listing.listing').findMany({ select: ['documentId', 'type'] })).map((l: any) => [l.documentId, l.type]));
    for (const m of stored) {
      expect(types.get(m.offerId)).toBe('offer');
      expect(types.get(m.requestId)).toBe('request');
    }
  });

  it('shows a listing\'s matches to its own municipality only', async () => {
    expect((await matchesOf(request)).status).toBe(403);
    expect((await matchesOf(request, world.actors.pending.token)).status).toBe(403);
    expect((await matchesOf(request, world.actors.memberB.token)).status).toBe(403);
    const C = await createMunicipality(cms, { name: 'Gent', country: 'BE', verificationStatus: 'verified', officialCode: 'BE_44021' });
    const tokenC = await createMember(cms, 'member.c@example.eu', 'member', C);
    expect((await matchesOf(request, tokenC)).status).toBe(403);
  });

  it('lets each side mark the match, and no one else', async () => {
    const [match] = (await matchesOf(request, world.actors.memberA.token)).body.data;
    const seen = await cms.request('PUT', `/api/matching/matches/${match.id}/state`, { token: world.actors.memberA.token, body: { state: 'seen' } });
    expect(seen.status).toBe(200);
    expect(seen.body.data.state).toBe('seen');
    const bad = await cms.request('PUT', `/api/matching/matches/${match.id}/state`, { token: world.actors.memberA.token, body: { state: 'loved' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('state');
    const C = await cms.strapi.db.query('api::municipality.municipality').findOne({ where: { officialCode: 'BE_44021' } });
    const login = await cms.request('POST', '/api/auth/local', { body: { identifier: 'member.c@example.eu', password: 'Test-password-1' } });
    expect(C).toBeTruthy();
    const other = await cms.request('PUT', `/api/matching/matches/${match.id}/state`, { token: login.body.jwt, body: { state: 'dismissed' } });
    expect(other.status).toBe(403);
    const stored = await cms.strapi.db.query('plugin::matching.match').findOne({ where: { id: match.id } });
    expect(stored.requestState).toBe('seen');
    expect(stored.offerState).toBe('new');
  });

  it('a closed offer loses its untouched matches', async () => {
    const spare = await createListing(cms, world.municipalities.B, { type: 'offer', kind: 'equipment', cpvCodes: ['34144210'], title: 'Zweites Feuerwehrauto', description: 'Ein weiteres Löschfahrzeug.' }, 'de');
    await matching().idle();
    expect((await matchesOf(spare, world.actors.memberB.token)).body.data.length).toBeGreaterThan(0);
    await cms.strapi.documents('api::listing.listing').update({ documentId: spare, locale: 'de', data: { moderationStatus: 'closed' } });
    await matching().idle();
    expect(await cms.strapi.db.query('plugin::matching.match').count({ where: { offerId: spare } })).toBe(0);
  });

  it('suggests CPV codes from a text, with labels in the reader\'s language', async () => {
    const response = await cms.request('GET', `/api/matching/cpv-suggestions?text=${encodeURIComponent('пожарен автомобил за гасене на пожари')}&locale=bg&limit=5`);
    expect(response.status).toBe(200);
    expect(response.body.suggestions.length).toBeGreaterThan(0);
    expect(response.body.suggestions.some((s: any) => s.code.startsWith('3414'))).toBe(true);
    expect(response.body.suggestions[0].label).toMatch(/[а-я]/i);
  });

  it.each([
    ['', 'text'],
    ['text=%20%20', 'text'],
    ['text=fire&locale=xx', 'locale'],
    ['text=fire&limit=500', 'limit'],
  ])('cpv-suggestions refuses "%s" with a 400 naming %s', async (query, param) => {
    const response = await cms.request('GET', `/api/matching/cpv-suggestions?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(param);
  });
});
