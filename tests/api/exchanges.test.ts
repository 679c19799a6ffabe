import http from 'node:http';
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

/**
 * The API over a fresh connection per request (no keep-alive): with twenty requests in flight on a busy
 * machine, fetch's pool may reuse a socket the server is just closing (ECONNRESET), which is not what we test.
 */
function call(method: string, urlPath: string, options: { token?: string; body?: unknown } = {}): Promise<{ status: number; body: any }> {
  const payload = options.body !== undefined ? JSON.stringify(options.body) : undefined;
  return new Promise((resolve, reject) => {
    const request = http.request(`${cms.baseUrl}${urlPath}`, {
      method,
      agent: false,
      headers: { ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}), ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => {
        let body: any = text;
        try {
          body = text ? JSON.parse(text) : null;
        } catch {
          /* not JSON */
        }
        resolve({ status: response.statusCode ?? 0, body });
      });
    });
    request.on('error', reject);
    if (payload) request.write(payload);
    request.end();
  });
}

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
  const response = await call('POST', '/api/exchanges', { token, body: { data: { listing, message: 'Wir hätten großes Interesse.', ...extra } } });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.data as { documentId: string; version: number; state: string };
}

async function transition(documentId: string, token: string, action: string, version: number, message?: string) {
  return call('POST', `/api/exchanges/${documentId}/transitions`, { token, body: { action, version, ...(message ? { message } : {}) } });
}

async function stored(documentId: string) {
  return cms.strapi.db.query(EXCHANGE).findOne({ where: { documentId }, populate: { handover: true, impact: true, providerFeedback: true, receiverFeedback: true, messages: { orderBy: { id: 'asc' } } } });
}

