// Generated bad input (fast-check, fixed seeds) against every route that moves or fills an exchange: the
// transitions, the hand-over, feedback, impact and the thread (with and without attachments). Bad ids, wrong
// types, huge, negative and NaN-like numbers (the impact columns are numeric(10,2)), impossible dates, control
// characters, markup, other people's uploads. Never a 5xx; a refusal changes no exchange, message, audit
// entry, notification or mail; what is accepted reads back as sent. (Starting an exchange: bad-input.test.ts.)
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badBody,
  badId,
  badNumber,
  badValue,
  counts,
  expectRefusedOrDone,
  goodText,
  mostly,
  oddText,
  PDF,
  PNG,
  rows,
  runs,
  segment,
  send,
  snapshot,
  statusTally,
  uploadedId,
  waitForCount,
  wrongType,
} from '../support/bad-input';
import { buildWorld, createListing, createMember, createMunicipality, type World } from '../support/fixtures';
import { startTestCms, type TestCms } from '../support/strapi-instance';

const EXCHANGE = 'api::exchange.exchange';
const NOTIFICATION = 'api::notification.notification';
let cms: TestCms;
let world: World;
let tokenA: string;
let tokenB: string;
let tokenC: string;
/**
 * One exchange of A's in each state that takes writes, and one between B and C; the transitions property moves
 * exchanges of its own (movedRequested, movedAccepted), so that the others stay in their states.
 */
const ex = { requested: '', accepted: '', completed: '', foreign: '', movedRequested: '', movedAccepted: '' };
type Target = keyof typeof ex;

async function call(token: string, method: string, path: string, body?: unknown) {
  const answer = await send(cms, method, path, body, { token });
  expect(answer.status, `${method} ${path}: ${JSON.stringify(answer.body)}`).toBeLessThan(300);
  return answer.body.data;
}

beforeAll(async () => {
  cms = await startTestCms();
  world = await buildWorld(cms);
  tokenA = world.actors.memberA.token!;
  tokenB = world.actors.memberB.token!;
  const C = await createMunicipality(cms, { name: 'Graz', country: 'AT', verificationStatus: 'verified', officialCode: 'AT_60101' });
  tokenC = await createMember(cms, 'member.c@example.eu', 'member', C);
  const offers: string[] = [];
  for (let i = 0; i < 6; i++) offers.push(await createListing(cms, world.municipalities.B, { type: 'offer', kind: 'goods', cpvCodes: ['39160000'], title: `Schulbänke ${i}`, quantity: 40, unit: 'piece' }, 'de'));
  ex.requested = (await call(tokenA, 'POST', '/api/exchanges', { data: { listing: offers[0], quantity: 4 } })).documentId;
  ex.accepted = (await call(tokenA, 'POST', '/api/exchanges', { data: { listing: offers[1], quantity: 4 } })).documentId;
  await call(tokenB, 'POST', `/api/exchanges/${ex.accepted}/transitions`, { action: 'accept', version: 0 });
  ex.completed = (await call(tokenA, 'POST', '/api/exchanges', { data: { listing: offers[2], quantity: 4 } })).documentId;
  await call(tokenB, 'POST', `/api/exchanges/${ex.completed}/transitions`, { action: 'accept', version: 0 });
  await call(tokenA, 'POST', `/api/exchanges/${ex.completed}/transitions`, { action: 'confirm', version: 1 });
  await call(tokenB, 'POST', `/api/exchanges/${ex.completed}/transitions`, { action: 'confirm', version: 2 });
  ex.foreign = (await call(tokenC, 'POST', '/api/exchanges', { data: { listing: offers[3] } })).documentId;
  ex.movedRequested = (await call(tokenA, 'POST', '/api/exchanges', { data: { listing: offers[4], quantity: 4 } })).documentId;
  ex.movedAccepted = (await call(tokenA, 'POST', '/api/exchanges', { data: { listing: offers[5], quantity: 4 } })).documentId;
  await call(tokenB, 'POST', `/api/exchanges/${ex.movedAccepted}/transitions`, { action: 'accept', version: 0 });
  // What those writes announce arrives after their commits (11 events, each told to both sides), and the matcher
  // works on the new listings in the background: wait for both, so that no snapshot catches them midway.
  await waitForCount(exchangeNotifications, 2 * 11);
  await cms.strapi.plugin('matching').service('matching').idle();
});

const exchangeNotifications = () => cms.strapi.db.query(NOTIFICATION).count({ where: { event: { $startsWith: 'exchange.' } } });

