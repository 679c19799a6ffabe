import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTwoMonths } from '../support/dates';
import { startTestCms, type TestCms } from '../support/strapi-instance';
import { buildWorld, type World } from '../support/fixtures';
import { createMunicipalityAdmin } from '../support/accounts';

/**
 * Every cell of the permission matrix over the listing, municipality and exchange routes, for anonymous,
 * a pending member, a member of A and a member of B: the expected status, and for refused writes, that the
 * database did not change.
 */
let cms: TestCms;
let world: World;

beforeAll(async () => {
  cms = await startTestCms();
  world = await buildWorld(cms);
});

afterAll(async () => {
  await cms?.stop();
});

type ActorName = 'anonymous' | 'pending' | 'memberA' | 'memberB';
const ACTORS: ActorName[] = ['anonymous', 'pending', 'memberA', 'memberB'];

/** A snapshot of everything the write routes can touch, to prove a refused write changed nothing. */
async function snapshot() {
  const sortById = { orderBy: { id: 'asc' } };
  const [listings, municipalities, exchanges, messages] = await Promise.all([
    cms.strapi.db.query('api::listing.listing').findMany({ ...sortById, populate: { municipality: { select: ['documentId'] } } }),
    cms.strapi.db.query('api::municipality.municipality').findMany({ ...sortById, populate: { contact: true } }),
    cms.strapi.db.query('api::exchange.exchange').findMany(sortById),
    cms.strapi.db.query('api::message.message').findMany(sortById),
  ]);
  return JSON.stringify({ listings, municipalities, exchanges, messages });
}

function token(actor: ActorName) {
  return world.actors[actor].token;
}

const newListing = () => ({
  data: { type: 'offer', kind: 'goods', cpvCodes: ['39160000'], title: 'Schulmöbel abzugeben', description: 'Dreißig Tische und sechzig Stühle.', expiresAt: inTwoMonths() },
});

describe('reading listings', () => {
  it.each(ACTORS)('%s lists published listings and never another municipality\'s pending ones', async (actor) => {
    const response = await cms.request('GET', '/api/listings?locale=bg&pagination[pageSize]=100', { token: token(actor) });
    expect(response.status).toBe(200);
    const ids = response.body.data.map((listing: any) => listing.documentId);
    expect(ids).toContain(world.listings.publishedA);
    if (actor === 'memberA') expect(ids).toContain(world.listings.pendingA);
    else expect(ids).not.toContain(world.listings.pendingA);
  });

  it.each(ACTORS)('%s opens a published listing; only A opens A\'s pending one', async (actor) => {
    const published = await cms.request('GET', `/api/listings/${world.listings.publishedA}?locale=bg`, { token: token(actor) });
    expect(published.status).toBe(200);
    expect(published.body.data.title).toBe('Пожарен автомобил в добро състояние');
    const pending = await cms.request('GET', `/api/listings/${world.listings.pendingA}?locale=bg`, { token: token(actor) });
    expect(pending.status).toBe(actor === 'memberA' ? 200 : 404);
  });

  it.each(ACTORS)('%s opens a listing without ?locale= in the language it was written in; the pending one stays A\'s', async (actor) => {
    const published = await cms.request('GET', `/api/listings/${world.listings.publishedA}`, { token: token(actor) });
    expect(published.status).toBe(200);
    expect(published.body.data).toMatchObject({ locale: 'bg', title: 'Пожарен автомобил в добро състояние' });
    const pending = await cms.request('GET', `/api/listings/${world.listings.pendingA}`, { token: token(actor) });
    expect(pending.status).toBe(actor === 'memberA' ? 200 : 404);
  });

  it('never exposes a listing\'s author', async () => {
    const response = await cms.request('GET', `/api/listings/${world.listings.publishedA}?locale=bg&populate=*`, { token: token('memberB') });
    expect(response.status).toBe(200);
    expect(response.body.data.author).toBeUndefined();
  });
});

