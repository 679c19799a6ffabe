// The authorization matrix of the CMS: every route our code serves (enumerated from Strapi at run time; a route
// without a row fails the suite) against seven actors — anonymous, a pending member, a member of A, the admin of A,
// a member of B, a Bulgarian country editor (A is Bulgarian, B German) and a super admin. Each cell asserts the
// status; a refused write also that no table changed; a read that filters by visibility, what the actor sees.
// Accepted writes act on fresh objects, so that the cells stay independent. One CMS boot for the whole file.
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken } from '../support/admin';
import { call, type CallResult, createMunicipalityAdmin, freshIp } from '../support/accounts';
import { inTwoMonths } from '../support/dates';
import { buildWorld, createListing, createMunicipality, PASSWORD } from '../support/fixtures';
import { requireCms, startTestCms, type TestCms } from '../support/strapi-instance';

type Actor = 'anonymous' | 'pending' | 'memberA' | 'adminA' | 'memberB' | 'countryEditor' | 'superAdmin';
const ACTORS: Actor[] = ['anonymous', 'pending', 'memberA', 'adminA', 'memberB', 'countryEditor', 'superAdmin'];
type MemberActor = Exclude<Actor, 'anonymous' | 'countryEditor' | 'superAdmin'>;
type Statuses = Record<Actor, number>;

/** A route open to anyone (`auth: false`): no token is read, so an admin's JWT changes nothing either. */
const everyone = (status: number): Statuses => Object.fromEntries(ACTORS.map((actor) => [actor, status])) as Statuses;

/**
 * A content-API route: the portal's actors as given. The two editors present their admin JWT, which is no
 * users-permissions JWT: the content API refuses it with 401 instead of treating them as anyone at all.
 */
const content = (statuses: Record<'anonymous' | MemberActor, number>): Statuses => ({ ...statuses, countryEditor: 401, superAdmin: 401 });

/** An admin route: no token and a member's JWT are refused with 401; the editors as given. */
const admin = (statuses: { countryEditor: number; superAdmin: number }): Statuses => ({ anonymous: 401, pending: 401, memberA: 401, adminA: 401, memberB: 401, ...statuses });

/** What one cell sends. `token` replaces the actor's own (a fresh account of the same kind, for destructive cells). */
interface Send {
  method: string;
  path: string;
  body?: unknown;
  form?: FormData;
  token?: string;
}

interface Row {
  /** The route as Strapi declares it, `METHOD /full/path`. */
  route: string;
  /** What the cell acts on (the test name). "Fresh" objects are made for the allowed cells only; a refused cell aims at a shared one of the same kind. */
  on: string;
  /** For the Content Manager's routes: which type the :model is. */
  model?: string;
  expect: Statuses;
  /** A GET that writes (an unsubscribe link): its cells are compared like writes. */
  writes?: boolean;
  /** `allowed`: the cell expects the write to go through, so it needs an object of its own. */
  send(actor: Actor, allowed: boolean): Send | Promise<Send>;
  /** For an answer below 300: what the actor sees, or what the write did. */
  verify?(actor: Actor, response: CallResult, sent: Send): void | Promise<void>;
}

let cms: TestCms;
const tokens: Partial<Record<Actor, string>> = {};
const w = {} as {
  A: string; B: string; C: string; P: string;
  publishedA: string; pendingA: string; publishedB: string; pendingB: string; offerC: string;
  slugPublishedA: string; slugPendingA: string; slugA: string; slugP: string;
  exchangeAB: string; exchangeBC: string;
  acceptedAB: string; acceptedBC: string; completedAB: string; completedBC: string;
  urgentA: string; invitationA: string; invitationAToken: string; matchAC: number; reportA: string; reportB: string; memberADocumentId: string;
  noticeA: string; noticeAPersonal: string; noticeB: string;
  draftArticle: string; draftPage: string;
  fileA: number; fileB: number;
  memberAId: number; memberBId: number;
};

const LISTING = 'api::listing.listing';
const MUNICIPALITY = 'api::municipality.municipality';
const EXCHANGE = 'api::exchange.exchange';
const USER = 'plugin::users-permissions.user';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** Set by every write (a cell's or a fresh object's): its background work may still be running. */
let dirty = false;
/** How many writes there were: a snapshot taken since the last one still holds. */
let writes = 0;
function touched() {
  dirty = true;
  writes += 1;
}
let counter = 0;
/** A short value no other cell uses. */
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;
const db = (uid: string) => cms.strapi.db.query(uid);

beforeAll(async () => {
  // TRUST_PROXY: every call comes from its own address (X-Forwarded-For), so no rate limit is shared between cells.
  cms = await startTestCms({ TRUST_PROXY: 'true' });
  trackBackgroundWork();
  const world = await buildWorld(cms);
  Object.assign(w, { ...world.municipalities, ...world.listings });
  tokens.pending = world.actors.pending.token;
  tokens.memberA = world.actors.memberA.token;
  tokens.memberB = world.actors.memberB.token;
  tokens.adminA = await createMunicipalityAdmin(cms, 'admin.a@example.eu', 'member', w.A);
  // P and B have an admin of their own too (not an actor): a member leaving a municipality without one would make
  // the longest-standing colleague its admin, and a cell deleting an account must not change another actor.
  await createMunicipalityAdmin(cms, 'admin.p@example.eu', 'pending-member', w.P);
  await createMunicipalityAdmin(cms, 'admin.b@example.eu', 'member', w.B);
  tokens.superAdmin = await adminToken(cms, 'super@example.eu');
  const countryEditorRole = await db('admin::role').findOne({ where: { name: 'Country editor' } });
  tokens.countryEditor = await adminToken(cms, 'editor.bg@example.eu', countryEditorRole.code);
  const editor = await db('admin::user').findOne({ where: { email: 'editor.bg@example.eu' } });
  await cms.strapi.plugin('moderation').service('editors').setCountries(editor.id, ['BG']);

  w.C = await createMunicipality(cms, { name: 'Gent', country: 'BE', verificationStatus: 'verified', officialCode: 'BE_44021' });
  w.pendingB = await createListing(cms, w.B, { moderationStatus: 'pending', kind: 'goods', cpvCodes: ['39160000'], title: 'Gebrauchte Schulbänke', description: 'Zwanzig Schulbänke.' }, 'de');
  w.offerC = await createListing(cms, w.C, { kind: 'goods', cpvCodes: ['30213000'], title: 'Draagbare computers', description: 'Tien oude laptops.' }, 'nl');
  w.memberAId = (await db(USER).findOne({ where: { email: 'member.a@example.eu' } })).id;
  w.memberBId = (await db(USER).findOne({ where: { email: 'member.b@example.eu' } })).id;
  w.slugA = (await db(MUNICIPALITY).findOne({ where: { documentId: w.A } })).slug;
  w.slugP = (await db(MUNICIPALITY).findOne({ where: { documentId: w.P } })).slug;
  w.slugPublishedA = (await db(LISTING).findOne({ where: { documentId: w.publishedA } })).slug;
  w.slugPendingA = (await db(LISTING).findOne({ where: { documentId: w.pendingA } })).slug;
  w.exchangeAB = await exchange(w.publishedA, w.A, w.B, 'requested', 'Wir hätten Interesse am Fahrzeug.');
  w.exchangeBC = await exchange(w.offerC, w.C, w.B, 'requested', 'Wir hätten Interesse an den Laptops.');
  // What a refused cell aims at (an allowed one gets a fresh object of its own).
  w.acceptedAB = await exchange(w.publishedA, w.A, w.B, 'accepted');
  w.acceptedBC = await exchange(w.offerC, w.C, w.B, 'accepted');
  w.completedAB = await exchange(w.publishedA, w.A, w.B, 'completed');
  w.completedBC = await exchange(w.offerC, w.C, w.B, 'completed');
  w.urgentA = await urgentRequestOfA();
  ({ documentId: w.invitationA, token: w.invitationAToken } = await invitationToA());
  w.matchAC = await matchBetween(w.A, w.C);
  w.reportA = await reportOn(w.A, 'BG');
  w.reportB = await reportOn(w.B, 'DE');
  w.memberADocumentId = (await db(USER).findOne({ where: { email: 'member.a@example.eu' } })).documentId;
  w.noticeA = await notice(w.A);
  w.noticeAPersonal = await notice(w.A, w.memberAId);
  w.noticeB = await notice(w.B);
  w.draftArticle = (await cms.strapi.documents('api::article.article').create({ locale: 'en', data: { title: 'Unpublished news draft', slug: 'unpublished-news' } as any })).documentId;
  w.draftPage = (await cms.strapi.documents('api::page.page').create({ locale: 'en', data: { title: 'Unpublished page draft', slug: 'unpublished-page' } as any })).documentId;
  const upload = await send({ method: 'POST', path: '/api/upload', form: imageForm() }, tokens.memberA);
  if (upload.status !== 201) throw new Error(`upload failed: ${upload.status} ${JSON.stringify(upload.body)}`);
  w.fileA = upload.body[0].id;
  w.fileB = await imageOf('memberB');
  await settle(true);
}, 180_000);

afterAll(async () => {
  await cms?.stop();
});

// ---- fresh objects

/** An exchange written straight through the Document Service, in a given state; B's (or the receiver's) message first. */
async function exchange(listing: string, provider: string, receiver: string, state: 'requested' | 'accepted' | 'completed', message?: string): Promise<string> {
  touched();
  const row = await db(LISTING).findOne({ where: { documentId: listing }, select: ['originalLocale'] });
  const now = new Date();
  const version = { requested: 0, accepted: 1, completed: 3 }[state];
  const created = await cms.strapi.documents(EXCHANGE).create({
    data: {
      listing: { documentId: listing, locale: row.originalLocale }, provider, receiver, state, version,
      ...(state !== 'requested' ? { decidedAt: now } : {}),
      ...(state === 'completed' ? { providerConfirmedAt: now, receiverConfirmedAt: now, completedAt: now } : {}),
    } as any,
  });
  if (message) await cms.strapi.documents('api::message.message').create({ data: { exchange: created.documentId, fromMunicipality: receiver, body: message } as any });
  return created.documentId;
}