afterAll(async () => {
  await cms?.stop();
});

/** Every exchange with its components, the thread with its files, the offered listings' quantities and states. */
const exchangeSnapshot = () =>
  snapshot(cms, async () => ({
    exchanges: await rows(cms, EXCHANGE, {}, { handover: true, providerFeedback: true, receiverFeedback: true, impact: true }),
    messages: await rows(cms, 'api::message.message', {}, { attachments: { select: ['id'] } }),
    listings: await rows(cms, 'api::listing.listing', {}, {}),
  }));

const actors = () => ({ A: tokenA, B: tokenB, C: tokenC });
/** A known exchange (by its state) or an id that names none. */
const target = fc.oneof({ weight: 4, arbitrary: fc.constantFrom<Target>('requested', 'accepted', 'completed', 'foreign') }, { weight: 1, arbitrary: badId });
const movable = fc.oneof({ weight: 4, arbitrary: fc.constantFrom<Target>('movedRequested', 'movedAccepted', 'completed', 'foreign') }, { weight: 1, arbitrary: badId });
const idOf = (t: string) => (t in ex ? ex[t as Target] : segment(t));

/** After an accepted write, the two notifications it announces (after its commit) are awaited. */
async function expectAnnounced(before: Awaited<ReturnType<typeof exchangeSnapshot>>) {
  await waitForCount(() => cms.strapi.db.query(NOTIFICATION).count(), before.counts[NOTIFICATION]! + 2);
}

describe('transitions', () => {
  const body = fc.oneof(
    { weight: 5, arbitrary: fc.record({ action: mostly(fc.constantFrom('accept', 'decline', 'withdraw', 'cancel', 'confirm'), badValue), version: mostly(fc.nat(3), badNumber), message: mostly(goodText, fc.oneof(oddText, wrongType)) }, { requiredKeys: ['action', 'version'] }) },
    { weight: 1, arbitrary: fc.record({ action: fc.constant('withdraw'), version: fc.constant(0), state: fc.constantFrom('completed', 'accepted'), extra: badValue }, { requiredKeys: ['action', 'version', 'state'] }) },
    { weight: 1, arbitrary: badBody },
  );

  it('bad ids, actions, versions and messages are refused (400, 403, 404 or 409) and change nothing; a legal one is done exactly once', async () => {
    const tally = statusTally();
    await fc.assert(
      fc.asyncProperty(movable, fc.constantFrom<'A' | 'B' | 'C'>('A', 'A', 'B', 'C'), fc.boolean(), body, async (t, actor, wrapped, payload: any) => {
        const sent = wrapped && payload && typeof payload === 'object' && !Array.isArray(payload) ? { data: payload } : payload;
        const before = await exchangeSnapshot();
        const answer = await send(cms, 'POST', `/api/exchanges/${idOf(t)}/transitions`, sent, { token: actors()[actor] });
        tally.add(answer.status);
        await expectRefusedOrDone(answer, before, exchangeSnapshot, { t, actor, sent });
        if (answer.status === 200) {
          // Only a legal move with the current version gets here: one step, one audit entry, the message as sent.
          expect(answer.body.data.version).toBe(payload.version + 1);
          expect((await counts(cms))['api::audit-entry.audit-entry']).toBe(before.counts['api::audit-entry.audit-entry']! + 1);
          if (typeof payload.message === 'string') {
            const thread = (await send(cms, 'GET', `/api/exchanges/${idOf(t)}/messages`, undefined, { token: actors()[actor] })).body.data;
            expect(thread.at(-1).body).toBe(payload.message.trim());
          }
          await expectAnnounced(before);
        }
      }),
      runs(1001, 40),
    );
    // The runs reached both outcomes: the route's own validation, and the write.
    expect(tally.of((status) => status === 400), String(tally)).toBeGreaterThan(10);
    expect(tally.of((status) => status < 300), String(tally)).toBeGreaterThan(0);
  });
});