async function auditOf(documentId: string) {
  return cms.strapi.db.query('api::audit-entry.audit-entry').findMany({ where: { subjectType: 'exchange', subjectDocumentId: documentId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}

/** Everything a refused write could have touched. */
async function snapshot(documentId: string) {
  const exchange = await stored(documentId);
  const audit = await auditOf(documentId);
  const listings = await cms.strapi.db.query('api::listing.listing').findMany({ orderBy: { id: 'asc' }, select: ['id', 'remainingQuantity', 'moderationStatus'] });
  return canonical({ exchange, audit, listings });
}

/** JSON with object keys sorted: populated relations come back in any order on PostgreSQL. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v));
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
    const again = await call('POST', '/api/exchanges', { token: tokenC, body: { data: { listing: offer, message: 'Still there?' } } });
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
    // A's fire engine offer and B's fire engine request share their CPV code: the matcher pairs them (after commit).
    let match: any = null;
    for (let i = 0; i < 100 && !match; i += 1) {
      match = await cms.strapi.db.query('plugin::matching.match').findOne({ where: { offerId: world.listings.publishedA, requestId: world.listings.publishedB } });
      if (!match) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(match).toBeTruthy();
    const offer = world.listings.publishedA;
    const response = await call('POST', '/api/exchanges', { token: tokenB, body: { data: { match: match.documentId, message: 'Passt zu unserem Gesuch.' } } });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.data).toMatchObject({ mySide: 'receiver', listing: { documentId: offer } });
    expect((await cms.strapi.db.query('plugin::matching.match').findOne({ where: { id: match.id } })).requestState).toBe('contacted');
    const outsider = await call('POST', '/api/exchanges', { token: tokenC, body: { data: { match: match.documentId } } });
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

  it('twenty municipalities ask for one item: of twenty concurrent accepts exactly one wins, the item is never promised twice', async () => {
    const offer = await createListing(cms, A, { quantity: 1, unit: 'piece', title: 'Пожарна помпа' });
    // Twenty different municipalities each ask for the one pump; the owner's members then accept all twenty at once.
    const exchanges: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const municipality = await createMunicipality(cms, { name: `Asker ${i}`, country: i % 2 ? 'HR' : 'RS', verificationStatus: 'verified', officialCode: `RACE_${i}` });
      exchanges.push((await startExchange(offer, await memberWithJwt(`asker${i}@example.eu`, municipality))).documentId);
    }
    const owners = await Promise.all(exchanges.map((_, i) => memberWithJwt(`owner${i}@example.eu`, A)));
    const responses = await Promise.all(exchanges.map((documentId, i) => transition(documentId, owners[i], 'accept', 0)));
    const winners = responses.filter((response) => response.status === 200);
    expect(winners).toHaveLength(1);
    const losers = responses.filter((response) => response.status !== 200);
    expect(losers.map((response) => [response.status, response.body.error.details.code])).toEqual(Array(19).fill([409, 'exchange.quantity-unavailable']));
    const rows = await cms.strapi.db.query(EXCHANGE).findMany({ where: { documentId: { $in: exchanges } }, select: ['documentId', 'state', 'version'], orderBy: { id: 'asc' } });
    expect(rows.filter((row: any) => row.state === 'accepted').map((row: any) => row.documentId)).toEqual([winners[0].body.data.documentId]);
    expect(rows.filter((row: any) => row.state === 'requested' && row.version === 0)).toHaveLength(19);
    const accepts = await cms.strapi.db.query('api::audit-entry.audit-entry').findMany({ where: { subjectDocumentId: { $in: exchanges }, action: 'exchange.accept' }, orderBy: { id: 'asc' } });
    expect(accepts.map((entry: any) => entry.subjectDocumentId)).toEqual([winners[0].body.data.documentId]);
    // The others can still be declined; after the winner completes, the listing is closed.
    const loser = exchanges.find((id) => id !== winners[0].body.data.documentId)!;
    expect((await transition(loser, tokenA, 'decline', 0)).status).toBe(200);
    expect((await transition(winners[0].body.data.documentId, tokenA, 'confirm', 1)).status).toBe(200);
    expect((await listingRow(offer)).moderationStatus).toBe('published');
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

/** Sends a file to the member's /api/upload, as the portal does, and returns the answer. */
async function uploadResponse(token: string, name: string, type: string, bytes: Uint8Array<ArrayBuffer>): Promise<{ status: number; body: any }> {
  const form = new FormData();
  form.append('files', new Blob([bytes], { type }), name);
  const response = await fetch(`${cms.baseUrl}/api/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: response.status, body: await response.json() };
}

/** Uploads a file through the member's /api/upload, as the portal does. */
async function upload(token: string, name: string, type: string, bytes: Uint8Array<ArrayBuffer>): Promise<number> {
  const form = new FormData();
  form.append('files', new Blob([bytes], { type }), name);
  const response = await fetch(`${cms.baseUrl}/api/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const body = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(201);
  return body[0].id;
}

// A 1x1 PNG.
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'));
const GIF = Uint8Array.from(Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'));

describe('the thread', () => {
  let exchangeId: string;
  beforeAll(async () => {
    const offer = await createListing(cms, A, { title: 'Компютри за училище', kind: 'equipment', cpvCodes: ['30213100'] });
    exchangeId = (await startExchange(offer)).documentId;
  });

  it('the two municipalities read and write it, with a photo attached', async () => {
    const photo = await upload(tokenA, 'photo.png', 'image/png', PNG);
    const posted = await call('POST', `/api/exchanges/${exchangeId}/messages`, { token: tokenA, body: { body: 'Hier ein Foto. <b>fett</b>', attachments: [photo] } });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    expect(posted.body.data).toMatchObject({ body: 'Hier ein Foto. <b>fett</b>', mine: true, from: { documentId: A, name: 'Бургас' } });
    expect(posted.body.data.attachments).toMatchObject([{ id: photo, mime: 'image/png' }]);
    const read = await call('GET', `/api/exchanges/${exchangeId}/messages`, { token: tokenB });
    expect(read.status).toBe(200);
    expect(read.body.data.map((m: any) => [m.body, m.mine])).toEqual([['Wir hätten großes Interesse.', true], ['Hier ein Foto. <b>fett</b>', false]]);
    expect(JSON.stringify(read.body)).not.toMatch(/@example\.eu/);
  });

  it('refuses a wrong attachment type and bad bodies, naming the field; nothing is stored', async () => {
    const before = await snapshot(exchangeId);
    // A GIF never gets in: the member's upload checks each file's content at the door.
    const gif = await uploadResponse(tokenB, 'anim.gif', 'image/gif', GIF);
    expect(gif.status).toBe(400);
    expect(gif.body.error.details.errors[0]).toMatchObject({ path: ['files', '0'], code: 'file_type' });
    const photoOfA = (await stored(exchangeId)).messages.length; // the photo A attached above may not be taken over
    const attached = await cms.strapi.db.query('plugin::upload.file').findOne({ where: { name: 'photo.png' } });
    const takeover = await call('POST', `/api/exchanges/${exchangeId}/messages`, { token: tokenB, body: { body: 'Same photo', attachments: [attached.id] } });
    expect(takeover.status).toBe(400);
    expect(takeover.body.error.message).toMatch(/^attachments\.0: is already attached elsewhere/);
    expect((await stored(exchangeId)).messages).toHaveLength(photoOfA);
    const missing = await call('POST', `/api/exchanges/${exchangeId}/messages`, { token: tokenB, body: { body: 'x', attachments: [999999] } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/^attachments\.0: is not an uploaded file/);
    for (const body of [{ body: '' }, { body: 'x'.repeat(5001) }, { body: 'bell\u0007' }, {}]) {
      const response = await call('POST', `/api/exchanges/${exchangeId}/messages`, { token: tokenB, body });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/^body: /);
    }
    expect(await snapshot(exchangeId)).toBe(before);
  });

  it('refuses an attachment over 10 MB', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 2048);
    big.set(Buffer.from('%PDF-1.4\n'));
    const before = await snapshot(exchangeId);
    const response = await uploadResponse(tokenB, 'protocol.pdf', 'application/pdf', big);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/at most 10 MB/);
    // A PDF within the limit is taken, and goes into the thread.
    const pdf = await upload(tokenB, 'protocol.pdf', 'application/pdf', big.slice(0, 4096));
    const posted = await call('POST', `/api/exchanges/${exchangeId}/messages`, { token: tokenB, body: { body: 'Protokoll', attachments: [pdf] } });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    expect(posted.body.data.attachments).toMatchObject([{ id: pdf, mime: 'application/pdf' }]);
    expect(await snapshot(exchangeId)).not.toBe(before);
  });

  it('a third municipality can neither read nor write it, and nothing changes', async () => {
    const before = await snapshot(exchangeId);
    const read = await call('GET', `/api/exchanges/${exchangeId}/messages`, { token: tokenC });
    expect(read.status).toBe(403);
    expect(JSON.stringify(read.body)).not.toContain('Hier ein Foto');
    const write = await call('POST', `/api/exchanges/${exchangeId}/messages`, { token: tokenC, body: { body: 'Hallo?' } });
    expect(write.status).toBe(403);
    expect((await call('GET', `/api/exchanges/${exchangeId}`, { token: tokenC })).status).toBe(404);
    expect((await call('GET', `/api/exchanges/${exchangeId}/messages`)).status).toBe(403);
    expect(await snapshot(exchangeId)).toBe(before);
  });

  it('an editor (Strapi\'s Editor role) reads it in the admin (Content Manager)', async () => {
    const token = await adminToken(cms, 'editor@example.eu', 'strapi-editor');
    const exchange = await stored(exchangeId);
    const response = await fetch(`${cms.baseUrl}/content-manager/collection-types/api::message.message?filters[exchange][id][$eq]=${exchange.id}&sort=id:asc`, { headers: { authorization: `Bearer ${token}` } });
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body.results.map((m: any) => m.body)).toEqual(['Wir hätten großes Interesse.', 'Hier ein Foto. <b>fett</b>', 'Protokoll']);
  });
});

describe('hand-over, feedback and impact', () => {
  let exchangeId: string;
  beforeAll(async () => {
    const offer = await createListing(cms, A, { title: 'Лаптопи', kind: 'equipment', cpvCodes: ['30213100'], quantity: 10, unit: 'piece' });
    exchangeId = (await startExchange(offer, tokenB, { quantity: 4 })).documentId;
  });

  it('the hand-over is agreed while accepted, by either side', async () => {
    const early = await call('PUT', `/api/exchanges/${exchangeId}/handover`, { token: tokenB, body: { date: '2026-12-01', place: 'Depot' } });
    expect(early.status).toBe(409);
    await transition(exchangeId, tokenA, 'accept', 0);
    const first = await call('PUT', `/api/exchanges/${exchangeId}/handover`, { token: tokenB, body: { date: '2026-12-01', place: 'Depot Burgas' } });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const second = await call('PUT', `/api/exchanges/${exchangeId}/handover`, { token: tokenA, body: { transport: 'Lkw der Stadt Kassel' } });
    expect(second.body.data.handover).toEqual({ date: '2026-12-01', place: 'Depot Burgas', transport: 'Lkw der Stadt Kassel' });
    const bad = await call('PUT', `/api/exchanges/${exchangeId}/handover`, { token: tokenA, body: { date: '2026-13-01' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^date: /);
    expect((await call('PUT', `/api/exchanges/${exchangeId}/handover`, { token: tokenC, body: { place: 'x' } })).status).toBe(403);
  });

  it('feedback and impact only after completion; feedback once per side; CO2e computed from the factors', async () => {
    expect((await call('POST', `/api/exchanges/${exchangeId}/feedback`, { token: tokenB, body: { rating: 5 } })).status).toBe(409);
    expect((await call('PUT', `/api/exchanges/${exchangeId}/impact`, { token: tokenB, body: { massKg: 10 } })).status).toBe(409);
    await transition(exchangeId, tokenA, 'confirm', 1);
    const done = await transition(exchangeId, tokenB, 'confirm', 2);
    expect(done.body.data.state).toBe('completed');

    const feedback = await call('POST', `/api/exchanges/${exchangeId}/feedback?locale=de`, { token: tokenB, body: { rating: 5, comment: 'Alles bestens.' } });
    expect(feedback.status, JSON.stringify(feedback.body)).toBe(201);
    expect(feedback.body.data.feedback.receiver).toMatchObject({ rating: 5, comment: 'Alles bestens.', locale: 'de' });
    expect(feedback.body.data.feedback.provider).toBeNull();
    const twice = await call('POST', `/api/exchanges/${exchangeId}/feedback`, { token: tokenB, body: { rating: 1 } });
    expect(twice.status).toBe(409);
    expect(twice.body.error.details.code).toBe('exchange.feedback-given');
    expect((await call('POST', `/api/exchanges/${exchangeId}/feedback`, { token: tokenA, body: { rating: 0 } })).body.error.message).toMatch(/^rating: must be a whole number from 1 to 5/);
    expect((await call('POST', `/api/exchanges/${exchangeId}/feedback`, { token: tokenA, body: { rating: 4 } })).status).toBe(201);
    expect((await call('POST', `/api/exchanges/${exchangeId}/feedback`, { token: tokenC, body: { rating: 4 } })).status).toBe(403);

    // Laptops, CPV division 30: 10 kg CO2e per kg (config/src/impact-factors.ts).
    const impact = await call('PUT', `/api/exchanges/${exchangeId}/impact`, { token: tokenB, body: { valueEur: 1200, massKg: 8.5 } });
    expect(impact.status, JSON.stringify(impact.body)).toBe(200);
    expect(impact.body.data.impact).toEqual({ valueEur: 1200, massKg: 8.5, co2eKg: 85, volunteerHours: null, expertDays: null });
    const more = await call('PUT', `/api/exchanges/${exchangeId}/impact`, { token: tokenA, body: { volunteerHours: 3 } });
    expect(more.body.data.impact).toEqual({ valueEur: 1200, massKg: 8.5, co2eKg: 85, volunteerHours: 3, expertDays: null });
    const typedCo2 = await call('PUT', `/api/exchanges/${exchangeId}/impact`, { token: tokenA, body: { co2eKg: 1e6 } });
    expect(typedCo2.status).toBe(400);
    expect((await call('PUT', `/api/exchanges/${exchangeId}/impact`, { token: tokenC, body: { massKg: 1 } })).status).toBe(403);
    expect((await stored(exchangeId)).impact).toMatchObject({ co2eKg: 85 });
  });
});

describe('read models', () => {
  it('GET /api/exchanges lists my municipality\'s exchanges, both sides, newest first, titles in ?locale=', async () => {
    const requestOfA = await createListing(cms, A, { type: 'request', title: 'Търсим контейнери' });
    await startExchange(requestOfA, tokenB);
    const response = await call('GET', '/api/exchanges?locale=bg&pageSize=100', { token: tokenB });
    expect(response.status).toBe(200);
    const rows = response.body.data;
    expect(rows.length).toBeGreaterThan(5);
    expect(new Set(rows.map((r: any) => r.mySide))).toEqual(new Set(['receiver', 'provider']));
    const times = rows.map((r: any) => Date.parse(r.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(rows[0]).toEqual(expect.objectContaining({ documentId: expect.any(String), state: expect.any(String), version: expect.any(Number), counterpart: expect.objectContaining({ documentId: expect.any(String), name: expect.any(String), country: expect.any(String) }), listing: expect.objectContaining({ title: expect.any(String), slug: expect.any(String) }) }));
    expect(response.body.meta.pagination.total).toBe(rows.length);
    expect(JSON.stringify(response.body)).not.toMatch(/@example\.eu|requestedBy/);
    const none = await call('GET', '/api/exchanges', { token: tokenC });
    expect(none.body.data.filter((r: any) => r.counterpart.documentId !== A && r.counterpart.documentId !== B)).toEqual([]);
  });

  it('GET /api/portal/impact gives totals, 24 months, kinds and countries, without person data; the profile record has its totals', async () => {
    const response = await call('GET', '/api/portal/impact?locale=de');
    expect(response.status).toBe(200);
    const { totals, byMonth, byKind, byCountry } = response.body;
    const completed = await cms.strapi.db.query(EXCHANGE).count({ where: { state: 'completed' } });
    expect(totals).toMatchObject({ completed, valueEur: 1200, massKg: 8.5, co2eKg: 85, volunteerHours: 3, expertDays: 0 });
    expect(byMonth).toHaveLength(24);
    expect(byMonth.at(-1)).toMatchObject({ month: new Date().toISOString().slice(0, 7), completed, valueEur: 1200, co2eKg: 85 });
    expect(byKind.find((k: any) => k.kind === 'equipment')).toMatchObject({ co2eKg: 85, label: expect.any(String) });
    expect(byCountry).toEqual(expect.arrayContaining([expect.objectContaining({ country: 'BG', completed, name: 'Bulgarien' }), expect.objectContaining({ country: 'DE', name: 'Deutschland' })]));
    expect(JSON.stringify(response.body)).not.toMatch(/@|documentId/);
    expect((await call('GET', '/api/portal/impact?locale=xx')).status).toBe(400);

    const slug = (await cms.strapi.db.query('api::municipality.municipality').findOne({ where: { documentId: A } })).slug;
    const profile = await call('GET', `/api/portal/municipalities/${slug}?locale=en`);
    expect(profile.body.data.record.impact).toMatchObject({ completed, co2eKg: 85, valueEur: 1200 });
  });
});

describe('open data', () => {
  async function get(path: string) {
    const response = await fetch(`${cms.baseUrl}${path}`);
    return { status: response.status, type: response.headers.get('content-type'), link: response.headers.get('link'), text: await response.text() };
  }
  const PERSON_DATA = /@|\+359|contact|author|email|phone/i;

  it('publishes the published listings as CSV and JSON, with the licence, without person data', async () => {
    const hidden = await createListing(cms, A, { moderationStatus: 'pending', title: 'Скрита обява за тест' });
    const csv = await get('/api/open-data/listings.csv');
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv/);
    expect(csv.link).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    const [header, ...lines] = csv.text.trim().split('\n');
    expect(header).toBe('documentId,slug,type,kind,cpvCodes,title,originalLocale,municipalityName,municipalityCountry,municipalityOfficialCode,publishedOn,availableFrom,neededBy,expiresAt,quantity,remainingQuantity,unit');
    expect(csv.text).not.toMatch(PERSON_DATA);
    expect(csv.text).not.toContain(hidden);
    expect(csv.text).toContain(world.listings.publishedA);
    expect(csv.text).not.toContain(world.listings.pendingA);

    const json = await get('/api/open-data/listings.json');
    expect(json.type).toMatch(/^application\/json/);
    expect(json.link).toContain('creativecommons.org/licenses/by/4.0');
    const body = JSON.parse(json.text);
    expect(body.licence).toMatchObject({ url: 'https://creativecommons.org/licenses/by/4.0/' });
    const published = await cms.strapi.db.query('api::listing.listing').findMany({ where: { moderationStatus: 'published' }, select: ['documentId'], orderBy: { id: 'asc' } });
    expect(new Set(body.data.map((row: any) => row.documentId))).toEqual(new Set(published.map((row: any) => row.documentId)));
    expect(body.data).toHaveLength(lines.length);
    expect(body.data.find((row: any) => row.documentId === world.listings.publishedB)).toMatchObject({ type: 'request', title: 'Feuerwehrfahrzeug gesucht', originalLocale: 'de', municipalityName: 'Kassel', municipalityCountry: 'DE', municipalityOfficialCode: 'DE_06611000', cpvCodes: ['34144210'] });
    expect(JSON.stringify(body.data)).not.toMatch(PERSON_DATA);
  });

  it('publishes the exchange statistics by month, kind and country', async () => {
    const csv = await get('/api/open-data/exchange-stats.csv');
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv/);
    expect(csv.link).toContain('rel="license"');
    expect(csv.text.split('\n')[0]).toBe('month,kind,country,completed,valueEur,massKg,co2eKg,volunteerHours,expertDays');
    expect(csv.text).not.toMatch(PERSON_DATA);
    const json = JSON.parse((await get('/api/open-data/exchange-stats.json')).text);
    expect(json.licence.url).toBe('https://creativecommons.org/licenses/by/4.0/');
    const month = new Date().toISOString().slice(0, 7);
    expect(json.data).toEqual(expect.arrayContaining([{ month, kind: 'equipment', country: 'BG', completed: expect.any(Number), valueEur: 1200, massKg: 8.5, co2eKg: 85, volunteerHours: 3, expertDays: 0 }]));
    expect(JSON.stringify(json)).not.toMatch(/@|documentId/);
  });
});