/** A notification for a municipality (or one of its members only), shown in the portal and never mailed. */
async function notice(municipality: string, userId?: number): Promise<string> {
  touched();
  const created = await cms.strapi.service('api::notification.notification').notify({
    municipalityDocumentId: municipality,
    event: 'match.created',
    data: { listing: { title: `Notice ${unique()}`, type: 'offer' }, counterpart: { title: 'Other', municipality: { name: 'Other' } }, link: '/listings/x' },
    delivery: 'none',
    ...(userId ? { userId } : {}),
  });
  return created.documentId;
}

/** A fresh listing of a municipality (published unless said otherwise). */
function listingOf(municipality: string, overrides: Record<string, unknown> = {}, locale = 'bg'): Promise<string> {
  touched();
  return createListing(cms, municipality, { title: `Маси и столове ${unique()}`, kind: 'goods', cpvCodes: ['39160000'], ...overrides }, locale);
}

/** A fresh published urgent request of A. */
const urgentRequestOfA = () => listingOf(w.A, { type: 'request', kind: 'volunteers-emergency', cpvCodes: [], title: `Доброволци за наводнението ${unique()}`, urgency: 'flood', urgencyRadiusKm: 50 });

/** A fresh municipality. */
function municipalityIn(country: string, verificationStatus: string): Promise<string> {
  touched();
  return createMunicipality(cms, { name: `Община ${unique()}`, country, verificationStatus, officialCode: `${country}_T${unique()}`.toUpperCase() });
}

let passwordHash: string | undefined;
/** A fresh account of the actor's kind (same role, municipality and admin flag), with its JWT; its password is PASSWORD. */
async function cloneOf(actor: MemberActor): Promise<{ token: string; id: number; documentId: string; email: string }> {
  touched();
  const municipality = { pending: w.P, memberA: w.A, adminA: w.A, memberB: w.B }[actor];
  const role = await db('plugin::users-permissions.role').findOne({ where: { type: actor === 'pending' ? 'pending-member' : 'member' } });
  const m = await db(MUNICIPALITY).findOne({ where: { documentId: municipality }, select: ['id'] });
  // member A's bcrypt hash of PASSWORD, reused: hashing anew would cost a tenth of a second per account.
  passwordHash ??= (await cms.strapi.db.connection(cms.strapi.getModel(USER).collectionName).where({ email: 'member.a@example.eu' }).first('password')).password;
  const email = `clone.${actor.toLowerCase()}.${unique()}@example.eu`;
  const user = await db(USER).create({
    data: { username: email, email, password: passwordHash, provider: 'local', confirmed: true, blocked: false, role: role.id, municipality: m.id, isMunicipalityAdmin: actor === 'adminA' },
  });
  return { token: cms.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id }), id: user.id, documentId: user.documentId, email };
}

/** The JWT a destructive cell uses: a fresh account of the actor's kind, or the actor's own token for the others. */
async function disposable(actor: Actor): Promise<string | undefined> {
  if (actor === 'anonymous' || actor === 'countryEditor' || actor === 'superAdmin') return tokens[actor];
  return (await cloneOf(actor)).token;
}

/** A pending invitation to A, with a token the test knows. */
async function invitationToA(): Promise<{ token: string; documentId: string; email: string }> {
  touched();
  const token = randomBytes(32).toString('base64url');
  const email = `invited.${unique()}@example.eu`;
  const m = await db(MUNICIPALITY).findOne({ where: { documentId: w.A }, select: ['id'] });
  const created = await db('api::account.invitation').create({
    data: { email, tokenHash: createHash('sha256').update(token).digest('hex'), locale: 'en', expiresAt: new Date(Date.now() + 86_400_000), municipality: m.id },
  });
  return { token, documentId: created.documentId, email };
}

/** A fresh account of A with a pending confirmation or reset token the test knows. */
async function accountWithToken(field: 'confirmationToken' | 'resetPasswordToken'): Promise<string> {
  const clone = await cloneOf('memberA');
  const token = randomBytes(32).toString('base64url');
  await db(USER).update({ where: { id: clone.id }, data: { [field]: createHash('sha256').update(token).digest('hex'), [`${field}ExpiresAt`]: new Date(Date.now() + 3_600_000) } });
  return token;
}

/**
 * A fresh match row between two municipalities. Its listing ids are made up: who may mark a match is decided by
 * the municipalities it names, and real listings would be matched against every other fresh listing.
 */
async function matchBetween(offerMunicipality: string, requestMunicipality: string): Promise<number> {
  touched();
  const created = await db('plugin::matching.match').create({
    data: { offerId: `offer${unique()}`, requestId: `request${unique()}`, offerMunicipalityId: offerMunicipality, requestMunicipalityId: requestMunicipality, score: 0.5, reasons: [{ kind: 'editor' }], source: 'editor' },
  });
  return created.id;
}

/** An open report on a fresh listing of a municipality. */
async function reportOn(municipality: string, country: string): Promise<string> {
  touched();
  const listing = await db(LISTING).findOne({ where: { documentId: await listingOf(municipality, {}, country === 'BG' ? 'bg' : 'de') }, select: ['id'] });
  const created = await db('api::report.report').create({ data: { targetType: 'listing', listing: listing.id, reason: 'spam', status: 'open', country } });
  return created.documentId;
}

/** A fresh image uploaded by a member, attached to nothing yet. */
async function imageOf(actor: MemberActor): Promise<number> {
  touched();
  const upload = await send({ method: 'POST', path: '/api/upload', form: imageForm() }, tokens[actor]);
  if (upload.status !== 201) throw new Error(`upload failed: ${upload.status} ${JSON.stringify(upload.body)}`);
  return upload.body[0].id;
}

function imageForm(): FormData {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'photo.png');
  return form;
}

// ---- sending, snapshots, settling