describe('hand-over, feedback and impact', () => {
  const day = mostly(fc.constantFrom('2027-05-14', '9999-12-31', '0001-01-01', '2028-02-29', null), fc.oneof(fc.constantFrom('0000-01-01', '2027-02-30', '2027-5-1', '14.05.2027', '2027-05-14T10:00:00Z', '+02027-05-14'), badValue));
  const place = mostly(fc.oneof(goodText, fc.constant(null)), fc.oneof(oddText, wrongType, fc.constant('x'.repeat(301))));

  it('hand-over: impossible dates, bad places and transport are refused; an accepted one reads back as sent', async () => {
    const tally = statusTally();
    const handover = fc.oneof({ weight: 5, arbitrary: fc.record({ date: day, place, transport: place }, { requiredKeys: [] }) }, { weight: 1, arbitrary: fc.record({ date: fc.constant('2027-05-14'), by: badValue }) }, { weight: 1, arbitrary: badBody });
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 5, arbitrary: fc.constant<Target>('accepted') }, { weight: 1, arbitrary: target }), fc.constantFrom<'A' | 'B' | 'C'>('A', 'B', 'C'), handover, async (t, actor, data: any) => {
        const before = await exchangeSnapshot();
        const answer = await send(cms, 'PUT', `/api/exchanges/${idOf(t)}/handover`, { data }, { token: actors()[actor] });
        tally.add(answer.status);
        await expectRefusedOrDone(answer, before, exchangeSnapshot, { t, actor, data });
        if (answer.status === 200) {
          const shown = answer.body.data.handover;
          for (const field of ['place', 'transport'] as const) if (typeof data[field] === 'string') expect(shown[field]).toBe(data[field].trim());
          if (typeof data.date === 'string') expect(String(shown.date).slice(0, 10)).toBe(data.date);
          await expectAnnounced(before);
        }
      }),
      runs(1002),
    );
    // The runs reached both outcomes: the route's own validation, and the write.
    expect(tally.of((status) => status === 400), String(tally)).toBeGreaterThan(10);
    expect(tally.of((status) => status < 300), String(tally)).toBeGreaterThan(0);
  });

  it('feedback: bad ratings and comments are refused; one per side, its comment read back as sent', async () => {
    const tally = statusTally();
    const feedback = fc.oneof(
      { weight: 5, arbitrary: fc.record({ rating: mostly(fc.integer({ min: 1, max: 5 }), badNumber), comment: mostly(goodText, fc.oneof(oddText, wrongType, fc.constant('ü'.repeat(2001)))) }, { requiredKeys: ['rating'] }) },
      { weight: 1, arbitrary: fc.record({ rating: fc.constant(5), givenAt: fc.constant('2020-01-01'), locale: badValue }) },
      { weight: 1, arbitrary: badBody },
    );
    const given = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 5, arbitrary: fc.constant<Target>('completed') }, { weight: 1, arbitrary: target }), fc.constantFrom<'A' | 'B' | 'C'>('A', 'B', 'C'), fc.constantFrom(undefined, 'bg', 'xx', '<b>'), feedback, async (t, actor, locale, data: any) => {
        const before = await exchangeSnapshot();
        const query = locale === undefined ? '' : `?locale=${encodeURIComponent(locale)}`;
        const answer = await send(cms, 'POST', `/api/exchanges/${idOf(t)}/feedback${query}`, { data }, { token: actors()[actor] });
        tally.add(answer.status);
        await expectRefusedOrDone(answer, before, exchangeSnapshot, { t, actor, locale, data });
        if (answer.status === 201) {
          expect(given.has(actor), 'feedback is given once per side').toBe(false);
          given.add(actor);
          const mine = answer.body.data.feedback[answer.body.data.mySide];
          expect(mine.rating).toBe(data.rating);
          expect(mine.comment).toBe(typeof data.comment === 'string' ? data.comment.trim() : null);
          await expectAnnounced(before);
        }
      }),
      runs(1003),
    );
    // The runs reached both outcomes: the route's own validation, and the write.
    expect(tally.of((status) => status === 400), String(tally)).toBeGreaterThan(10);
    expect(tally.of((status) => status < 300), String(tally)).toBeGreaterThan(0);
  });

  it('impact: negative, NaN-like, fractional-cent and huge numbers (beyond numeric(10,2)) are refused; accepted figures read back', async () => {
    const tally = statusTally();
    const figure = fc.oneof({ weight: 4, arbitrary: fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.nat(9_999_999), fc.constantFrom(9_999_999, 1e6, 0.01, 0, null)) }, { weight: 1, arbitrary: badNumber });
    const impact = fc.oneof(
      { weight: 5, arbitrary: fc.record({ valueEur: figure, massKg: figure, volunteerHours: figure, expertDays: figure }, { requiredKeys: [] }) },
      { weight: 1, arbitrary: fc.record({ massKg: fc.constant(10), co2eKg: fc.constantFrom(1e9, -1, 0) }) },
      { weight: 1, arbitrary: badBody },
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 5, arbitrary: fc.constant<Target>('completed') }, { weight: 1, arbitrary: target }), fc.constantFrom<'A' | 'B' | 'C'>('A', 'B', 'C'), impact, async (t, actor, data: any) => {
        const before = await exchangeSnapshot();
        const answer = await send(cms, 'PUT', `/api/exchanges/${idOf(t)}/impact`, { data }, { token: actors()[actor] });
        tally.add(answer.status);
        await expectRefusedOrDone(answer, before, exchangeSnapshot, { t, actor, data });
        if (answer.status === 200) {
          const shown = answer.body.data.impact;
          for (const field of ['valueEur', 'massKg', 'volunteerHours', 'expertDays'] as const) {
            if (typeof data[field] === 'number') expect(Math.abs(shown[field] - data[field]), field).toBeLessThanOrEqual(0.005);
            if (data[field] === null) expect(shown[field]).toBeNull();
          }
          if (shown.massKg !== null) expect(shown.co2eKg).toBeGreaterThanOrEqual(0);
        }
      }),
      runs(1004),
    );
    // The runs reached both outcomes: the route's own validation, and the write.
    expect(tally.of((status) => status === 400), String(tally)).toBeGreaterThan(10);
    expect(tally.of((status) => status < 300), String(tally)).toBeGreaterThan(0);
  });

  it('impact: the largest figures the columns hold are taken, a cent more is refused (numeric(10,2), CO2e up to ten times the mass)', async () => {
    const limits = { valueEur: 99_999_999, massKg: 9_999_999, volunteerHours: 1e7, expertDays: 1e6 } as const;
    for (const [field, max] of Object.entries(limits)) {
      const before = await exchangeSnapshot();
      const over = await send(cms, 'PUT', `/api/exchanges/${ex.completed}/impact`, { data: { [field]: max + 0.01 } }, { token: tokenA });
      expect(over.status, field).toBe(400);
      expect(over.body.error.details.errors[0].path).toEqual([field]);
      expect(await exchangeSnapshot()).toEqual(before);
      const at = await send(cms, 'PUT', `/api/exchanges/${ex.completed}/impact`, { data: { [field]: max } }, { token: tokenA });
      expect(at.status, JSON.stringify(at.body)).toBe(200);
      expect(at.body.data.impact[field]).toBe(max);
    }
    const stored = await cms.strapi.db.query(EXCHANGE).findOne({ where: { documentId: ex.completed }, populate: { impact: true } });
    expect(Number(stored.impact.co2eKg)).toBeLessThan(1e8);
  });
});

