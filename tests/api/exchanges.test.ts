import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken } from '../support/admin';
import { buildWorld, createListing, createMember, createMunicipality, type World } from '../support/fixtures';
import { startTestCms, type TestCms } from '../support/strapi-instance';

/**
 * Exchanges from the first request to the recorded result, through the real HTTP API on a real database:
 * transitions (who may, in which state, atomically), the thread and its attachments, hand-over, feedback,
 * impact, the public impact figures and the open data files.
 */
let cms: TestCms;
let world: World;
let A: string; // verified, BG: owns the offers
let B: string; // verified, DE: asks
let C: string; // verified, BE: a third municipality
let tokenA: string;
let tokenB: string;
let tokenC: string;

beforeAll(async () => {
  cms = await startTestCms();
  world = await buildWorld(cms);
  A = world.municipalities.A;
  B = world.municipalities.B;
  tokenA = world.actors.memberA.token!;
  tokenB = world.actors.memberB.token!;
  C = await createMunicipality(cms, { name: 'Gent', country: 'BE', verificationStatus: 'verified', officialCode: 'BE_44021' });
  tokenC = await createMember(cms, 'member.c@example.eu', 'member', C);
}, 180_000);

afterAll(async () => {
  await cms?.stop();
});

const EXCHANGE = 'api::exchange.exchange';

/** A member whose JWT is issued directly: the login route's rate limit would refuse twenty logins in a row. */
async function memberWithJwt(email: string, municipalityId: string): Promise<string> {
  const role = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'member' } });
  const municipality = await cms.strapi.db.query('api::municipality.municipality').findOne({ where: { documentId: municipalityId }, select: ['id'] });
  const user = await cms.strapi.plugin('users-permissions').service('user').add({
    username: email, email, password: 'Test-password-1', provider: 'local', confirmed: true, blocked: false, role: role.id, municipality: municipality.id,
  });
  return cms.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id });
}

async function startExchange(listing: string, token = tokenB, extra: Record<string, unknown> = {}) {
  const response = await cms.request('POST', '/api/exchanges', { token, body: { data: { listing, message: 'Wir hätten großes Interesse.', ...extra } } });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.data as { documentId: string; version: number; state: string };
}

async function transition(documentId: string, token: string, action: string, version: number, message?: string) {
  return cms.request('POST', `/api/exchanges/${documentId}/transitions`, { token, body: { action, version, ...(message ? { message } : {}) } });
}

async function stored(documentId: string) {
  return cms.strapi.db.query(EXCHANGE).findOne({ where: { documentId }, populate: { handover: true, impact: true, providerFeedback: true, receiverFeedback: true, messages: true } });
}