describe('writing listings', () => {
  const createStatus: Record<ActorName, number> = { anonymous: 403, pending: 403, memberA: 201, memberB: 201 };
  it.each(ACTORS)('%s creating a listing gets the expected status', async (actor) => {
    const before = await snapshot();
    const response = await cms.request('POST', '/api/listings?locale=de', { token: token(actor), body: newListing() });
    expect(response.status, JSON.stringify(response.body)).toBe(createStatus[actor]);
    if (response.status === 201) {
      const stored = await cms.strapi.db.query('api::listing.listing').findOne({
        where: { documentId: response.body.data.documentId },
        populate: { municipality: { select: ['documentId'] }, author: { select: ['email'] } },
      });
      expect(stored.municipality.documentId).toBe(world.actors[actor].municipalityId);
      expect(stored.moderationStatus).toBe('pending');
      expect(stored.originalLocale).toBe('de');
      expect(stored.locale).toBe('de');
    } else {
      expect(await snapshot()).toBe(before);
    }
  });

  it('a member cannot post for another municipality or publish their own listing', async () => {
    const before = await snapshot();
    const forB = await cms.request('POST', '/api/listings?locale=bg', { token: token('memberA'), body: { data: { ...newListing().data, municipality: world.municipalities.B } } });
    expect(forB.status, JSON.stringify(forB.body)).toBe(403);
    expect(forB.body.error.message, JSON.stringify(forB.body)).toMatch(/municipality/);
    const published = await cms.request('POST', '/api/listings?locale=bg', { token: token('memberA'), body: { data: { ...newListing().data, moderationStatus: 'published' } } });
    expect(published.status).toBe(403);
    expect(published.body.error.message).toMatch(/moderationStatus/);
    expect(await snapshot()).toBe(before);
  });

  const updateStatus: Record<ActorName, number> = { anonymous: 403, pending: 403, memberA: 200, memberB: 403 };
  it.each(ACTORS)('%s editing A\'s listing gets the expected status', async (actor) => {
    const before = await snapshot();
    const title = `Пожарен автомобил, редактиран от ${actor}`;
    const response = await cms.request('PUT', `/api/listings/${world.listings.publishedA}`, { token: token(actor), body: { data: { title } } });
    expect(response.status).toBe(updateStatus[actor]);
    const stored = await cms.strapi.db.query('api::listing.listing').findOne({ where: { documentId: world.listings.publishedA } });
    if (response.status === 200) {
      expect(stored.title).toBe(title);
      // Editing without ?locale= changes the original language and adds no locale version.
      expect(await cms.strapi.db.query('api::listing.listing').count({ where: { documentId: world.listings.publishedA } })).toBe(1);
    } else {
      expect(await snapshot()).toBe(before);
    }
  });

  const closeStatus: Record<ActorName, number> = { anonymous: 403, pending: 403, memberA: 200, memberB: 403 };
  it.each(['anonymous', 'pending', 'memberB', 'memberA'] as ActorName[])('%s closing A\'s pending listing gets the expected status', async (actor) => {
    const before = await snapshot();
    const response = await cms.request('POST', `/api/listings/${world.listings.pendingA}/close`, { token: token(actor) });
    expect(response.status).toBe(closeStatus[actor]);
    const stored = await cms.strapi.db.query('api::listing.listing').findOne({ where: { documentId: world.listings.pendingA } });
    if (response.status === 200) expect(stored.moderationStatus).toBe('closed');
    else expect(await snapshot()).toBe(before);
  });

  // Nobody deletes a listing through the API: a row of tests/api/authorization-matrix.test.ts.
});

describe('municipality profiles', () => {
  it.each(ACTORS)('%s reads profiles without the contact person', async (actor) => {
    const response = await cms.request('GET', `/api/municipalities/${world.municipalities.A}?populate=*`, { token: token(actor) });
    expect(response.status).toBe(200);
    expect(response.body.data.name).toBe('Бургас');
    expect(response.body.data.contact).toBeUndefined();
    const list = await cms.request('GET', '/api/municipalities?populate=*&pagination[pageSize]=100', { token: token(actor) });
    expect(list.status).toBe(200);
    expect(list.body.data.every((m: any) => m.contact === undefined)).toBe(true);
  });

  const contactStatus: Record<ActorName, number> = { anonymous: 403, pending: 403, memberA: 200, memberB: 200 };
  it.each(ACTORS)('%s asking for A\'s contact person gets the expected status', async (actor) => {
    const response = await cms.request('GET', `/api/municipalities/${world.municipalities.A}/contact`, { token: token(actor) });
    expect(response.status).toBe(contactStatus[actor]);
    if (response.status === 200) expect(response.body.data.email).toBe('contact@bg_bgs04.example.eu');
    else expect(JSON.stringify(response.body)).not.toContain('contact@');
  });

  // Who edits A's profile, actor by actor, is a row of tests/api/authorization-matrix.test.ts.
  it('a pending municipality\'s admin edits its own profile but not its verification or name; a colleague without the admin flag edits nothing', async () => {
    const adminP = await createMunicipalityAdmin(cms, 'admin.p@example.eu', 'pending-member', world.municipalities.P);
    const before = await snapshot();
    const colleague = await cms.request('PUT', `/api/municipalities/${world.municipalities.P}`, { token: token('pending'), body: { data: { website: 'https://colleague.example.eu' } } });
    expect(colleague.status).toBe(403);
    for (const data of [{ verificationStatus: 'verified' }, { name: 'Renamed' }, { trusted: true }]) {
      const response = await cms.request('PUT', `/api/municipalities/${world.municipalities.P}`, { token: adminP, body: { data } });
      expect(response.status).toBe(403);
      expect(response.body.error.message).toContain(Object.keys(data)[0]);
    }
    expect(await snapshot()).toBe(before);
    const response = await cms.request('PUT', `/api/municipalities/${world.municipalities.P}`, { token: adminP, body: { data: { website: 'https://www.sibiu.ro' } } });
    expect(response.status).toBe(200);
    expect((await cms.strapi.db.query('api::municipality.municipality').findOne({ where: { documentId: world.municipalities.P } })).website).toBe('https://www.sibiu.ro');
  });

  it.each(ACTORS)('%s cannot create or delete municipalities through the API', async (actor) => {
    const before = await snapshot();
    const created = await cms.request('POST', '/api/municipalities', { token: token(actor), body: { data: { name: 'Fake', country: 'BG', officialCode: 'X1' } } });
    expect(created.status, "no such route for anyone").toBe(405);
    const deleted = await cms.request('DELETE', `/api/municipalities/${world.municipalities.B}`, { token: token(actor) });
    expect(deleted.status, "no such route for anyone").toBe(405);
    expect(await snapshot()).toBe(before);
  });
});