describe('the thread', () => {
  /** What an attachment entry names: the member's own fresh image or PDF, one already used, another member's upload, or no file at all. */
  type Pick = 'ownImage' | 'ownPdf' | 'ownUsed' | 'othersFresh' | 'missing' | unknown;
  const attachment: fc.Arbitrary<Pick> = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('ownImage', 'ownImage', 'ownPdf', 'ownUsed', 'othersFresh', 'missing') },
    { weight: 1, arbitrary: fc.oneof(fc.constantFrom(0, -1, 1.5, 2_147_483_648, 99_999_999_999, '1', 'ownImage ', null), wrongType) },
  );
  const message = fc.oneof(
    { weight: 5, arbitrary: fc.record({ body: mostly(goodText, fc.oneof(oddText, wrongType, fc.constant('ß'.repeat(5001)))), attachments: fc.oneof({ weight: 4, arbitrary: fc.array(attachment, { maxLength: 7 }) }, { weight: 1, arbitrary: wrongType }) }, { requiredKeys: ['body'] }) },
    { weight: 1, arbitrary: fc.record({ body: fc.constant('Hallo'), fromMunicipality: badValue, author: fc.constant(1) }) },
    { weight: 1, arbitrary: badBody },
  );

  let othersFresh: number;
  let ownUsed: number;
  beforeAll(async () => {
    othersFresh = await uploadedId(cms, tokenB, 'b-protocol.png');
    ownUsed = await uploadedId(cms, tokenA, 'a-used.png');
    const told = await exchangeNotifications();
    await call(tokenA, 'POST', `/api/exchanges/${ex.accepted}/messages`, { data: { body: 'Foto', attachments: [ownUsed] } });
    await waitForCount(exchangeNotifications, told + 2);
  });

  it('posts: bad bodies, bad or foreign attachments are refused and nothing is stored; an accepted message reads back as sent', async () => {
    const tally = statusTally();
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: fc.constantFrom<Target>('accepted', 'requested', 'completed') }, { weight: 1, arbitrary: target }), fc.constantFrom<'A' | 'C'>('A', 'A', 'A', 'C'), message, async (t, actor, data: any) => {
        const sent = structuredClone(data);
        if (Array.isArray(sent.attachments)) {
          // Fresh files are uploaded before the snapshot: an unattached upload of the member's own is no orphan of the refusal.
          for (const [i, pick] of sent.attachments.entries()) {
            if (pick === 'ownImage') sent.attachments[i] = await uploadedId(cms, tokenA, 'a-photo.png');
            else if (pick === 'ownPdf') sent.attachments[i] = await uploadedId(cms, tokenA, 'a-protocol.pdf', PDF, 'application/pdf');
            else if (pick === 'ownUsed') sent.attachments[i] = ownUsed;
            else if (pick === 'othersFresh') sent.attachments[i] = othersFresh;
            else if (pick === 'missing') sent.attachments[i] = 999_999;
          }
        }
        const before = await exchangeSnapshot();
        const answer = await send(cms, 'POST', `/api/exchanges/${idOf(t)}/messages`, { data: sent }, { token: actors()[actor] });
        tally.add(answer.status);
        await expectRefusedOrDone(answer, before, exchangeSnapshot, { t, actor, sent });
        if (answer.status === 201) {
          expect(answer.body.data.body).toBe(sent.body.trim());
          expect(answer.body.data.attachments.map((file: any) => file.id).sort()).toEqual([...new Set<number>(sent.attachments ?? [])].sort());
          expect(sent.attachments ?? []).not.toContain(othersFresh);
          const thread = (await send(cms, 'GET', `/api/exchanges/${idOf(t)}/messages`, undefined, { token: tokenB })).body.data;
          expect(thread.at(-1).body).toBe(sent.body.trim());
          await expectAnnounced(before);
        }
      }),
      runs(1005, 35),
    );
    // The runs reached both outcomes: the route's own validation, and the write.
    expect(tally.of((status) => status === 400), String(tally)).toBeGreaterThan(10);
    expect(tally.of((status) => status < 300), String(tally)).toBeGreaterThan(0);
    // Another member's upload was never taken over: it is still attached to nothing.
    const file = await cms.strapi.db.query('plugin::upload.file').findOne({ where: { id: othersFresh }, populate: { related: true } });
    expect(file.related ?? []).toEqual([]);
  });

  it('attachment ids beyond the integer range and a hand-over in the year 0 are refused, not a database error', async () => {
    for (const attachments of [[2_147_483_648], [99_999_999_999]]) {
      const before = await exchangeSnapshot();
      const answer = await send(cms, 'POST', `/api/exchanges/${ex.accepted}/messages`, { data: { body: 'x', attachments } }, { token: tokenA });
      expect(answer.status).toBe(400);
      expect(answer.body.error.details.errors[0].path).toEqual(['attachments', '0']);
      expect(await exchangeSnapshot()).toEqual(before);
    }
    const before = await exchangeSnapshot();
    const answer = await send(cms, 'PUT', `/api/exchanges/${ex.accepted}/handover`, { data: { date: '0000-01-01' } }, { token: tokenA });
    expect(answer.status).toBe(400);
    expect(answer.body.error.details.errors[0].path).toEqual(['date']);
    expect(await exchangeSnapshot()).toEqual(before);
  });

  it('another member\'s fresh upload is refused by name, and a PNG and a PDF of one\'s own are taken', async () => {
    const before = await exchangeSnapshot();
    const refused = await send(cms, 'POST', `/api/exchanges/${ex.accepted}/messages`, { data: { body: 'Das ist meins', attachments: [othersFresh] } }, { token: tokenA });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors[0]).toMatchObject({ path: ['attachments', 0], message: 'attachments.0: must be a file you uploaded yourself' });
    expect(await exchangeSnapshot()).toEqual(before);
    const files = [await uploadedId(cms, tokenA, 'scan.png', PNG), await uploadedId(cms, tokenA, 'protokoll.pdf', PDF, 'application/pdf')];
    const posted = await send(cms, 'POST', `/api/exchanges/${ex.accepted}/messages`, { data: { body: 'Протокол <b>и</b> снимка', attachments: files } }, { token: tokenA });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    expect(posted.body.data.attachments.map((f: any) => f.mime).sort()).toEqual(['application/pdf', 'image/png']);
    await expectAnnounced(before);
  });
});