async function auditOf(documentId: string) {
  return cms.strapi.db.query('api::audit-entry.audit-entry').findMany({ where: { subjectType: 'exchange', subjectDocumentId: documentId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}

/** Everything a refused write could have touched. */
async function snapshot(documentId: string) {
  const exchange = await stored(documentId);
  const audit = await auditOf(documentId);
  const listings = await cms.strapi.db.query('api::listing.listing').findMany({ orderBy: { id: 'asc' }, select: ['id', 'remainingQuantity', 'moderationStatus'] });
  return JSON.stringify({ exchange, audit, listings });
}

async function listingRow(documentId: string) {
  return cms.strapi.db.query('api::listing.listing').findOne({ where: { documentId }, select: ['remainingQuantity', 'moderationStatus'], orderBy: { id: 'asc' } });
}

describe('the life of an exchange', () => {
  it('runs from request to completion: the offer owner accepts, both confirm, the quantity goes down; each step audited', async () => {
    const offer = await createListing(cms, A, { quantity: 5, unit: 'piece', kind: 'goods', cpvCodes: ['39160000'], title: 'Училищни чинове' });
    const started = await startExchange(offer, tokenB, { quantity: 2 });
    expect(started).toMatchObject({ state: 'requested', version: 0, mySide: 'receiver', askingSide: 'receiver', allowedActions: ['withdraw'] });
    expect((started as any).counterpart).toMatchObject({ documentId: A, name: 'Бургас', country: 'BG' });

    const accepted = await transition(started.documentId, tokenA, 'accept', 0, 'Gerne, holen Sie sie ab.');
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.data).toMatchObject({ state: 'accepted', version: 1, mySide: 'provider', allowedActions: ['cancel', 'confirm'] });
    expect(accepted.body.data.decidedAt).toBeTruthy();

    const first = await transition(started.documentId, tokenB, 'confirm', 1);
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({ state: 'accepted', version: 2, allowedActions: ['cancel'] });
    expect(first.body.data.receiverConfirmedAt).toBeTruthy();
    expect((await listingRow(offer)).remainingQuantity).toBe(5);

    const second = await transition(started.documentId, tokenA, 'confirm', 2);
    expect(second.status).toBe(200);
    expect(second.body.data).toMatchObject({ state: 'completed', version: 3, allowedActions: [] });
    expect(second.body.data.completedAt).toBeTruthy();
    expect(second.body.meta.listing).toEqual({ remainingQuantity: 3, closed: false });
    expect(await listingRow(offer)).toMatchObject({ remainingQuantity: 3, moderationStatus: 'published' });

    const row = await stored(started.documentId);
    expect(row.messages.map((m: any) => m.body)).toEqual(['Wir hätten großes Interesse.', 'Gerne, holen Sie sie ab.']);
    const audit = await auditOf(started.documentId);
    expect(audit.map((entry: any) => [entry.action, entry.fromState ?? null, entry.toState])).toEqual([
      ['exchange.request', null, 'requested'],
      ['exchange.accept', 'requested', 'accepted'],
      ['exchange.confirm', 'accepted', 'accepted'],
      ['exchange.confirm', 'accepted', 'completed'],
    ]);
    const userA = await cms.strapi.db.query('plugin::users-permissions.user').findOne({ where: { email: 'member.a@example.eu' } });
    expect(audit[1]).toMatchObject({ actorKind: 'member', actorId: userA.documentId, country: 'BG' });
    expect(audit[1].details).toMatchObject({ municipalityDocumentId: A, side: 'provider', fromVersion: 0, toVersion: 1 });
    expect(audit.every((entry: any) => entry.createdAt)).toBe(true);
  });

  it('closes the listing when an exchange takes what is left', async () => {
    const offer = await createListing(cms, A, { quantity: 1, unit: 'piece', title: 'Пожарна стълба' });
    const exchange = await startExchange(offer);
    expect((await transition(exchange.documentId, tokenA, 'accept', 0)).status).toBe(200);
    expect((await transition(exchange.documentId, tokenA, 'confirm', 1)).status).toBe(200);
    const done = await transition(exchange.documentId, tokenB, 'confirm', 2);
    expect(done.body.data.state).toBe('completed');
    expect(done.body.meta.listing).toEqual({ remainingQuantity: 0, closed: true });
    expect(await listingRow(offer)).toMatchObject({ remainingQuantity: 0, moderationStatus: 'closed' });
    // A closed listing takes no new exchange.
    const again = await cms.request('POST', '/api/exchanges', { token: tokenC, body: { data: { listing: offer, message: 'Still there?' } } });
    expect(again.status).toBe(400);
    expect(again.body.error.message).toMatch(/not open/);
  });

  it('answering a REQUEST makes the answerer the provider; the request owner then accepts', async () => {
    const exchange = await startExchange(world.listings.publishedB, tokenA);
    expect(exchange).toMatchObject({ mySide: 'provider', askingSide: 'provider', allowedActions: ['withdraw'] });
    const byAsker = await transition(exchange.documentId, tokenA, 'accept', 0);
    expect(byAsker.status).toBe(409);
    expect(byAsker.body.error.details.code).toBe('exchange.illegal-transition');
    expect(byAsker.body.error.message).toMatch(/receiving municipality/);
    const accepted = await transition(exchange.documentId, tokenB, 'accept', 0);
    expect(accepted.status).toBe(200);
    expect(accepted.body.data).toMatchObject({ state: 'accepted', mySide: 'receiver' });
  });

  it('starts from a match: the requester asks for the offer', async () => {
    const offer = await createListing(cms, A, { title: 'Генератор за ток', kind: 'equipment', cpvCodes: ['31121000'] });
    const match = await cms.strapi.documents('plugin::matching.match').create({
      data: { offerId: offer, requestId: world.listings.publishedB, offerMunicipalityId: A, requestMunicipalityId: B, score: 0.9, reasons: [] },
    });
    const response = await cms.request('POST', '/api/exchanges', { token: tokenB, body: { data: { match: match.documentId, message: 'Passt zu unserem Gesuch.' } } });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.data).toMatchObject({ mySide: 'receiver', listing: { documentId: offer } });
    const outsider = await cms.request('POST', '/api/exchanges', { token: tokenC, body: { data: { match: match.documentId } } });
    expect(outsider.status).toBe(403);
  });
});

describe('refused transitions change nothing', () => {
  it('the wrong side, a third municipality, a stale version, an unknown action', async () => {
    const offer = await createListing(cms, A, { title: 'Офис столове' });
    const exchange = await startExchange(offer);
    const before = await snapshot(exchange.documentId);
    // requested: the asker may not accept or decline, the owner may not withdraw, nobody may cancel or confirm.
    for (const [token, action] of [[tokenB, 'accept'], [tokenB, 'decline'], [tokenA, 'withdraw'], [tokenA, 'cancel'], [tokenB, 'cancel'], [tokenA, 'confirm'], [tokenB, 'confirm']] as const) {
      const response = await transition(exchange.documentId, token, action, 0);
      expect(response.status, `${action}`).toBe(409);
      expect(response.body.error.details.code).toBe('exchange.illegal-transition');
    }
    for (const action of ['accept', 'decline', 'withdraw', 'cancel', 'confirm']) {
      const response = await transition(exchange.documentId, tokenC, action, 0);
      expect(response.status).toBe(403);
      expect(response.body.error.message).toMatch(/two municipalities/);
    }
    const stale = await transition(exchange.documentId, tokenA, 'accept', 7);
    expect(stale.status).toBe(409);
    expect(stale.body.error.details).toMatchObject({ code: 'exchange.stale', currentVersion: 0, currentState: 'requested' });
    const bad = await transition(exchange.documentId, tokenA, 'steal', 0);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^action: must be one of/);
    const pending = await transition(exchange.documentId, world.actors.pending.token!, 'accept', 0);
    expect(pending.status).toBe(403);
    const anonymous = await transition(exchange.documentId, '', 'accept', 0);
    expect(anonymous.status).toBe(403);
    expect(await snapshot(exchange.documentId)).toBe(before);

    // accepted: nobody accepts, declines or withdraws again.
    expect((await transition(exchange.documentId, tokenA, 'accept', 0)).status).toBe(200);
    const accepted = await snapshot(exchange.documentId);
    for (const [token, action] of [[tokenA, 'accept'], [tokenA, 'decline'], [tokenB, 'withdraw']] as const) {
      const response = await transition(exchange.documentId, token, action, 1);
      expect(response.status).toBe(409);
    }
    expect(await snapshot(exchange.documentId)).toBe(accepted);

    // cancelled (by the asker): final for everyone.
    expect((await transition(exchange.documentId, tokenB, 'cancel', 1)).body.data.state).toBe('cancelled');
    const cancelled = await snapshot(exchange.documentId);
    for (const action of ['accept', 'decline', 'withdraw', 'cancel', 'confirm']) {
      expect((await transition(exchange.documentId, tokenA, action, 2)).status).toBe(409);
      expect((await transition(exchange.documentId, tokenB, action, 2)).status).toBe(409);
    }
    expect(await snapshot(exchange.documentId)).toBe(cancelled);
  });

  it('the asker withdraws, the owner declines', async () => {
    const offer = await createListing(cms, A, { title: 'Маси за столова' });
    const one = await startExchange(offer);
    expect((await transition(one.documentId, tokenB, 'withdraw', 0)).body.data.state).toBe('withdrawn');
    const two = await startExchange(offer);
    expect((await transition(two.documentId, tokenA, 'decline', 0)).body.data.state).toBe('declined');
  });
});