describe('exchanges', () => {
  const startStatus: Record<ActorName, number> = { anonymous: 403, pending: 403, memberA: 400, memberB: 201 };
  it.each(ACTORS)('%s asking for A\'s published offer gets the expected status', async (actor) => {
    const before = await snapshot();
    const response = await cms.request('POST', '/api/exchanges', {
      token: token(actor),
      body: { data: { listing: world.listings.publishedA, message: 'Guten Tag, wir hätten großes Interesse an dem Fahrzeug.' } },
    });
    expect(response.status).toBe(startStatus[actor]);
    if (response.status === 201) {
      const stored = await cms.strapi.db.query('api::exchange.exchange').findOne({
        where: { documentId: response.body.data.documentId },
        populate: { provider: true, receiver: true, listing: true, messages: true },
      });
      expect(stored.state).toBe('requested');
      expect(stored.provider.documentId).toBe(world.municipalities.A);
      expect(stored.receiver.documentId).toBe(world.municipalities.B);
      expect(stored.listing.documentId).toBe(world.listings.publishedA);
      expect(stored.messages).toHaveLength(1);
    } else {
      expect(await snapshot()).toBe(before);
    }
  });

  it('only the two municipalities see an exchange', async () => {
    const exchange = await cms.strapi.db.query('api::exchange.exchange').findOne({ where: { state: 'requested' }, orderBy: { id: 'asc' } });
    const expected: Record<ActorName, number> = { anonymous: 403, pending: 403, memberA: 200, memberB: 200 };
    for (const actor of ACTORS) {
      const one = await cms.request('GET', `/api/exchanges/${exchange.documentId}`, { token: token(actor) });
      expect(one.status, actor).toBe(expected[actor]);
      const list = await cms.request('GET', '/api/exchanges', { token: token(actor) });
      expect(list.status, actor).toBe(expected[actor]);
      if (list.status === 200) expect(list.body.data.map((e: any) => e.documentId)).toContain(exchange.documentId);
    }
  });

  it('a member of a third municipality sees none of it', async () => {
    const C = await cms.strapi.documents('api::municipality.municipality').create({ data: { name: 'Gent', country: 'BE', verificationStatus: 'verified', officialCode: 'BE_44021' } });
    const { createMember } = await import('../support/fixtures');
    const tokenC = await createMember(cms, 'member.c@example.eu', 'member', C.documentId);
    const exchange = await cms.strapi.db.query('api::exchange.exchange').findOne({ where: { state: 'requested' }, orderBy: { id: 'asc' } });
    expect((await cms.request('GET', `/api/exchanges/${exchange.documentId}`, { token: tokenC })).status).toBe(404);
    const list = await cms.request('GET', '/api/exchanges', { token: tokenC });
    expect(list.status).toBe(200);
    expect(list.body.data).toEqual([]);
  });

  it.each(ACTORS)('%s cannot change an exchange by a free update or delete', async (actor) => {
    const exchange = await cms.strapi.db.query('api::exchange.exchange').findOne({ where: { state: 'requested' }, orderBy: { id: 'asc' } });
    const before = await snapshot();
    const updated = await cms.request('PUT', `/api/exchanges/${exchange.documentId}`, { token: token(actor), body: { data: { state: 'completed' } } });
    expect(updated.status, "no such route for anyone").toBe(405);
    const deleted = await cms.request('DELETE', `/api/exchanges/${exchange.documentId}`, { token: token(actor) });
    expect(deleted.status, "no such route for anyone").toBe(405);
    expect(await snapshot()).toBe(before);
  });
});