async function send(request: Send, token: string | undefined): Promise<CallResult> {
  if (!request.form) return call(cms, request.method, request.path, { token, body: request.body });
  const response = await fetch(`${cms.baseUrl}${request.path}`, {
    method: request.method,
    body: request.form,
    headers: { 'x-forwarded-for': freshIp(), ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  const text = await response.text();
  let body: any = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  return { status: response.status, body, headers: response.headers };
}

/** Tables that change by themselves (workers, sessions): only their row counts are compared. */
const VOLATILE = () => new Set([
  cms.strapi.getModel('plugin::search.sync-job').collectionName,
  cms.strapi.getModel('api::mail-job.mail-job').collectionName,
  'strapi_sessions',
]);
/**
 * Tables left out: Strapi's own configuration (the admin's users, roles and permissions, the core store, the
 * schema, tokens, locales) and the editors' kind texts. No route of the matrix writes them (the admin panel's
 * own routes are not in it), and they are most of the database's bytes.
 */
const UNTOUCHED = (table: string) => /^(admin_|strapi_(?!sessions$)|i18n_locale|kind_texts)/.test(table);
let tableNames: string[] | undefined;

/** Every table of the database, rows in a canonical order: what a refused write must leave as it was. */
async function snapshot(): Promise<Record<string, string>> {
  const knex = cms.strapi.db.connection;
  if (!tableNames) {
    const rows = cms.database.kind === 'sqlite'
      ? await knex.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      : (await knex.raw("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'")).rows;
    tableNames = (rows as { name: string }[]).map((row) => row.name).filter((name) => !UNTOUCHED(name)).sort();
  }
  const volatile = VOLATILE();
  if (cms.database.kind === 'postgres') {
    // One round trip: every row as jsonb text (keys in a fixed order), the volatile tables as counts.
    const parts = tableNames.map((table) => volatile.has(table)
      ? `SELECT '${table}' AS t, count(*)::text AS r FROM "${table}"`
      : `SELECT '${table}' AS t, to_jsonb(x)::text AS r FROM "${table}" x`);
    const { rows } = await knex.raw(parts.join(' UNION ALL '));
    const byTable: Record<string, string[]> = Object.fromEntries(tableNames.map((table) => [table, []]));
    for (const row of rows as { t: string; r: string }[]) byTable[row.t]!.push(row.r);
    return Object.fromEntries(Object.entries(byTable).map(([table, list]) => [table, list.sort().join('\n')]));
  }
  const entries = await Promise.all(tableNames.map(async (table) => {
    if (volatile.has(table)) return [table, String((await knex(table).count({ n: '*' }))[0]!.n)] as const;
    const rows = (await knex(table).select('*')).map((row: unknown) => JSON.stringify(row)).sort();
    return [table, rows.join('\n')] as const;
  }));
  return Object.fromEntries(entries);
}

/** Fails naming the tables (and a few rows) that a refused write changed. */
function expectUnchanged(before: Record<string, string>, after: Record<string, string>, where: string) {
  const changed = Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
  const detail = changed.map((table) => {
    const was = new Set((before[table] ?? '').split('\n'));
    const now = new Set((after[table] ?? '').split('\n'));
    return `${table}: -${[...was].filter((r) => !now.has(r)).slice(0, 2).join(' ')} +${[...now].filter((r) => !was.has(r)).slice(0, 2).join(' ')}`;
  });
  expect(changed, `a refused write changed the database (${where}):\n${detail.join('\n')}`).toEqual([]);
}

/** Work the CMS starts after a commit without awaiting it (see trackBackgroundWork), still running. */
const running = new Set<Promise<unknown>>();
function track<T>(promise: Promise<T>): Promise<T> {
  running.add(promise);
  const done = () => running.delete(promise);
  promise.then(done, done);
  return promise;
}

/**
 * Notes the work the CMS starts after a commit and answers before it ends: notifications (exchange events,
 * matches), urgency alerts and the moderation decisions' mails. Each entry point is looked up at call time by its
 * callers (a service method, a module export, the event hub), so wrapping it here sees every call.
 */
function trackBackgroundWork() {
  const notifications = cms.strapi.service('api::notification.notification');
  const notify = notifications.notify;
  notifications.notify = (...args: unknown[]) => track(notify.apply(notifications, args));
  const alerts = requireCms('src/urgency/urgent-alert.js');
  const alert = alerts.alertUrgentRequest;
  alerts.alertUrgentRequest = (...args: unknown[]) => track(alert(...args));
  const hub = cms.strapi.eventHub;
  const emit = hub.emit.bind(hub);
  hub.emit = (...args: unknown[]) => track(emit(...args));
}

/**
 * Waits until the work of earlier writes is done — the matching queue, the search outbox and the work tracked
 * above — so that a refused write's before-and-after compares only what that request did.
 */
async function settle(force = false) {
  if (!dirty && !force) return;
  for (;;) {
    await cms.strapi.plugin('matching').service('matching').idle();
    await cms.strapi.plugin('search').service('search').drain();
    // A turn of the event loop lets a chain of awaited steps start its next tracked call.
    await new Promise((resolve) => setImmediate(resolve));
    if (running.size === 0) break;
    await Promise.allSettled([...running]);
  }
  dirty = false;
}

/** The last snapshot taken, valid while nothing was written since. */
let cached: { writes: number; tables: Record<string, string> } | undefined;
async function snapshotBefore(): Promise<Record<string, string>> {
  if (cached?.writes === writes && !dirty) return cached.tables;
  return snapshot();
}

// ---- what a cell checks

const ids = (response: CallResult) => (response.body?.data ?? response.body?.results ?? response.body?.items ?? []).map((item: any) => item.documentId);
const json = (response: CallResult) => (typeof response.body === 'string' ? response.body : JSON.stringify(response.body));
const ownMunicipality = (actor: Actor) => ({ pending: w.P, memberA: w.A, adminA: w.A, memberB: w.B } as Record<string, string>)[actor];
const isA = (actor: Actor) => actor === 'memberA' || actor === 'adminA';

/** The response shows no contact person, no member and no listing that is not public. */
function expectNothingPrivate(response: CallResult) {
  const text = json(response);
  expect(text).not.toMatch(/contact@|member\.[ab]@example\.eu|admin\.a@example\.eu|"password"/);
  expect(text).not.toContain(w.pendingA);
  expect(text).not.toContain('Училищни чинове и столове');
  expect(text).not.toContain(w.pendingB);
}

async function stored(uid: string, documentId: string, populate: Record<string, unknown> = {}) {
  return db(uid).findOne({ where: { documentId }, populate });
}

const newListing = () => ({ data: { type: 'offer', kind: 'goods', cpvCodes: ['39160000'], title: `Schulmöbel ${unique()}`, description: 'Dreißig Tische.', expiresAt: inTwoMonths() } });
const CM = '/content-manager/collection-types';

// ---- the table

const ROWS: Row[] = [
  // Accounts (cms/src/api/account): public account routes, one's own account, the municipality admin's routes.
  {
    route: 'GET /api/accounts/municipality-options', on: 'the official list', expect: content({ anonymous: 200, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'GET', path: '/api/accounts/municipality-options?q=burgas' }),
    verify: (_actor, response) => expect(ids(response)).toEqual([w.A]),
  },
  {
    route: 'GET /api/accounts/cpv-options', on: 'the CPV labels', expect: content({ anonymous: 200, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'GET', path: '/api/accounts/cpv-options?q=feuerwehr&locale=de&limit=3' }),
  },
  {
    route: 'POST /api/accounts/register', on: 'a municipality without an account', expect: content({ anonymous: 201, pending: 201, memberA: 201, adminA: 201, memberB: 201 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: '/api/accounts/register', body: { municipality: allowed ? await municipalityIn('HR', 'unregistered') : w.A, fullName: 'Ana Horvat', email: `ana.${unique()}@example.eu`, password: 'a-long-password-1', locale: 'hr' } }),
    verify: async (_actor, _response, sent) => {
      const email = (sent.body as any).email;
      const user = await db(USER).findOne({ where: { email }, populate: { role: true, municipality: true } });
      expect(user).toMatchObject({ confirmed: false, isMunicipalityAdmin: true, role: { type: 'pending-member' }, municipality: { documentId: (sent.body as any).municipality } });
      // The super admin (the only editor of these roles) is told after the commit, unawaited: wait for that mail.
      while (!(await db('api::mail-job.mail-job').findOne({ where: { to: 'super@example.eu', text: { $contains: email } } }))) await new Promise((resolve) => setTimeout(resolve, 20));
    },
  },
  {
    route: 'POST /api/accounts/confirm', on: 'a fresh account\'s confirmation token', expect: content({ anonymous: 200, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: '/api/accounts/confirm', body: { token: allowed ? await accountWithToken('confirmationToken') : 'D'.repeat(43) } }),
  },
  {
    route: 'POST /api/accounts/confirm', on: 'a made-up token', expect: content({ anonymous: 400, pending: 400, memberA: 400, adminA: 400, memberB: 400 }),
    send: () => ({ method: 'POST', path: '/api/accounts/confirm', body: { token: 'A'.repeat(43) } }),
  },
  {
    route: 'POST /api/accounts/login', on: 'member A\'s e-mail and password', expect: content({ anonymous: 200, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'POST', path: '/api/accounts/login', body: { email: 'member.a@example.eu', password: PASSWORD } }),
    verify: (_actor, response) => expect(response.body.user.email).toBe('member.a@example.eu'),
  },
  {
    route: 'POST /api/accounts/forgot-password', on: 'an address without an account', expect: content({ anonymous: 200, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'POST', path: '/api/accounts/forgot-password', body: { email: `nobody.${unique()}@example.eu`, locale: 'en' } }),
    verify: (_actor, response) => expect(response.body.data).toEqual({ sent: true }),
  },
  {
    route: 'POST /api/accounts/reset-password', on: 'a fresh account\'s reset token', expect: content({ anonymous: 200, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: '/api/accounts/reset-password', body: { token: allowed ? await accountWithToken('resetPasswordToken') : 'E'.repeat(43), password: 'another-password-2' } }),
  },
  {
    route: 'POST /api/accounts/reset-password', on: 'a made-up token', expect: content({ anonymous: 400, pending: 400, memberA: 400, adminA: 400, memberB: 400 }),
    send: () => ({ method: 'POST', path: '/api/accounts/reset-password', body: { token: 'B'.repeat(43), password: 'another-password-2' } }),
  },
  {
    route: 'GET /api/accounts/invitations/:token', on: 'a pending invitation to A', expect: content({ anonymous: 200, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'GET', path: `/api/accounts/invitations/${w.invitationAToken}` }),
    verify: (_actor, response) => expect(response.body.data.municipality).toEqual({ name: 'Бургас', country: 'BG' }),
  },
  {
    route: 'POST /api/accounts/invitations/accept', on: 'a fresh invitation to A', expect: content({ anonymous: 201, pending: 201, memberA: 201, adminA: 201, memberB: 201 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: '/api/accounts/invitations/accept', body: { token: allowed ? (await invitationToA()).token : 'F'.repeat(43), fullName: 'Нов Колега', password: 'a-long-password-3', locale: 'bg' } }),
    verify: (_actor, response) => expect(response.body.user).toMatchObject({ role: 'member', isMunicipalityAdmin: false, municipality: { documentId: w.A } }),
  },
  {
    route: 'POST /api/accounts/invitations/accept', on: 'a made-up token', expect: content({ anonymous: 404, pending: 404, memberA: 404, adminA: 404, memberB: 404 }),
    send: () => ({ method: 'POST', path: '/api/accounts/invitations/accept', body: { token: 'C'.repeat(43), fullName: 'Someone', password: 'a-long-password-3', locale: 'en' } }),
  },
  {
    route: 'GET /api/accounts/me', on: 'one\'s own account', expect: content({ anonymous: 403, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'GET', path: '/api/accounts/me' }),
    verify: (actor, response) => {
      expect(response.body.data.email).toBe({ pending: 'pending@example.eu', memberA: 'member.a@example.eu', adminA: 'admin.a@example.eu', memberB: 'member.b@example.eu' }[actor as MemberActor]);
      expect(response.body.data.isMunicipalityAdmin).toBe(actor === 'adminA');
    },
  },
  {
    route: 'PUT /api/accounts/me', on: 'one\'s own name', expect: content({ anonymous: 403, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: (actor) => ({ method: 'PUT', path: '/api/accounts/me', body: { fullName: `Name of ${actor}` } }),
    verify: (actor, response) => expect(response.body.data.fullName).toBe(`Name of ${actor}`),
  },
  {
    route: 'DELETE /api/accounts/me', on: 'a fresh account of the actor\'s kind', expect: content({ anonymous: 403, pending: 204, memberA: 204, adminA: 204, memberB: 204 }),
    send: async (actor) => ({ method: 'DELETE', path: '/api/accounts/me', body: { password: PASSWORD }, token: await disposable(actor) }),
  },
  {
    route: 'GET /api/accounts/me/dashboard', on: 'one\'s own municipality', expect: content({ anonymous: 403, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'GET', path: '/api/accounts/me/dashboard' }),
    verify: (actor, response) => {
      const listings = response.body.data.listings.map((l: any) => l.documentId);
      if (isA(actor)) expect(listings).toEqual(expect.arrayContaining([w.publishedA, w.pendingA]));
      else expect(listings).not.toContain(w.pendingA);
      if (actor === 'memberB') expect(listings).toContain(w.pendingB);
      else expect(listings).not.toContain(w.pendingB);
      // Colleagues (names and e-mail addresses) are the admin's to see.
      if (actor !== 'adminA') expect(response.body.data.colleagues).toEqual([]);
      expect(json(response)).not.toContain('member.b@example.eu');
    },
  },
  {
    route: 'GET /api/accounts/me/export', on: 'one\'s own data', expect: content({ anonymous: 403, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'GET', path: '/api/accounts/me/export' }),
    verify: (actor, response) => {
      expect(response.body.account.municipality).toBe(ownMunicipality(actor));
      const text = json(response);
      expect(text).not.toMatch(/"password"|"resetPasswordToken"|"confirmationToken"|"tokenHash"/);
      if (!isA(actor)) expect(text).not.toContain(w.pendingA);
      if (actor !== 'memberB') expect(text).not.toContain(w.pendingB);
    },
  },
  {
    route: 'GET /api/accounts/me/municipality', on: 'one\'s own municipality', expect: content({ anonymous: 403, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'GET', path: '/api/accounts/me/municipality' }),
    verify: (actor, response) => expect(response.body.data.documentId).toBe(ownMunicipality(actor)),
  },
  {
    route: 'PUT /api/accounts/me/municipality', on: 'one\'s own municipality\'s website', expect: content({ anonymous: 403, pending: 403, memberA: 403, adminA: 200, memberB: 403 }),
    send: () => ({ method: 'PUT', path: '/api/accounts/me/municipality', body: { website: `https://www.burgas.bg/${unique()}` } }),
    verify: async (_actor, _response, sent) => expect((await stored(MUNICIPALITY, w.A)).website).toBe((sent.body as any).website),
  },
  {
    route: 'POST /api/accounts/me/invitations', on: 'a colleague for one\'s own municipality', expect: content({ anonymous: 403, pending: 403, memberA: 403, adminA: 201, memberB: 403 }),
    send: () => ({ method: 'POST', path: '/api/accounts/me/invitations', body: { email: `colleague.${unique()}@example.eu`, locale: 'bg' } }),
  },
  {
    route: 'DELETE /api/accounts/me/invitations/:id', on: 'a fresh invitation to A', expect: content({ anonymous: 403, pending: 403, memberA: 403, adminA: 204, memberB: 403 }),
    send: async (_actor, allowed) => ({ method: 'DELETE', path: `/api/accounts/me/invitations/${allowed ? (await invitationToA()).documentId : w.invitationA}` }),
  },
  {
    route: 'DELETE /api/accounts/me/colleagues/:documentId', on: 'a fresh colleague in A', expect: content({ anonymous: 403, pending: 403, memberA: 403, adminA: 204, memberB: 403 }),
    send: async (_actor, allowed) => ({ method: 'DELETE', path: `/api/accounts/me/colleagues/${allowed ? (await cloneOf('memberA')).documentId : w.memberADocumentId}` }),
  },

  // Listings (cms/src/api/listing, urgency).
  {
    route: 'GET /api/listings', on: 'every locale', expect: content({ anonymous: 200, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'GET', path: '/api/listings?locale=*&pagination[pageSize]=100' }),
    verify: (actor, response) => {
      const seen = ids(response);
      expect(seen).toEqual(expect.arrayContaining([w.publishedA, w.publishedB]));
      expect(seen.includes(w.pendingA), 'A\'s pending listing').toBe(isA(actor));
      expect(seen.includes(w.pendingB), 'B\'s pending listing').toBe(actor === 'memberB');
    },
  },
  {
    route: 'GET /api/listings', on: 'a filter asking for pending listings', expect: content({ anonymous: 200, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'GET', path: '/api/listings?locale=*&filters[moderationStatus][$eq]=pending&populate=*' }),
    verify: (actor, response) => expect(ids(response).sort()).toEqual(isA(actor) ? [w.pendingA] : actor === 'memberB' ? [w.pendingB] : []),
  },
  {
    route: 'GET /api/listings/:id', on: 'A\'s pending listing', expect: content({ anonymous: 404, pending: 404, memberA: 200, adminA: 200, memberB: 404 }),
    send: () => ({ method: 'GET', path: `/api/listings/${w.pendingA}` }),
  },
  {
    route: 'GET /api/listings/:id', on: 'A\'s published listing, with everything populated', expect: content({ anonymous: 200, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'GET', path: `/api/listings/${w.publishedA}?populate=*` }),
    verify: (_actor, response) => {
      expect(response.body.data.documentId).toBe(w.publishedA);
      expect(response.body.data.author).toBeUndefined();
      expectNothingPrivate(response);
    },
  },
  {
    route: 'GET /api/listings/:id', on: 'A\'s published listing, populating its municipality\'s listings', expect: content({ anonymous: 400, pending: 400, memberA: 400, adminA: 400, memberB: 400 }),
    send: () => ({ method: 'GET', path: `/api/listings/${w.publishedA}?populate[municipality][populate][listings][fields][0]=title` }),
  },
  {
    route: 'POST /api/listings', on: 'a listing of one\'s own municipality', expect: content({ anonymous: 403, pending: 403, memberA: 201, adminA: 201, memberB: 201 }),
    send: () => ({ method: 'POST', path: '/api/listings?locale=de', body: newListing() }),
    verify: async (actor, response) => {
      const row = await stored(LISTING, response.body.data.documentId, { municipality: true });
      expect(row).toMatchObject({ moderationStatus: 'pending', municipality: { documentId: ownMunicipality(actor) } });
    },
  },
  {
    route: 'PUT /api/listings/:id', on: 'a fresh listing of A', expect: content({ anonymous: 403, pending: 403, memberA: 200, adminA: 200, memberB: 403 }),
    send: async (actor, allowed) => ({ method: 'PUT', path: `/api/listings/${allowed ? await listingOf(w.A) : w.publishedA}`, body: { data: { title: `Редактирано от ${actor}` } } }),
    verify: async (actor, response) => expect((await stored(LISTING, response.body.data.documentId)).title).toBe(`Редактирано от ${actor}`),
  },
  {
    route: 'DELETE /api/listings/:id', on: 'B\'s published listing', expect: content({ anonymous: 403, pending: 403, memberA: 403, adminA: 403, memberB: 403 }),
    send: () => ({ method: 'DELETE', path: `/api/listings/${w.publishedB}` }),
  },
  {
    route: 'POST /api/listings/:id/close', on: 'a fresh listing of A', expect: content({ anonymous: 403, pending: 403, memberA: 200, adminA: 200, memberB: 403 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: `/api/listings/${allowed ? await listingOf(w.A) : w.publishedA}/close` }),
    verify: async (_actor, response) => expect((await stored(LISTING, response.body.data.documentId)).moderationStatus).toBe('closed'),
  },
  {
    route: 'POST /api/listings/:id/urgency/renew', on: 'a fresh urgent request of A', expect: content({ anonymous: 403, pending: 403, memberA: 200, adminA: 200, memberB: 403 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: `/api/listings/${allowed ? await urgentRequestOfA() : w.urgentA}/urgency/renew` }),
    verify: (_actor, response) => expect(response.body.data.urgency).toBe('flood'),
  },

  // Municipalities (cms/src/api/municipality).
  {
    route: 'GET /api/municipalities', on: 'everything populated', expect: content({ anonymous: 200, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'GET', path: '/api/municipalities?populate=*&pagination[pageSize]=100' }),
    verify: (_actor, response) => {
      expect(ids(response)).toEqual(expect.arrayContaining([w.A, w.B]));
      expectNothingPrivate(response);
    },
  },
  {
    route: 'GET /api/municipalities/:id', on: 'A, with everything populated', expect: content({ anonymous: 200, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'GET', path: `/api/municipalities/${w.A}?populate=*` }),
    verify: (_actor, response) => {
      expect(response.body.data.name).toBe('Бургас');
      expect(response.body.data.listings).toBeUndefined();
      expectNothingPrivate(response);
    },
  },
  {
    route: 'GET /api/municipalities/:id', on: 'A, populating its listings by name', expect: content({ anonymous: 400, pending: 400, memberA: 400, adminA: 400, memberB: 400 }),
    send: () => ({ method: 'GET', path: `/api/municipalities/${w.A}?populate[listings][fields][0]=title&populate[listings][fields][1]=moderationStatus` }),
  },
  {
    route: 'PUT /api/municipalities/:id', on: 'A\'s website', expect: content({ anonymous: 403, pending: 403, memberA: 403, adminA: 200, memberB: 403 }),
    send: () => ({ method: 'PUT', path: `/api/municipalities/${w.A}`, body: { data: { website: `https://www.burgas.bg/${unique()}` } } }),
    verify: async (_actor, _response, sent) => expect((await stored(MUNICIPALITY, w.A)).website).toBe((sent.body as any).data.website),
  },
  {
    route: 'GET /api/municipalities/:id/contact', on: 'A\'s contact person', expect: content({ anonymous: 403, pending: 403, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'GET', path: `/api/municipalities/${w.A}/contact` }),
    verify: (_actor, response) => expect(response.body.data.email).toBe('contact@bg_bgs04.example.eu'),
  },

  // Exchanges (cms/src/api/exchange): A↔B is A's and B's; B↔C is not A's.
  {
    route: 'GET /api/exchanges', on: 'one\'s own municipality\'s exchanges', expect: content({ anonymous: 403, pending: 403, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'GET', path: '/api/exchanges?pageSize=100' }),
    verify: (actor, response) => {
      const seen = ids(response);
      expect(seen).toContain(w.exchangeAB);
      expect(seen.includes(w.exchangeBC)).toBe(actor === 'memberB');
    },
  },
  {
    route: 'GET /api/exchanges/:id', on: 'the exchange A↔B', expect: content({ anonymous: 403, pending: 403, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'GET', path: `/api/exchanges/${w.exchangeAB}` }),
  },
  {
    route: 'GET /api/exchanges/:id', on: 'the exchange B↔C', expect: content({ anonymous: 403, pending: 403, memberA: 404, adminA: 404, memberB: 200 }),
    send: () => ({ method: 'GET', path: `/api/exchanges/${w.exchangeBC}` }),
  },
  {
    route: 'POST /api/exchanges', on: 'A\'s published offer', expect: content({ anonymous: 403, pending: 403, memberA: 400, adminA: 400, memberB: 201 }),
    send: () => ({ method: 'POST', path: '/api/exchanges', body: { data: { listing: w.publishedA, message: 'Wir hätten Interesse.' } } }),
  },
  {
    route: 'POST /api/exchanges', on: 'B\'s published request', expect: content({ anonymous: 403, pending: 403, memberA: 201, adminA: 201, memberB: 400 }),
    send: () => ({ method: 'POST', path: '/api/exchanges', body: { data: { listing: w.publishedB, message: 'Можем да помогнем.' } } }),
  },
  {
    route: 'POST /api/exchanges', on: 'A\'s pending listing', expect: content({ anonymous: 403, pending: 403, memberA: 400, adminA: 400, memberB: 400 }),
    send: () => ({ method: 'POST', path: '/api/exchanges', body: { data: { listing: w.pendingA, message: 'Wir hätten Interesse.' } } }),
  },
  {
    route: 'POST /api/exchanges/:id/transitions', on: 'accepting a fresh request B made to A', expect: content({ anonymous: 403, pending: 403, memberA: 200, adminA: 200, memberB: 409 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: `/api/exchanges/${allowed ? await exchange(w.publishedA, w.A, w.B, 'requested') : w.exchangeAB}/transitions`, body: { action: 'accept', version: 0 } }),
    verify: (_actor, response) => expect(response.body.data.state).toBe('accepted'),
  },
  {
    route: 'POST /api/exchanges/:id/transitions', on: 'withdrawing a fresh request B made to C', expect: content({ anonymous: 403, pending: 403, memberA: 403, adminA: 403, memberB: 200 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: `/api/exchanges/${allowed ? await exchange(w.offerC, w.C, w.B, 'requested') : w.exchangeBC}/transitions`, body: { action: 'withdraw', version: 0 } }),
    verify: (_actor, response) => expect(response.body.data.state).toBe('withdrawn'),
  },
  {
    route: 'PUT /api/exchanges/:id/handover', on: 'a fresh accepted exchange A↔B', expect: content({ anonymous: 403, pending: 403, memberA: 200, adminA: 200, memberB: 200 }),
    send: async (_actor, allowed) => ({ method: 'PUT', path: `/api/exchanges/${allowed ? await exchange(w.publishedA, w.A, w.B, 'accepted') : w.acceptedAB}/handover`, body: { place: 'Депо Бургас' } }),
  },
  {
    route: 'PUT /api/exchanges/:id/handover', on: 'a fresh accepted exchange B↔C', expect: content({ anonymous: 403, pending: 403, memberA: 403, adminA: 403, memberB: 200 }),
    send: async (_actor, allowed) => ({ method: 'PUT', path: `/api/exchanges/${allowed ? await exchange(w.offerC, w.C, w.B, 'accepted') : w.acceptedBC}/handover`, body: { place: 'Depot Gent' } }),
  },
  {
    route: 'POST /api/exchanges/:id/feedback', on: 'a fresh completed exchange A↔B', expect: content({ anonymous: 403, pending: 403, memberA: 201, adminA: 201, memberB: 201 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: `/api/exchanges/${allowed ? await exchange(w.publishedA, w.A, w.B, 'completed') : w.completedAB}/feedback`, body: { rating: 5 } }),
  },
  {
    route: 'POST /api/exchanges/:id/feedback', on: 'a fresh completed exchange B↔C', expect: content({ anonymous: 403, pending: 403, memberA: 403, adminA: 403, memberB: 201 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: `/api/exchanges/${allowed ? await exchange(w.offerC, w.C, w.B, 'completed') : w.completedBC}/feedback`, body: { rating: 4 } }),
  },
  {
    route: 'PUT /api/exchanges/:id/impact', on: 'a fresh completed exchange A↔B', expect: content({ anonymous: 403, pending: 403, memberA: 200, adminA: 200, memberB: 200 }),
    send: async (_actor, allowed) => ({ method: 'PUT', path: `/api/exchanges/${allowed ? await exchange(w.publishedA, w.A, w.B, 'completed') : w.completedAB}/impact`, body: { massKg: 1200 } }),
  },
  {
    route: 'PUT /api/exchanges/:id/impact', on: 'a fresh completed exchange B↔C', expect: content({ anonymous: 403, pending: 403, memberA: 403, adminA: 403, memberB: 200 }),
    send: async (_actor, allowed) => ({ method: 'PUT', path: `/api/exchanges/${allowed ? await exchange(w.offerC, w.C, w.B, 'completed') : w.completedBC}/impact`, body: { massKg: 30 } }),
  },
  {
    route: 'GET /api/exchanges/:id/messages', on: 'the thread A↔B', expect: content({ anonymous: 403, pending: 403, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'GET', path: `/api/exchanges/${w.exchangeAB}/messages` }),
    verify: (_actor, response) => expect(response.body.data[0].body).toBe('Wir hätten Interesse am Fahrzeug.'),
  },
  {
    route: 'GET /api/exchanges/:id/messages', on: 'the thread B↔C', expect: content({ anonymous: 403, pending: 403, memberA: 403, adminA: 403, memberB: 200 }),
    send: () => ({ method: 'GET', path: `/api/exchanges/${w.exchangeBC}/messages` }),
    verify: (_actor, response) => expect(response.body.data[0].body).toBe('Wir hätten Interesse an den Laptops.'),
  },
  {
    route: 'POST /api/exchanges/:id/messages', on: 'a fresh exchange A↔B', expect: content({ anonymous: 403, pending: 403, memberA: 201, adminA: 201, memberB: 201 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: `/api/exchanges/${allowed ? await exchange(w.publishedA, w.A, w.B, 'requested') : w.exchangeAB}/messages`, body: { body: 'Здравейте!' } }),
  },
  {
    route: 'POST /api/exchanges/:id/messages', on: 'an image member B uploaded, in a fresh exchange A↔B', expect: content({ anonymous: 403, pending: 403, memberA: 400, adminA: 400, memberB: 201 }),
    send: async (_actor, allowed) => ({
      method: 'POST',
      path: `/api/exchanges/${allowed ? await exchange(w.publishedA, w.A, w.B, 'requested') : w.exchangeAB}/messages`,
      body: { body: 'Ein Foto.', attachments: [allowed ? await imageOf('memberB') : w.fileB] },
    }),
    verify: (_actor, response) => expect(response.body.data.attachments).toHaveLength(1),
  },
  {
    route: 'POST /api/exchanges/:id/messages', on: 'a fresh exchange B↔C', expect: content({ anonymous: 403, pending: 403, memberA: 403, adminA: 403, memberB: 201 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: `/api/exchanges/${allowed ? await exchange(w.offerC, w.C, w.B, 'requested') : w.exchangeBC}/messages`, body: { body: 'Hallo!' } }),
  },

  // Notifications (cms/src/api/notification): the municipality's, and those addressed to one member only.
  {
    route: 'GET /api/notifications', on: 'one\'s own', expect: content({ anonymous: 403, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'GET', path: '/api/notifications?pageSize=100' }),
    verify: (actor, response) => {
      const seen = ids(response);
      expect(seen.includes(w.noticeA), 'A\'s notification').toBe(isA(actor));
      expect(seen.includes(w.noticeAPersonal), 'member A\'s own notification').toBe(actor === 'memberA');
      expect(seen.includes(w.noticeB), 'B\'s notification').toBe(actor === 'memberB');
    },
  },
  {
    route: 'POST /api/notifications/read-all', on: 'one\'s own', expect: content({ anonymous: 403, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'POST', path: '/api/notifications/read-all' }),
    verify: async (actor) => {
      if (actor !== 'memberB') expect((await db('api::notification.notification').findOne({ where: { documentId: w.noticeB } })).readAt).toBeNull();
    },
  },
  {
    route: 'POST /api/notifications/:documentId/read', on: 'a fresh notification of A', expect: content({ anonymous: 403, pending: 403, memberA: 200, adminA: 200, memberB: 403 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: `/api/notifications/${allowed ? await notice(w.A) : w.noticeA}/read` }),
  },
  {
    route: 'POST /api/notifications/:documentId/read', on: 'a fresh notification to member A only', expect: content({ anonymous: 403, pending: 403, memberA: 200, adminA: 403, memberB: 403 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: `/api/notifications/${allowed ? await notice(w.A, w.memberAId) : w.noticeAPersonal}/read` }),
  },
  {
    route: 'GET /api/notifications/preferences', on: 'one\'s own', expect: content({ anonymous: 403, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'GET', path: '/api/notifications/preferences' }),
  },
  {
    route: 'PUT /api/notifications/preferences', on: 'one\'s own', expect: content({ anonymous: 403, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'PUT', path: '/api/notifications/preferences', body: { data: { email: 'daily' } } }),
  },
  {
    route: 'GET /api/notifications/unsubscribe', on: 'a fresh member\'s signed link', writes: true, expect: everyone(200),
    send: async () => {
      const { unsubscribeUrl } = requireCms('src/mail/unsubscribe-token.js');
      const url = new URL(unsubscribeUrl((await cloneOf('memberB')).id));
      return { method: 'GET', path: `/api/notifications/unsubscribe${url.search}` };
    },
  },
  {
    route: 'GET /api/notifications/unsubscribe', on: 'a forged link', expect: everyone(400),
    send: () => ({ method: 'GET', path: `/api/notifications/unsubscribe?token=${w.memberBId}.forged` }),
  },

  // Reports (cms/src/api/report): anyone, rate-limited per address.
  {
    route: 'POST /api/reports', on: 'A\'s published listing', expect: everyone(201),
    send: () => ({ method: 'POST', path: '/api/reports', body: { target: 'listing', documentId: w.publishedA, reason: 'spam' } }),
  },
  {
    route: 'POST /api/reports', on: 'A\'s pending listing', expect: everyone(404),
    send: () => ({ method: 'POST', path: '/api/reports', body: { target: 'listing', documentId: w.pendingA, reason: 'spam' } }),
  },

  // Public reads: health, open data, the portal's read models, pages and news, search, CPV suggestions.
  ...['/api/health', '/api/ready', '/api/search/status', '/api/portal/stats', '/api/portal/kinds?locale=de', '/api/portal/featured?locale=de', '/api/portal/impact?locale=de', '/api/matching/cpv-suggestions?text=Feuerwehrauto&locale=de'].map(
    (path): Row => ({ route: `GET ${path.split('?')[0]}`, on: 'the public figures', expect: everyone(200), send: () => ({ method: 'GET', path }) }),
  ),
  ...['listings.csv', 'listings.json', 'exchange-stats.csv', 'exchange-stats.json'].map(
    (file): Row => ({
      route: `GET /api/open-data/${file}`, on: 'open data', expect: everyone(200), send: () => ({ method: 'GET', path: `/api/open-data/${file}` }),
      verify: (_actor, response) => expectNothingPrivate(response),
    }),
  ),
  {
    route: 'GET /api/search', on: 'every listing', expect: everyone(200),
    send: () => ({ method: 'GET', path: '/api/search?pageSize=100' }),
    verify: (_actor, response) => {
      expect(response.body.hits.map((hit: any) => hit.documentId)).toContain(w.publishedA);
      expectNothingPrivate(response);
    },
  },
  {
    route: 'GET /api/portal/listings/:slug', on: 'A\'s published listing', expect: everyone(200),
    send: () => ({ method: 'GET', path: `/api/portal/listings/${w.slugPublishedA}?locale=en` }),
    verify: (_actor, response) => expectNothingPrivate(response),
  },
  {
    route: 'GET /api/portal/listings/:slug', on: 'A\'s pending listing', expect: everyone(404),
    send: () => ({ method: 'GET', path: `/api/portal/listings/${w.slugPendingA}?locale=en` }),
  },
  {
    route: 'GET /api/portal/listings/:slug/related', on: 'A\'s published listing', expect: everyone(200),
    send: () => ({ method: 'GET', path: `/api/portal/listings/${w.slugPublishedA}/related?locale=en` }),
    verify: (_actor, response) => expectNothingPrivate(response),
  },
  {
    route: 'GET /api/portal/municipalities', on: 'the directory', expect: everyone(200),
    send: () => ({ method: 'GET', path: '/api/portal/municipalities?pageSize=100' }),
    verify: (_actor, response) => expectNothingPrivate(response),
  },
  {
    route: 'GET /api/portal/municipalities/:slug', on: 'the profile of P, which is not verified', expect: everyone(404),
    send: () => ({ method: 'GET', path: `/api/portal/municipalities/${w.slugP}?locale=en` }),
  },
  {
    route: 'GET /api/portal/municipalities/:slug', on: 'A\'s profile', expect: everyone(200),
    send: () => ({ method: 'GET', path: `/api/portal/municipalities/${w.slugA}?locale=en` }),
    verify: (_actor, response) => expectNothingPrivate(response),
  },
  ...(['articles', 'pages'] as const).flatMap((type): Row[] => [
    {
      route: `GET /api/${type}`, on: 'drafts asked for by ?status=draft', expect: content({ anonymous: 200, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
      send: () => ({ method: 'GET', path: `/api/${type}?status=draft&locale=en` }),
      verify: (_actor, response) => expect(json(response)).not.toMatch(/Unpublished/),
    },
    {
      route: `GET /api/${type}/:id`, on: 'a draft asked for by ?status=draft', expect: content({ anonymous: 404, pending: 404, memberA: 404, adminA: 404, memberB: 404 }),
      send: () => ({ method: 'GET', path: `/api/${type}/${type === 'articles' ? w.draftArticle : w.draftPage}?status=draft&locale=en` }),
    },
  ]),

  // Matching (plugins/matching): the content-API side.
  {
    route: 'GET /api/matching/listings/:documentId/matches', on: 'A\'s published listing', expect: content({ anonymous: 403, pending: 403, memberA: 200, adminA: 200, memberB: 403 }),
    send: () => ({ method: 'GET', path: `/api/matching/listings/${w.publishedA}/matches?locale=en` }),
  },
  {
    route: 'PUT /api/matching/matches/:id/state', on: 'a fresh match A↔C', expect: content({ anonymous: 403, pending: 403, memberA: 200, adminA: 200, memberB: 403 }),
    send: async (_actor, allowed) => ({ method: 'PUT', path: `/api/matching/matches/${allowed ? await matchBetween(w.A, w.C) : w.matchAC}/state`, body: { state: 'seen' } }),
  },

  // Uploads (plugin::upload's content API, narrowed by cms/src/extensions/upload).
  {
    route: 'POST /api/upload', on: 'an image', expect: content({ anonymous: 403, pending: 403, memberA: 201, adminA: 201, memberB: 201 }),
    send: () => ({ method: 'POST', path: '/api/upload', form: imageForm() }),
  },
  ...['/api/upload/files', '/api/upload/files/page', '/api/upload/files/:id'].map(
    (route): Row => ({
      route: `GET ${route}`, on: 'member A\'s image', expect: content({ anonymous: 403, pending: 403, memberA: 403, adminA: 403, memberB: 403 }),
      send: () => ({ method: 'GET', path: route.replace(':id', String(w.fileA)) }),
    }),
  ),
  {
    route: 'DELETE /api/upload/files/:id', on: 'member A\'s image', expect: content({ anonymous: 403, pending: 403, memberA: 403, adminA: 403, memberB: 403 }),
    send: () => ({ method: 'DELETE', path: `/api/upload/files/${w.fileA}` }),
  },

  // Strapi's other content-API routes: no role of ours may call them, except users-permissions' login for the
  // anonymous (scripts and tests log in there), its OAuth routes (no provider is enabled) and one's own user.
  {
    route: 'POST /api/email', on: 'a mail to anyone', expect: content({ anonymous: 403, pending: 403, memberA: 403, adminA: 403, memberB: 403 }),
    send: () => ({ method: 'POST', path: '/api/email', body: { to: 'someone@example.eu', subject: 'Hi', text: 'Hi' } }),
  },
  {
    route: 'GET /api/i18n/locales', on: 'the locales', expect: content({ anonymous: 403, pending: 403, memberA: 403, adminA: 403, memberB: 403 }),
    send: () => ({ method: 'GET', path: '/api/i18n/locales' }),
  },
  {
    route: 'GET /api/connect/(.*)', on: 'a disabled provider', expect: content({ anonymous: 400, pending: 403, memberA: 403, adminA: 403, memberB: 403 }),
    send: () => ({ method: 'GET', path: '/api/connect/github' }),
  },
  {
    route: 'GET /api/auth/:provider/callback', on: 'a disabled provider', expect: content({ anonymous: 400, pending: 403, memberA: 403, adminA: 403, memberB: 403 }),
    send: () => ({ method: 'GET', path: '/api/auth/github/callback' }),
  },
  {
    route: 'POST /api/auth/local', on: 'member A\'s e-mail and password', expect: content({ anonymous: 200, pending: 403, memberA: 403, adminA: 403, memberB: 403 }),
    send: () => ({ method: 'POST', path: '/api/auth/local', body: { identifier: 'member.a@example.eu', password: PASSWORD } }),
  },
  {
    route: 'POST /api/auth/change-password', on: 'a fresh account of the actor\'s kind', expect: content({ anonymous: 403, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: async (actor) => ({ method: 'POST', path: '/api/auth/change-password', body: { currentPassword: PASSWORD, password: 'Changed-password-2', passwordConfirmation: 'Changed-password-2' }, token: await disposable(actor) }),
  },
  ...([
    ['POST /api/auth/local/register', { username: 'x', email: 'new.user@example.eu', password: 'a-long-password-1' }],
    ['POST /api/auth/forgot-password', { email: 'member.a@example.eu' }],
    ['POST /api/auth/reset-password', { code: 'x', password: 'a-long-password-1', passwordConfirmation: 'a-long-password-1' }],
    ['GET /api/auth/email-confirmation?confirmation=x'],
    ['POST /api/auth/send-email-confirmation', { email: 'member.a@example.eu' }],
    ['POST /api/auth/refresh', { refreshToken: 'x' }],
    ['POST /api/auth/logout', {}],
    ['GET /api/auth/sessions'],
    ['DELETE /api/auth/sessions/:sessionId'],
    ['GET /api/users/count'],
    ['GET /api/users'],
    ['GET /api/users/:id'],
    ['POST /api/users', { username: 'x', email: 'new.user@example.eu', password: 'a-long-password-1' }],
    ['PUT /api/users/:id', { blocked: true }],
    ['DELETE /api/users/:id'],
    ['GET /api/users-permissions/roles'],
    ['GET /api/users-permissions/roles/:id'],
    ['POST /api/users-permissions/roles', { name: 'Root', description: 'x', permissions: {} }],
    ['PUT /api/users-permissions/roles/:role', { name: 'Root' }],
    ['DELETE /api/users-permissions/roles/:role'],
    ['GET /api/users-permissions/permissions'],
    ['GET /api/content-type-builder/content-types'],
    ['GET /api/content-type-builder/content-types/:uid'],
    ['GET /api/content-type-builder/components'],
    ['GET /api/content-type-builder/components/:uid'],
  ] as [string, unknown?][]).map(
    ([spec, body]): Row => {
      const [method, full] = spec.split(' ') as [string, string];
      const path = full.replace(/:(id|role)\b/, () => String(w.memberBId)).replace(':sessionId', 'x').replace(':uid', 'api::municipality.municipality');
      return {
        route: `${method} ${full.split('?')[0]}`, on: 'Strapi\'s own route', expect: content({ anonymous: 403, pending: 403, memberA: 403, adminA: 403, memberB: 403 }),
        send: () => ({ method, path, body }),
      };
    },
  ),
  {
    route: 'GET /api/users/me', on: 'one\'s own user', expect: content({ anonymous: 403, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    send: () => ({ method: 'GET', path: '/api/users/me' }),
    verify: (_actor, response) => expect(json(response)).not.toMatch(/"password"|resetPasswordToken|confirmationToken/),
  },

  // The editors' Moderation page (plugins/moderation): the country editor acts in Bulgaria only.
  {
    route: 'GET /moderation/queue', on: 'the listings waiting', expect: admin({ countryEditor: 200, superAdmin: 200 }),
    send: () => ({ method: 'GET', path: '/moderation/queue?tab=listings&pageSize=100' }),
    verify: (actor, response) => {
      expect(ids(response)).toContain(w.pendingA);
      expect(ids(response).includes(w.pendingB)).toBe(actor === 'superAdmin');
    },
  },
  {
    route: 'POST /moderation/municipalities/:documentId/:action', on: 'verifying a fresh Bulgarian municipality', expect: admin({ countryEditor: 200, superAdmin: 200 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: `/moderation/municipalities/${allowed ? await municipalityIn('BG', 'pending') : w.P}/verify`, body: {} }),
  },
  {
    route: 'POST /moderation/municipalities/:documentId/:action', on: 'verifying a fresh Romanian municipality', expect: admin({ countryEditor: 403, superAdmin: 200 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: `/moderation/municipalities/${allowed ? await municipalityIn('RO', 'pending') : w.P}/verify`, body: {} }),
  },
  {
    route: 'POST /moderation/listings/:documentId/:action', on: 'approving a fresh pending listing of A', expect: admin({ countryEditor: 200, superAdmin: 200 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: `/moderation/listings/${allowed ? await listingOf(w.A, { moderationStatus: 'pending' }) : w.pendingA}/approve`, body: {} }),
  },
  {
    route: 'POST /moderation/listings/:documentId/:action', on: 'approving a fresh pending listing of B', expect: admin({ countryEditor: 403, superAdmin: 200 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: `/moderation/listings/${allowed ? await listingOf(w.B, { moderationStatus: 'pending', title: `Schulbänke ${unique()}` }, 'de') : w.pendingB}/approve`, body: {} }),
  },
  {
    route: 'POST /moderation/reports/:documentId/:action', on: 'closing a fresh report on a listing of A', expect: admin({ countryEditor: 200, superAdmin: 200 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: `/moderation/reports/${allowed ? await reportOn(w.A, 'BG') : w.reportA}/close`, body: { reason: 'Checked.' } }),
  },
  {
    route: 'POST /moderation/reports/:documentId/:action', on: 'closing a fresh report on a listing of B', expect: admin({ countryEditor: 403, superAdmin: 200 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: `/moderation/reports/${allowed ? await reportOn(w.B, 'DE') : w.reportB}/close`, body: { reason: 'Geprüft.' } }),
  },
  {
    route: 'GET /moderation/audit', on: 'the audit log', expect: admin({ countryEditor: 403, superAdmin: 200 }),
    send: () => ({ method: 'GET', path: '/moderation/audit' }),
  },

  // The editors' Matching page (plugins/matching): the Editor and super admin roles hold its permission.
  {
    route: 'GET /matching/matches', on: 'recent matches', expect: admin({ countryEditor: 403, superAdmin: 200 }),
    send: () => ({ method: 'GET', path: '/matching/matches?locale=en' }),
  },
  {
    route: 'POST /matching/matches', on: 'a fresh pair A↔C', expect: admin({ countryEditor: 403, superAdmin: 201 }),
    send: async (_actor, allowed) => ({
      method: 'POST', path: '/matching/matches',
      body: allowed
        ? { offerId: await listingOf(w.A, { kind: 'expertise', cpvCodes: [], title: `Съвети за отпадъците ${unique()}` }), requestId: await listingOf(w.C, { type: 'request', kind: 'services', cpvCodes: [], title: `Hulp gezocht ${unique()}` }, 'nl') }
        : { offerId: w.publishedA, requestId: w.publishedB },
    }),
  },
  {
    route: 'GET /matching/listings', on: 'a title search', expect: admin({ countryEditor: 403, superAdmin: 200 }),
    send: () => ({ method: 'GET', path: '/matching/listings?q=Feuerwehr' }),
  },
  {
    route: 'GET /matching/urgent', on: 'urgent requests', expect: admin({ countryEditor: 403, superAdmin: 200 }),
    send: () => ({ method: 'GET', path: '/matching/urgent' }),
  },
  {
    route: 'POST /matching/urgent/:documentId/end', on: 'a fresh urgent request of A', expect: admin({ countryEditor: 403, superAdmin: 200 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: `/matching/urgent/${allowed ? await urgentRequestOfA() : w.urgentA}/end`, body: {} }),
  },

  // The Content Manager on listings and municipalities, where the country editor's condition applies.
  {
    route: `GET ${CM}/:model`, model: LISTING, on: 'Bulgarian listings', expect: admin({ countryEditor: 200, superAdmin: 200 }),
    send: () => ({ method: 'GET', path: `${CM}/${LISTING}?locale=bg&pageSize=100` }),
    verify: (_actor, response) => expect(ids(response)).toEqual(expect.arrayContaining([w.publishedA, w.pendingA])),
  },
  {
    route: `GET ${CM}/:model`, model: LISTING, on: 'German listings', expect: admin({ countryEditor: 200, superAdmin: 200 }),
    send: () => ({ method: 'GET', path: `${CM}/${LISTING}?locale=de&pageSize=100` }),
    verify: (actor, response) => expect(ids(response).includes(w.pendingB)).toBe(actor === 'superAdmin'),
  },
  {
    route: `GET ${CM}/:model/:id`, model: LISTING, on: 'A\'s pending listing', expect: admin({ countryEditor: 200, superAdmin: 200 }),
    send: () => ({ method: 'GET', path: `${CM}/${LISTING}/${w.pendingA}?locale=bg` }),
  },
  {
    route: `GET ${CM}/:model/:id`, model: LISTING, on: 'B\'s pending listing', expect: admin({ countryEditor: 403, superAdmin: 200 }),
    send: () => ({ method: 'GET', path: `${CM}/${LISTING}/${w.pendingB}?locale=de` }),
  },
  {
    route: `PUT ${CM}/:model/:id`, model: LISTING, on: 'a fresh listing of A', expect: admin({ countryEditor: 200, superAdmin: 200 }),
    send: async (_actor, allowed) => ({ method: 'PUT', path: `${CM}/${LISTING}/${allowed ? await listingOf(w.A) : w.publishedA}?locale=bg`, body: { title: `Редактирано ${unique()}` } }),
  },
  {
    route: `PUT ${CM}/:model/:id`, model: LISTING, on: 'a fresh listing of B', expect: admin({ countryEditor: 403, superAdmin: 200 }),
    send: async (_actor, allowed) => ({ method: 'PUT', path: `${CM}/${LISTING}/${allowed ? await listingOf(w.B, { title: `Tische ${unique()}` }, 'de') : w.publishedB}?locale=de`, body: { title: `Bearbeitet ${unique()}` } }),
  },
  {
    route: `POST ${CM}/:model`, model: LISTING, on: 'a new listing of A', expect: admin({ countryEditor: 403, superAdmin: 201 }),
    send: () => ({ method: 'POST', path: `${CM}/${LISTING}?locale=bg`, body: { type: 'offer', kind: 'goods', title: `Нова обява ${unique()}`, description: 'Описание.', expiresAt: inTwoMonths(), originalLocale: 'bg', moderationStatus: 'pending', municipality: { connect: [{ documentId: w.A }] } } }),
  },
  {
    route: `DELETE ${CM}/:model/:id`, model: LISTING, on: 'a fresh listing of A', expect: admin({ countryEditor: 403, superAdmin: 200 }),
    send: async (_actor, allowed) => ({ method: 'DELETE', path: `${CM}/${LISTING}/${allowed ? await listingOf(w.A) : w.publishedA}?locale=bg` }),
  },
  {
    route: `POST ${CM}/:model/clone/:sourceId`, model: LISTING, on: 'a fresh listing of B', expect: admin({ countryEditor: 403, superAdmin: 200 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: `${CM}/${LISTING}/clone/${allowed ? await listingOf(w.B, { title: `Stühle ${unique()}` }, 'de') : w.publishedB}?locale=de`, body: { title: `Kopie ${unique()}`, slug: `kopie-${unique()}` } }),
  },
  {
    route: `POST ${CM}/:model/actions/bulkDelete`, model: LISTING, on: 'a fresh listing of B', expect: admin({ countryEditor: 403, superAdmin: 200 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: `${CM}/${LISTING}/actions/bulkDelete?locale=de`, body: { documentIds: [allowed ? await listingOf(w.B, { title: `Bänke ${unique()}` }, 'de') : w.publishedB] } }),
  },
  {
    route: `GET ${CM}/:model`, model: MUNICIPALITY, on: 'every municipality', expect: admin({ countryEditor: 200, superAdmin: 200 }),
    send: () => ({ method: 'GET', path: `${CM}/${MUNICIPALITY}?pageSize=100` }),
    verify: (actor, response) => {
      expect(ids(response)).toContain(w.A);
      expect(ids(response).includes(w.B)).toBe(actor === 'superAdmin');
      expect(ids(response).includes(w.P)).toBe(actor === 'superAdmin');
    },
  },
  {
    route: `GET ${CM}/:model/:id`, model: MUNICIPALITY, on: 'A', expect: admin({ countryEditor: 200, superAdmin: 200 }),
    send: () => ({ method: 'GET', path: `${CM}/${MUNICIPALITY}/${w.A}` }),
  },
  {
    route: `GET ${CM}/:model/:id`, model: MUNICIPALITY, on: 'B', expect: admin({ countryEditor: 403, superAdmin: 200 }),
    send: () => ({ method: 'GET', path: `${CM}/${MUNICIPALITY}/${w.B}` }),
  },
  {
    route: `PUT ${CM}/:model/:id`, model: MUNICIPALITY, on: 'a fresh Bulgarian municipality', expect: admin({ countryEditor: 200, superAdmin: 200 }),
    send: async (_actor, allowed) => ({ method: 'PUT', path: `${CM}/${MUNICIPALITY}/${allowed ? await municipalityIn('BG', 'verified') : w.A}`, body: { website: 'https://www.example.bg' } }),
  },
  {
    route: `PUT ${CM}/:model/:id`, model: MUNICIPALITY, on: 'a fresh German municipality', expect: admin({ countryEditor: 403, superAdmin: 200 }),
    send: async (_actor, allowed) => ({ method: 'PUT', path: `${CM}/${MUNICIPALITY}/${allowed ? await municipalityIn('DE', 'verified') : w.B}`, body: { website: 'https://www.example.de' } }),
  },
  {
    route: `POST ${CM}/:model`, model: MUNICIPALITY, on: 'a new Bulgarian municipality', expect: admin({ countryEditor: 403, superAdmin: 201 }),
    send: () => {
      const code = unique();
      return { method: 'POST', path: `${CM}/${MUNICIPALITY}`, body: { name: `Община ${code}`, country: 'BG', officialCode: `BG_N${code}`.toUpperCase(), slug: `obshtina-${code}` } };
    },
  },
  {
    route: `DELETE ${CM}/:model/:id`, model: MUNICIPALITY, on: 'a fresh Bulgarian municipality', expect: admin({ countryEditor: 403, superAdmin: 200 }),
    send: async (_actor, allowed) => ({ method: 'DELETE', path: `${CM}/${MUNICIPALITY}/${allowed ? await municipalityIn('BG', 'unregistered') : w.A}` }),
  },
  {
    route: `POST ${CM}/:model/clone/:sourceId`, model: MUNICIPALITY, on: 'a fresh German municipality', expect: admin({ countryEditor: 403, superAdmin: 200 }),
    send: async (_actor, allowed) => {
      const code = unique();
      return { method: 'POST', path: `${CM}/${MUNICIPALITY}/clone/${allowed ? await municipalityIn('DE', 'verified') : w.B}`, body: { officialCode: `DE_K${code}`.toUpperCase(), slug: `kopie-${code}` } };
    },
  },
  {
    route: `POST ${CM}/:model/actions/bulkDelete`, model: MUNICIPALITY, on: 'a fresh German municipality', expect: admin({ countryEditor: 403, superAdmin: 200 }),
    send: async (_actor, allowed) => ({ method: 'POST', path: `${CM}/${MUNICIPALITY}/actions/bulkDelete`, body: { documentIds: [allowed ? await municipalityIn('DE', 'unregistered') : w.B] } }),
  },
];

// ---- which routes need a row

/** A route as Strapi serves it: `METHOD /full/path`, with whose code declares it. */
interface DeclaredRoute {
  key: string;
  owner: string;
  type: string;
  auth: boolean;
}

/** Every route of the apps' APIs and plugins, with the path Strapi serves it at (as register-routes composes it). */
function declaredRoutes(): DeclaredRoute[] {
  const out: DeclaredRoute[] = [];
  const add = (owner: string, router: any, fallbackPrefix: string) => {
    const type = router.type ?? 'admin';
    for (const route of router.routes ?? []) {
      // A route whose config names a prefix is mounted on the API's own router, past the router's prefix.
      const prefix = route.config && 'prefix' in route.config ? '' : (router.prefix ?? fallbackPrefix);
      // koa-router drops the trailing slash of a route '/' under a prefix.
      const path = `${type === 'content-api' ? '/api' : ''}${prefix}${route.path}`.replace(/(.)\/$/, '$1');
      out.push({ key: `${route.method} ${path}`, owner, type, auth: route.config?.auth !== false });
    }
  };
  for (const [name, api] of Object.entries<any>(cms.strapi.apis)) for (const router of Object.values<any>(api.routes)) add(`api::${name}`, { ...router, type: 'content-api' }, '');
  for (const [name, plugin] of Object.entries<any>(cms.strapi.plugins)) {
    const routers = Array.isArray(plugin.routes) ? [{ type: 'admin', routes: plugin.routes }] : Object.values<any>(plugin.routes);
    for (const router of routers) add(`plugin::${name}`, router, `/${name}`);
  }
  return out;
}

/** The Content Manager routes that must have a row for each of these types (the country editor's condition). */
const CM_MODELS = [LISTING, MUNICIPALITY];
const CM_ROUTES = ['GET', 'POST', 'GET :id', 'PUT :id', 'DELETE :id', 'POST clone', 'POST bulkDelete'].map((spec) => {
  const [method, what] = spec.split(' ');
  const suffix = what === ':id' ? '/:id' : what === 'clone' ? '/clone/:sourceId' : what === 'bulkDelete' ? '/actions/bulkDelete' : '';
  return `${method} ${CM}/:model${suffix}`;
});

/**
 * Whose routes the matrix must cover: everything of our own code (the APIs under cms/src/api, the search,
 * matching and moderation plugins) and every content-API route of Strapi's plugins (users-permissions' auth and
 * user routes, upload, e-mail, i18n), since the content API is what the internet reaches. Strapi's own admin
 * routes (admin::, the Content Manager's and other plugins' admin panels) are the admin panel's internals and
 * are left out, except the Content Manager's collection routes for listings and municipalities (CM_ROUTES).
 */
function needsRow(route: DeclaredRoute): boolean {
  if (route.owner.startsWith('api::')) return true;
  if (['plugin::search', 'plugin::matching', 'plugin::moderation'].includes(route.owner)) return true;
  return route.type === 'content-api';
}

describe('the matrix covers every route', () => {
  it('every declared route is served at the path computed for it, and every served /api route is declared', () => {
    const served = new Set<string>();
    for (const layer of cms.strapi.server.listRoutes()) for (const method of layer.methods) if (method !== 'HEAD') served.add(`${method} ${layer.path}`);
    const declared = declaredRoutes();
    expect(declared.filter((route) => !served.has(route.key)).map((route) => route.key)).toEqual([]);
    const declaredKeys = new Set(declared.map((route) => route.key));
    expect([...served].filter((key) => key.split(' ')[1]!.startsWith('/api/') && !declaredKeys.has(key))).toEqual([]);
  });

  it('has a row for every route of our code and every content-API route', () => {
    const rows = new Set(ROWS.map((row) => row.route));
    const missing = declaredRoutes().filter(needsRow).map((route) => `${route.key} (${route.owner})`).filter((key) => !rows.has(key.split(' (')[0]!));
    expect(missing, 'routes without a row in the authorization matrix').toEqual([]);
  });

  it('has a row for the Content Manager\'s collection routes on listings and municipalities', () => {
    const missing = CM_MODELS.flatMap((model) => CM_ROUTES.filter((route) => !ROWS.some((row) => row.route === route && row.model === model)).map((route) => `${route} (${model})`));
    expect(missing).toEqual([]);
  });

  it('names only routes that exist', () => {
    const keys = new Set(declaredRoutes().map((route) => route.key));
    expect(ROWS.map((row) => row.route).filter((route) => !keys.has(route))).toEqual([]);
  });

  it('never lets an admin JWT gain anything on the content API over anonymous', () => {
    const declared = new Map(declaredRoutes().map((route) => [route.key, route]));
    for (const row of ROWS) {
      if (declared.get(row.route)?.type !== 'content-api') continue;
      for (const editor of ['countryEditor', 'superAdmin'] as const) expect([401, row.expect.anonymous], `${row.route} ${row.on}`).toContain(row.expect[editor]);
    }
  });
});

// ---- the cells

for (const row of ROWS) {
  describe(`${row.route}${row.model ? ` [${row.model}]` : ''}: ${row.on}`, () => {
    it.each(ACTORS)('%s', async (actor) => {
      const sent = await row.send(actor, row.expect[actor] < 300);
      const write = sent.method !== 'GET' || !!row.writes;
      if (write) await settle();
      const before = write ? await snapshotBefore() : undefined;
      const response = await send(sent, 'token' in sent ? sent.token : tokens[actor]);
      const where = `${actor}: ${sent.method} ${sent.path}`;
      expect(response.status, `${where} answered ${JSON.stringify(response.body)?.slice(0, 400)}`).toBe(row.expect[actor]);
      if (write && response.status >= 300) {
        const after = await snapshot();
        cached = { writes, tables: after };
        expectUnchanged(before!, after, where);
      }
      if (write && response.status < 300) touched();
      if (response.status < 300) await row.verify?.(actor, response, sent);
    });
  });
}