describe('twenty concurrent answers to one request', () => {
  it('exactly one wins, the other nineteen get 409, and state and audit agree', async () => {
    const offer = await createListing(cms, A, { quantity: 1, unit: 'piece', title: 'Линейка' });
    const exchange = await startExchange(offer);
    // Twenty different people: ten members of the offering municipality (five accept, five decline) and ten of
    // the asking one (each withdraws), all answering version 0 of the same request at the same moment.
    const people: { token: string; action: string }[] = [];
    for (let i = 0; i < 10; i += 1) people.push({ token: await memberWithJwt(`race.a${i}@example.eu`, A), action: i % 2 ? 'decline' : 'accept' });
    for (let i = 0; i < 10; i += 1) people.push({ token: await memberWithJwt(`race.b${i}@example.eu`, B), action: 'withdraw' });
    const responses = await Promise.all(people.map((person) => transition(exchange.documentId, person.token, person.action, 0)));
    const winners = responses.filter((response) => response.status === 200);
    const losers = responses.filter((response) => response.status !== 200);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(19);
    for (const loser of losers) {
      expect(loser.status).toBe(409);
      expect(['exchange.stale', 'exchange.illegal-transition']).toContain(loser.body.error.details.code);
    }
    const row = await stored(exchange.documentId);
    expect(row.state).toBe(winners[0].body.data.state);
    expect(row.version).toBe(1);
    const audit = await auditOf(exchange.documentId);
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({ fromState: 'requested', toState: row.state });
    expect(audit[1].details.toVersion).toBe(1);
  });

  it('two concurrent confirmations complete once and take the quantity off once', async () => {
    const offer = await createListing(cms, A, { quantity: 4, unit: 'piece', title: 'Пейки' });
    const exchange = await startExchange(offer, tokenB, { quantity: 1 });
    await transition(exchange.documentId, tokenA, 'accept', 0);
    const [a, b] = await Promise.all([transition(exchange.documentId, tokenA, 'confirm', 1), transition(exchange.documentId, tokenB, 'confirm', 1)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect((await stored(exchange.documentId)).state).toBe('accepted');
    expect((await listingRow(offer)).remainingQuantity).toBe(4);
  });
});
