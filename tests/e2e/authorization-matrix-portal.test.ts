// The authorization matrix of the portal: every page and endpoint under site/src/pages (listed from the file system
// at run time; a file without a row fails the suite) against seven actors — anonymous, a pending member, a member of
// A, the admin of A, a member of B, a country editor and a super admin. Members log in through the portal's own
// log-in form (session cookie and form token); the two editors have no portal login and present their admin JWT as
// an Authorization header and as cookies, which must gain them nothing over anonymous. Each cell asserts the
// status or the redirect, what a page shows to whom, and for a refused post that nothing changed on the CMS. Plain
// fetch with a cookie jar, no browser; the objects are the test's own (its municipalities, members and listings on
// the shared stack), so that other browser tests running meanwhile are not disturbed.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inTwoMonths } from '../support/dates';
import { STACK_EDITOR } from '../support/portal-stack-data';
import { waitForStackMail } from '../support/portal-stack-mail';
import { stack } from './browser';

type Actor = 'anonymous' | 'pending' | 'memberA' | 'adminA' | 'memberB' | 'countryEditor' | 'superAdmin';
const ACTORS: Actor[] = ['anonymous', 'pending', 'memberA', 'adminA', 'memberB', 'countryEditor', 'superAdmin'];
type MemberActor = 'pending' | 'memberA' | 'adminA' | 'memberB';
const MEMBERS: MemberActor[] = ['pending', 'memberA', 'adminA', 'memberB'];

/** A status, `login` (a 303 to the log-in page that leads back to the page asked for) or another redirect (303 unless said). */
type Outcome = number | 'login' | { redirect: string; status?: number };
type Outcomes = Record<Actor, Outcome>;

const PORTAL = stack.portalUrl;
const CMS = stack.cmsUrl;
const PAGES_DIR = path.resolve(import.meta.dirname, '../../site/src/pages');
const RUN = Date.now().toString(36);
const PASSWORD = 'Matrix-password-1';

/** The same for everyone. */
const everyone = (outcome: Outcome): Outcomes => Object.fromEntries(ACTORS.map((actor) => [actor, outcome])) as Outcomes;

/** The members as given; the editors, whose admin JWT the portal does not know, get what the anonymous visitor gets. */
const byMember = (outcomes: Record<'anonymous' | MemberActor, Outcome>): Outcomes => ({ ...outcomes, countryEditor: outcomes.anonymous, superAdmin: outcomes.anonymous });

/** A member page: the anonymous visitor (and so each editor) is sent to log in; the members as given. */
const memberPage = (outcomes: Record<MemberActor, Outcome>): Outcomes => byMember({ anonymous: 'login', ...outcomes });

interface Request {
  method: 'GET' | 'POST';
  path: string;
  form?: Record<string, string>;
  /** Post without the session's form token. */
  noFormToken?: boolean;
}

interface Row {
  /** The file under site/src/pages that answers. */
  page: string;
  on: string;
  expect: Outcomes;
  request(actor: Actor): Request | Promise<Request>;
  /** For a refused post: what the post could have changed, read from the CMS before and after. */
  observe?(): Promise<unknown>;
  /** For a 200: what the actor sees. */
  verify?(actor: Actor, response: PortalResponse): void | Promise<void>;
}

// ---- talking to the CMS (set-up and observation)

interface CmsAnswer {
  status: number;
  body: any;
}

async function cms(method: string, urlPath: string, options: { token?: string; body?: unknown } = {}): Promise<CmsAnswer> {
  const response = await fetch(CMS + urlPath, {
    method,
    headers: { ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}), ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const text = await response.text();
  let body: any = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  return { status: response.status, body };
}

/** A CMS call that must succeed (set-up). */
async function cmsOk(method: string, urlPath: string, options: { token?: string; body?: unknown } = {}): Promise<any> {
  const answer = await cms(method, urlPath, options);
  if (answer.status >= 300) throw new Error(`${method} ${urlPath}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 500)}`);
  return answer.body;
}

const CM = '/content-manager/collection-types';
let superJwt: string;
let editorJwt: string;
const cmsJwt: Partial<Record<MemberActor | 'memberC', string>> = {};
const email = (who: string) => `${who.toLowerCase()}.${RUN}@matrix.example.eu`;

const w = {} as {
  A: string; B: string; C: string; P: string;
  slugA: string;
  publishedA: { documentId: string; slug: string; title: string };
  pendingA: { documentId: string; slug: string; title: string };
  requestC: string;
  exchangeAB: string; exchangeAC: string;
  upload: string;
  asset: string;
  matchId: number;
  invitationToken: string;
};

async function municipality(name: string, country: string, verificationStatus: string): Promise<string> {
  const code = `${country}_MX${RUN}${name.length}`.toUpperCase();
  const created = await cmsOk('POST', `${CM}/api::municipality.municipality`, {
    token: superJwt,
    body: { name, country, officialCode: code, slug: `${name.toLowerCase()}-${RUN}`, verificationStatus, lat: 42.5, lng: 25.5, contact: { name: `Contact of ${name}`, email: `contact.${name.toLowerCase()}.${RUN}@matrix.example.eu`, phone: '+359 2 000 000' } },
  });
  return created.data.documentId;
}

let roles: Record<string, number>;
/** A portal account, made by an editor in the Content Manager, and its CMS JWT (logged in through the accounts API). */
async function account(who: string, roleType: string, municipalityId: string, isMunicipalityAdmin: boolean): Promise<{ documentId: string; jwt: string }> {
  roles ??= Object.fromEntries((await cmsOk('GET', '/users-permissions/roles', { token: superJwt })).roles.map((role: any) => [role.type, role.id]));
  const created = await cmsOk('POST', `${CM}/plugin::users-permissions.user`, {
    token: superJwt,
    body: { username: email(who), email: email(who), password: PASSWORD, confirmed: true, blocked: false, fullName: `Matrix ${who}`, isMunicipalityAdmin, role: { connect: [{ id: roles[roleType] }] }, municipality: { connect: [{ documentId: municipalityId }] } },
  });
  const login = await cmsOk('POST', '/api/accounts/login', { body: { email: email(who), password: PASSWORD } });
  // The Content Manager answers a user without the { data } envelope of other types.
  return { documentId: (created.data ?? created).documentId, jwt: login.jwt };
}

/** A listing posted by A's member through the CMS API (pending), approved by the super admin unless said otherwise. */
async function listingOfA(title: string, publish = true, extra: Record<string, unknown> = {}) {
  return listingBy(cmsJwt.memberA!, 'bg', { type: 'offer', kind: 'goods', cpvCodes: ['39160000'], title, description: 'Тридесет маси и шейсет стола.', ...extra }, publish);
}

async function listingBy(jwt: string, locale: string, data: Record<string, unknown>, publish: boolean) {
  const created = await cmsOk('POST', `/api/listings?locale=${locale}`, { token: jwt, body: { data: { expiresAt: inTwoMonths(), ...data } } });
  const documentId = created.data.documentId as string;
  if (publish) await cmsOk('POST', `/moderation/listings/${documentId}/approve`, { token: superJwt, body: {} });
  return { documentId, slug: created.data.slug as string, title: data.title as string };
}

// ---- talking to the portal

/** Cookies by name, as a browser keeps them for the portal. */
class CookieJar {
  readonly cookies = new Map<string, string>();
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
  keep(setCookies: string[]) {
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(';');
      const index = pair!.indexOf('=');
      const name = pair!.slice(0, index).trim();
      const value = pair!.slice(index + 1).trim();
      const expired = attributes.some((a) => /max-age=0\b/i.test(a.trim()) || /expires=Thu, 01 Jan 1970/i.test(a.trim()));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

interface PortalResponse {
  status: number;
  location: string | null;
  body: string;
  headers: Headers;
}

interface Session {
  jar: CookieJar;
  /** The session's form token. */
  formToken: string;
  /** Sent with every request: an editor's admin JWT. */
  headers: Record<string, string>;
}
const sessions = {} as Record<Actor, Session>;

async function portal(session: Session, method: string, urlPath: string, form?: Record<string, string>): Promise<PortalResponse> {
  const response = await fetch(PORTAL + urlPath, {
    method,
    redirect: 'manual',
    headers: {
      ...session.headers,
      ...(session.jar.cookies.size ? { cookie: session.jar.header() } : {}),
      // A browser's same-origin form post (the portal refuses cross-site ones before the form token is even read).
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded', origin: PORTAL } : {}),
    },
    body: form ? new URLSearchParams(form) : undefined,
  });
  session.jar.keep(response.headers.getSetCookie());
  return { status: response.status, location: response.headers.get('location'), body: await response.text(), headers: response.headers };
}

const formTokenIn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1];

/** Reads the session's form token off a page with a form. */
async function refreshFormToken(session: Session, pagePath: string) {
  const page = await portal(session, 'GET', pagePath);
  const token = formTokenIn(page.body);
  if (!token) throw new Error(`no form token on ${pagePath} (${page.status})`);
  session.formToken = token;
}

/** A member logged in through the portal's log-in form, as a browser does it. */
async function logIn(who: MemberActor): Promise<Session> {
  const session: Session = { jar: new CookieJar(), formToken: '', headers: {} };
  await refreshFormToken(session, '/en/login');
  const answer = await portal(session, 'POST', '/en/login', { _csrf: session.formToken, email: email(who), password: PASSWORD });
  if (answer.status !== 303 || answer.location !== '/en/dashboard') throw new Error(`portal log-in of ${who} failed: ${answer.status} ${answer.location}`);
  // The session id and the form token are new after logging in.
  await refreshFormToken(session, '/en/dashboard');
  return session;
}

/**
 * An editor: their admin JWT as an Authorization header and as cookies. The portal takes a session cookie that is
 * no session id of its own for none and starts a session of its own (the describe block below presents the JWT as
 * the session cookie on every request of its own).
 */
async function editorSession(jwt: string): Promise<Session> {
  const session: Session = { jar: new CookieJar(), formToken: '', headers: { authorization: `Bearer ${jwt}` } };
  for (const name of ['cs-session', 'jwt', 'token']) session.jar.cookies.set(name, jwt);
  await refreshFormToken(session, '/en/login');
  return session;
}

// ---- the world

beforeAll(async () => {
  superJwt = (await cmsOk('POST', '/admin/login', { body: STACK_EDITOR })).data.token;
  // A Bulgarian country editor, invited and registered as the admin does it.
  const countryEditorRole = (await cmsOk('GET', '/admin/roles', { token: superJwt })).data.find((role: any) => role.name === 'Country editor');
  const invited = await cmsOk('POST', '/admin/users', { token: superJwt, body: { email: email('editor.bg'), firstname: 'Matrix', lastname: 'Editor', roles: [countryEditorRole.id] } });
  editorJwt = (await cmsOk('POST', '/admin/register', { body: { registrationToken: invited.data.registrationToken, userInfo: { firstname: 'Matrix', lastname: 'Editor', password: PASSWORD } } })).data.token;
  await cmsOk('POST', `${CM}/plugin::moderation.editor-country`, { token: superJwt, body: { user: { connect: [{ id: invited.data.id }] }, countries: ['BG'] } });

  w.A = await municipality('Matrixgrad', 'BG', 'verified');
  w.B = await municipality('Matrixstadt', 'DE', 'verified');
  w.C = await municipality('Matrixstad', 'BE', 'verified');
  w.P = await municipality('Matrixoras', 'RO', 'pending');
  w.slugA = `matrixgrad-${RUN}`;
  cmsJwt.memberA = (await account('memberA', 'member', w.A, false)).jwt;
  cmsJwt.adminA = (await account('adminA', 'member', w.A, true)).jwt;
  cmsJwt.memberB = (await account('memberB', 'member', w.B, false)).jwt;
  cmsJwt.pending = (await account('pending', 'pending-member', w.P, false)).jwt;
  cmsJwt.memberC = (await account('memberC', 'member', w.C, true)).jwt;
  // B and P have an admin besides the actors, so that no actor is ever the only admin of its municipality.
  await account('adminB', 'member', w.B, true);
  await account('adminP', 'pending-member', w.P, true);

  w.publishedA = await listingOfA(`Маси Матрица ${RUN}`);
  w.pendingA = await listingOfA(`Чакаща обява Матрица ${RUN}`, false);
  w.requestC = (await listingBy(cmsJwt.memberC!, 'nl', { type: 'request', kind: 'goods', cpvCodes: ['39160000'], title: `Tafels en stoelen gezocht ${RUN}`, description: 'Dertig tafels en zestig stoelen.' }, true)).documentId;
  w.exchangeAB = (await cmsOk('POST', '/api/exchanges', { token: cmsJwt.memberB, body: { data: { listing: w.publishedA.documentId, message: `Guten Tag ${RUN}` } } })).data.documentId;
  w.exchangeAC = (await cmsOk('POST', '/api/exchanges', { token: cmsJwt.memberC, body: { data: { listing: w.publishedA.documentId, message: `Goedendag ${RUN}` } } })).data.documentId;
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'))], { type: 'image/png' }), 'matrix.png');
  const uploaded = await fetch(`${CMS}/api/upload`, { method: 'POST', body: form, headers: { authorization: `Bearer ${cmsJwt.memberA}` } });
  w.upload = ((await uploaded.json()) as any)[0].url;
  // A real invitation to A (its token read off the mail): a made-up token would count against the CMS's limit of
  // wrong tokens per address, which every browser test shares (they all come from 127.0.0.1).
  const invitee = `invited.${RUN}@matrix.example.eu`;
  await cmsOk('POST', '/api/accounts/me/invitations', { token: cmsJwt.adminA, body: { email: invitee, locale: 'en' } });
  w.invitationToken = decodeURIComponent(/\/en\/account\/invitation\?token=([A-Za-z0-9_%.-]+)/.exec((await waitForStackMail(stack.mailDir, invitee)).text)![1]!);
  w.asset = /(?:href|src)="(\/assets\/[^"]+\.css)"/.exec(await (await fetch(`${PORTAL}/en/privacy`)).text())![1]!;
  // The matcher pairs A's offer with C's request (same kind and CPV code) once both are published.
  for (;;) {
    const matches = await cmsOk('GET', `/api/matching/listings/${w.publishedA.documentId}/matches?locale=en`, { token: cmsJwt.memberA });
    const match = matches.data.find((m: any) => m.counterpart.documentId === w.requestC);
    if (match) {
      w.matchId = match.id;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  sessions.anonymous = { jar: new CookieJar(), formToken: '', headers: {} };
  await refreshFormToken(sessions.anonymous, '/en/login');
  for (const who of MEMBERS) sessions[who] = await logIn(who);
  sessions.countryEditor = await editorSession(editorJwt);
  sessions.superAdmin = await editorSession(superJwt);
}, 120_000);

// ---- what the CMS holds (to prove a refused post changed nothing)

const listingState = (documentId: string) => cmsOk('GET', `${CM}/api::listing.listing/${documentId}?locale=bg`, { token: superJwt }).then((r) => ({ title: r.data.title, status: r.data.moderationStatus, updatedAt: r.data.updatedAt }));
const municipalityState = (documentId: string) => cmsOk('GET', `${CM}/api::municipality.municipality/${documentId}`, { token: superJwt }).then((r) => ({ website: r.data.website, updatedAt: r.data.updatedAt }));
const threadOf = (exchange: string) => cmsOk('GET', `/api/exchanges/${exchange}/messages`, { token: cmsJwt.memberA }).then((r) => r.data.map((m: any) => m.documentId));
const exchangesOfA = () => cmsOk('GET', '/api/exchanges?pageSize=100', { token: cmsJwt.memberA }).then((r) => r.data.map((e: any) => `${e.documentId}:${e.state}:${e.version}`).sort());
const usersOf = (municipalityId: string) =>
  cmsOk('GET', `${CM}/plugin::users-permissions.user?pageSize=100&filters[municipality][documentId][$eq]=${municipalityId}`, { token: superJwt }).then((r) => r.results.map((u: any) => `${u.email}:${u.isMunicipalityAdmin}`).sort());
/** The pending invitations to the test's municipalities (other browser tests may invite meanwhile, elsewhere). */
const invitationsOf = () =>
  cmsOk('GET', `${CM}/api::account.invitation?pageSize=100&${[w.A, w.B, w.P].map((id, i) => `filters[municipality][documentId][$in][${i}]=${id}`).join('&')}`, { token: superJwt }).then((r) => r.results.map((i: any) => i.email).sort());
/** The listings of a member's municipality, in every language, as its dashboard lists them. */
const listingsOf = (who: MemberActor) => cmsOk('GET', '/api/accounts/me/dashboard', { token: cmsJwt[who] }).then((r) => r.data.listings.map((l: any) => `${l.documentId}:${l.moderationStatus}`).sort());
const matchStates = () => cmsOk('GET', `/api/matching/listings/${w.publishedA.documentId}/matches?locale=en`, { token: cmsJwt.memberA }).then((r) => r.data.map((m: any) => `${m.id}:${m.state}`));

// ---- the table

const loginPath = (pagePath: string) => `/en/login?next=${encodeURIComponent(pagePath)}`;
const isA = (actor: Actor) => actor === 'memberA' || actor === 'adminA';

/** A fresh listing of A that a member may edit, close or answer in a cell that is allowed to. */
/** A's notification that B asked for the exchange A↔B (read off the CMS as A's member). */
async function notificationOfExchangeAB(): Promise<string> {
  const list = await cmsOk('GET', '/api/notifications?locale=en&pageSize=100', { token: cmsJwt.memberA });
  const found = list.data.find((n: any) => n.data?.exchangeDocumentId === w.exchangeAB);
  if (!found) throw new Error(`A has no notification of the exchange ${w.exchangeAB}`);
  return found.documentId;
}
/** Where that notification leads. */
const toExchangeAB = { redirect: '/en/dashboard/exchanges/{AB}' };

const freshListingOfA = () => listingOfA(`Свежа обява ${RUN} ${Math.random().toString(36).slice(2, 8)}`);

const listingForm = (title: string) => ({ type: 'offer', kind: 'goods', title, description: 'Двадесет стола в добро състояние.', quantity: '20', unit: 'piece', delivery: 'pickup', expiresAt: inTwoMonths() });

const ROWS: Row[] = [
  // Public pages: the same page for everyone, members' extras only for members.
  { page: '[locale]/index.astro', on: 'the home page', expect: everyone(200), request: () => ({ method: 'GET', path: '/en/' }) },
  {
    page: '[locale]/listings/index.astro', on: 'the listings', expect: everyone(200), request: () => ({ method: 'GET', path: `/en/listings?q=${encodeURIComponent('Матрица')}` }),
    verify: (_actor, response) => {
      expect(response.body).toContain(w.publishedA.title);
      expect(response.body).not.toContain(w.pendingA.title);
    },
  },
  {
    page: '[locale]/listings/[slug].astro', on: 'A\'s published listing', expect: everyone(200), request: () => ({ method: 'GET', path: `/en/listings/${w.publishedA.slug}` }),
    verify: (actor, response) => {
      // Its own municipality is led to the listing's matches and to editing it.
      expect(response.body.includes('data-testid="own-matches"'), 'the link to its matches').toBe(isA(actor));
      expect(response.body.includes(`/dashboard/listings/${w.publishedA.documentId}/edit`), 'the link to edit it').toBe(isA(actor));
    },
  },
  { page: '[locale]/listings/[slug].astro', on: 'A\'s pending listing', expect: everyone(404), request: () => ({ method: 'GET', path: `/en/listings/${w.pendingA.slug}` }) },
  { page: '[locale]/municipalities/index.astro', on: 'the directory', expect: everyone(200), request: () => ({ method: 'GET', path: '/en/municipalities' }) },
  {
    page: '[locale]/municipalities/[slug].astro', on: 'A\'s profile', expect: everyone(200), request: () => ({ method: 'GET', path: `/en/municipalities/${w.slugA}` }),
    verify: (actor, response) => {
      // The contact person is personal data: for logged-in members of verified municipalities only.
      const verified = actor === 'memberA' || actor === 'adminA' || actor === 'memberB';
      expect(response.body.includes(`contact.matrixgrad.${RUN}@matrix.example.eu`), 'the contact person').toBe(verified);
      expect(response.body.includes('data-testid="contact-login"'), 'the invitation to log in').toBe(actor === 'anonymous' || actor === 'countryEditor' || actor === 'superAdmin');
    },
  },
  { page: '[locale]/impact.astro', on: 'the figures', expect: everyone(200), request: () => ({ method: 'GET', path: '/en/impact' }) },
  { page: '[locale]/news/index.astro', on: 'the news', expect: everyone(200), request: () => ({ method: 'GET', path: '/en/news' }) },
  { page: '[locale]/news/[slug].astro', on: 'a published article', expect: everyone(200), request: () => ({ method: 'GET', path: '/en/news/platform-opens' }) },
  { page: '[locale]/pages/[slug].astro', on: 'a published page', expect: everyone(200), request: () => ({ method: 'GET', path: '/en/pages/about' }) },
  { page: '[locale]/privacy.astro', on: 'the privacy notice', expect: everyone(200), request: () => ({ method: 'GET', path: '/en/privacy' }) },
  {
    page: '[locale]/feed.xml.ts', on: 'the feed', expect: everyone(200), request: () => ({ method: 'GET', path: '/en/feed.xml' }),
    verify: (_actor, response) => expect(response.body).not.toContain(w.pendingA.slug),
  },
  { page: '404.astro', on: 'a page that does not exist', expect: everyone(404), request: () => ({ method: 'GET', path: '/en/no-such-page' }) },
  // The error page (rendered when the CMS is away) is the same for everyone, also when asked for by its path.
  { page: '500.astro', on: 'the error page asked for by its path', expect: everyone(500), request: () => ({ method: 'GET', path: '/500' }) },
  { page: 'index.ts', on: 'the root', expect: everyone({ redirect: '/en/', status: 302 }), request: () => ({ method: 'GET', path: '/' }) },
  { page: 'health.ts', on: 'liveness', expect: everyone(200), request: () => ({ method: 'GET', path: '/health' }) },
  { page: 'ready.ts', on: 'readiness', expect: everyone(200), request: () => ({ method: 'GET', path: '/ready' }) },
  { page: 'robots.txt.ts', on: 'robots.txt', expect: everyone(200), request: () => ({ method: 'GET', path: '/robots.txt' }) },
  { page: 'sitemap.xml.ts', on: 'the sitemap index', expect: everyone(200), request: () => ({ method: 'GET', path: '/sitemap.xml' }) },
  {
    page: 'sitemaps/[file].ts', on: 'the English sitemap', expect: everyone(200), request: () => ({ method: 'GET', path: '/sitemaps/en.xml' }),
    verify: (_actor, response) => {
      expect(response.body).toContain(w.publishedA.slug);
      expect(response.body).not.toContain(w.pendingA.slug);
    },
  },
  { page: 'assets/[file].ts', on: 'the stylesheet', expect: everyone(200), request: () => ({ method: 'GET', path: w.asset }) },
  { page: 'uploads/[...path].ts', on: 'a listing image', expect: everyone(200), request: () => ({ method: 'GET', path: w.upload }) },
  {
    page: 'api/cpv-options.ts', on: 'the CPV type-ahead', expect: everyone(200), request: () => ({ method: 'GET', path: '/api/cpv-options?q=feuerwehr&locale=de' }),
    verify: (_actor, response) => expect(JSON.parse(response.body).data.length).toBeGreaterThan(0),
  },
  {
    page: 'api/municipality-options.ts', on: 'the municipality type-ahead', expect: everyone(200), request: () => ({ method: 'GET', path: '/api/municipality-options?q=Matrixgrad' }),
    verify: (_actor, response) => expect(JSON.stringify(JSON.parse(response.body))).not.toMatch(/contact\.|@matrix\.example\.eu/),
  },

  // Logging in, registering, passwords: public forms (posts that change nothing: the accounts API has its own matrix).
  { page: '[locale]/login.astro', on: 'the form', expect: everyone(200), request: () => ({ method: 'GET', path: '/en/login' }) },
  // Posts refused by the page itself, before the CMS: failed log-ins and wrong tokens count against limits per
  // address that every browser test shares.
  { page: '[locale]/login.astro', on: 'no password', expect: everyone(400), request: (actor) => ({ method: 'POST', path: '/en/login', form: { email: `nobody.${actor}.${RUN}@matrix.example.eu`, password: '' } }) },
  { page: '[locale]/register.astro', on: 'the form', expect: byMember({ anonymous: 200, pending: { redirect: '/en/dashboard' }, memberA: { redirect: '/en/dashboard' }, adminA: { redirect: '/en/dashboard' }, memberB: { redirect: '/en/dashboard' } }), request: () => ({ method: 'GET', path: '/en/register' }) },
  { page: '[locale]/register.astro', on: 'finding a municipality', expect: byMember({ anonymous: 200, pending: { redirect: '/en/dashboard' }, memberA: { redirect: '/en/dashboard' }, adminA: { redirect: '/en/dashboard' }, memberB: { redirect: '/en/dashboard' } }), request: () => ({ method: 'POST', path: '/en/register', form: { action: 'find', country: 'BG', municipalityQuery: 'Matrixgrad' } }) },
  { page: '[locale]/forgot-password.astro', on: 'the form', expect: everyone(200), request: () => ({ method: 'GET', path: '/en/forgot-password' }) },
  { page: '[locale]/forgot-password.astro', on: 'an address that is none', expect: everyone(400), request: () => ({ method: 'POST', path: '/en/forgot-password', form: { email: 'not-an-address' } }) },
  { page: '[locale]/account/reset-password.astro', on: 'the form', expect: everyone(200), request: () => ({ method: 'GET', path: '/en/account/reset-password?token=x' }) },
  { page: '[locale]/account/reset-password.astro', on: 'a password too short', expect: everyone(400), request: () => ({ method: 'POST', path: '/en/account/reset-password', form: { token: 'x', password: 'short', passwordRepeat: 'short' } }) },
  { page: '[locale]/account/confirm.astro', on: 'the link\'s page', expect: everyone(200), request: () => ({ method: 'GET', path: '/en/account/confirm?token=x' }) },
  { page: '[locale]/account/confirm.astro', on: 'no token', expect: everyone(400), request: () => ({ method: 'POST', path: '/en/account/confirm', form: { token: '' } }) },
  {
    page: '[locale]/account/invitation.astro', on: 'an invitation to A', expect: everyone(200), request: () => ({ method: 'GET', path: `/en/account/invitation?token=${encodeURIComponent(w.invitationToken)}` }),
    verify: (_actor, response) => expect(response.body).toContain('Matrixgrad'),
  },
  {
    page: '[locale]/account/invitation.astro', on: 'accepting it with a password too short', expect: everyone(400),
    request: () => ({ method: 'POST', path: '/en/account/invitation', form: { token: w.invitationToken, fullName: 'Someone', password: 'short' } }),
    observe: () => usersOf(w.A),
  },

  // The member pages.
  {
    page: '[locale]/dashboard/index.astro', on: 'one\'s own municipality', expect: memberPage({ pending: 200, memberA: 200, adminA: 200, memberB: 200 }), request: () => ({ method: 'GET', path: '/en/dashboard' }),
    verify: (actor, response) => {
      expect(response.body.includes(w.pendingA.title), 'A\'s pending listing').toBe(isA(actor));
      expect(response.headers.get('cache-control')).toBe('private, no-store');
    },
  },
  {
    page: '[locale]/dashboard/index.astro', on: 'closing a listing of A', expect: memberPage({ pending: 400, memberA: { redirect: '/en/dashboard?done=closed' }, adminA: { redirect: '/en/dashboard?done=closed' }, memberB: 400 }),
    request: async (actor) => ({ method: 'POST', path: '/en/dashboard', form: { action: 'close', listing: isA(actor) ? (await freshListingOfA()).documentId : w.publishedA.documentId } }),
    observe: () => listingState(w.publishedA.documentId),
  },
  {
    page: '[locale]/dashboard/index.astro', on: 'closing a listing of A without the form token', expect: byMember({ anonymous: 403, pending: 403, memberA: 403, adminA: 403, memberB: 403 }),
    request: () => ({ method: 'POST', path: '/en/dashboard', form: { action: 'close', listing: w.publishedA.documentId }, noFormToken: true }),
    observe: () => listingState(w.publishedA.documentId),
  },
  {
    page: '[locale]/dashboard/index.astro', on: 'the public profile of one\'s municipality', expect: memberPage({ pending: 400, memberA: 400, adminA: { redirect: '/en/dashboard?done=profileSaved' }, memberB: 400 }),
    request: () => ({ method: 'POST', path: '/en/dashboard', form: { action: 'profile', website: `https://www.matrixgrad.example.bg/${RUN}`, description: '', contactName: 'Иван Иванов', contactRole: '', contactEmail: `ivan.${RUN}@matrix.example.eu`, contactPhone: '' } }),
    observe: async () => [await municipalityState(w.A), await municipalityState(w.B), await municipalityState(w.P)],
  },
  {
    page: '[locale]/dashboard/index.astro', on: 'inviting a colleague', expect: memberPage({ pending: 400, memberA: 400, adminA: { redirect: '/en/dashboard?done=invited' }, memberB: 400 }),
    request: (actor) => ({ method: 'POST', path: '/en/dashboard', form: { action: 'invite', email: `colleague.${actor.toLowerCase()}.${RUN}@matrix.example.eu`, inviteLocale: 'en' } }),
    observe: invitationsOf,
  },
  {
    page: '[locale]/dashboard/index.astro', on: 'cancelling an invitation to A', expect: memberPage({ pending: 400, memberA: 400, adminA: { redirect: '/en/dashboard?done=invitationCancelled' }, memberB: 400 }),
    request: async (actor) => {
      const invited = await cmsOk('POST', '/api/accounts/me/invitations', { token: cmsJwt.adminA, body: { email: `invited.${actor.toLowerCase()}.${RUN}@matrix.example.eu`, locale: 'en' } });
      return { method: 'POST', path: '/en/dashboard', form: { action: 'cancelInvitation', invitation: invited.data.id } };
    },
    observe: invitationsOf,
  },
  {
    page: '[locale]/dashboard/index.astro', on: 'removing a colleague of A', expect: memberPage({ pending: 400, memberA: 400, adminA: { redirect: '/en/dashboard?done=colleagueRemoved' }, memberB: 400 }),
    request: async (actor) => ({ method: 'POST', path: '/en/dashboard', form: { action: 'removeColleague', colleague: (await account(`colleague.${actor}.${Math.random().toString(36).slice(2, 7)}`, 'member', w.A, false)).documentId } }),
    observe: () => usersOf(w.A),
  },
  {
    page: '[locale]/dashboard/listings/new.astro', on: 'the form', expect: memberPage({ pending: 403, memberA: 200, adminA: 200, memberB: 200 }), request: () => ({ method: 'GET', path: '/en/dashboard/listings/new' }),
  },
  {
    page: '[locale]/dashboard/listings/new.astro', on: 'posting a listing', expect: memberPage({ pending: 403, memberA: { redirect: '/en/dashboard?done=posted' }, adminA: { redirect: '/en/dashboard?done=posted' }, memberB: { redirect: '/en/dashboard?done=posted' } }),
    request: (actor) => ({ method: 'POST', path: '/en/dashboard/listings/new', form: listingForm(`Нова обява ${actor} ${RUN}`) }),
    observe: async () => [await listingsOf('pending'), await listingsOf('memberA')],
  },
  {
    page: '[locale]/dashboard/listings/[id]/edit.astro', on: 'A\'s published listing', expect: memberPage({ pending: 404, memberA: 200, adminA: 200, memberB: 404 }), request: () => ({ method: 'GET', path: `/en/dashboard/listings/${w.publishedA.documentId}/edit` }),
    verify: (_actor, response) => expect(response.body).toContain(w.publishedA.title),
  },
  {
    page: '[locale]/dashboard/listings/[id]/edit.astro', on: 'saving a listing of A', expect: memberPage({ pending: 404, memberA: { redirect: '/en/dashboard?done=saved' }, adminA: { redirect: '/en/dashboard?done=saved' }, memberB: 404 }),
    request: async (actor) => ({ method: 'POST', path: `/en/dashboard/listings/${isA(actor) ? (await freshListingOfA()).documentId : w.publishedA.documentId}/edit`, form: listingForm(`Редактирано от ${actor} ${RUN}`) }),
    observe: () => listingState(w.publishedA.documentId),
  },
  {
    page: '[locale]/dashboard/listings/[id]/matches.astro', on: 'A\'s listing\'s matches', expect: memberPage({ pending: 404, memberA: 200, adminA: 200, memberB: 404 }), request: () => ({ method: 'GET', path: `/en/dashboard/listings/${w.publishedA.documentId}/matches` }),
    verify: (_actor, response) => expect(response.body).toContain(`Tafels en stoelen gezocht ${RUN}`),
  },
  {
    page: '[locale]/dashboard/listings/[id]/matches.astro', on: 'marking a match of A seen', expect: memberPage({ pending: 404, memberA: { redirect: `/en/dashboard/listings/${'{A}'}/matches?updated=seen#match-{M}` }, adminA: { redirect: `/en/dashboard/listings/${'{A}'}/matches?updated=seen#match-{M}` }, memberB: 404 }),
    request: () => ({ method: 'POST', path: `/en/dashboard/listings/${w.publishedA.documentId}/matches`, form: { match: String(w.matchId), state: 'seen' } }),
    observe: matchStates,
  },
  {
    page: '[locale]/dashboard/exchanges/[documentId].astro', on: 'the exchange A↔B', expect: memberPage({ pending: 403, memberA: 200, adminA: 200, memberB: 200 }), request: () => ({ method: 'GET', path: `/en/dashboard/exchanges/${w.exchangeAB}` }),
    verify: (_actor, response) => expect(response.body).toContain(`Guten Tag ${RUN}`),
  },
  {
    page: '[locale]/dashboard/exchanges/[documentId].astro', on: 'the exchange A↔C', expect: memberPage({ pending: 403, memberA: 200, adminA: 200, memberB: 404 }), request: () => ({ method: 'GET', path: `/en/dashboard/exchanges/${w.exchangeAC}` }),
    verify: (_actor, response) => expect(response.body).toContain(`Goedendag ${RUN}`),
  },
  {
    page: '[locale]/dashboard/exchanges/[documentId].astro', on: 'writing in the thread A↔C', expect: memberPage({ pending: 403, memberA: { redirect: `/en/dashboard/exchanges/{AC}?done=message#exchange-state` }, adminA: { redirect: `/en/dashboard/exchanges/{AC}?done=message#exchange-state` }, memberB: 404 }),
    request: (actor) => ({ method: 'POST', path: `/en/dashboard/exchanges/${w.exchangeAC}`, form: { action: 'message', body: `Съобщение от ${actor}` } }),
    observe: () => threadOf(w.exchangeAC),
  },
  {
    page: '[locale]/dashboard/notifications/settings.astro', on: 'one\'s e-mail preference', expect: memberPage({ pending: 200, memberA: 200, adminA: 200, memberB: 200 }), request: () => ({ method: 'GET', path: '/en/dashboard/notifications/settings' }),
  },
  {
    page: '[locale]/dashboard/notifications/settings.astro', on: 'choosing a daily digest', expect: memberPage({ pending: { redirect: '/en/dashboard/notifications/settings?done=saved' }, memberA: { redirect: '/en/dashboard/notifications/settings?done=saved' }, adminA: { redirect: '/en/dashboard/notifications/settings?done=saved' }, memberB: { redirect: '/en/dashboard/notifications/settings?done=saved' } }),
    request: () => ({ method: 'POST', path: '/en/dashboard/notifications/settings', form: { email: 'daily' } }),
  },
  {
    page: '[locale]/dashboard/notifications/[documentId].ts', on: 'opening A\'s notification of the exchange A↔B (it is marked read)',
    expect: memberPage({ pending: 404, memberA: toExchangeAB, adminA: toExchangeAB, memberB: 404 }),
    request: async () => ({ method: 'GET', path: `/en/dashboard/notifications/${await notificationOfExchangeAB()}` }),
  },
  {
    page: '[locale]/listings/[slug]/answer.astro', on: 'A\'s published offer', expect: memberPage({ pending: 403, memberA: 403, adminA: 403, memberB: 200 }), request: () => ({ method: 'GET', path: `/en/listings/${w.publishedA.slug}/answer` }),
  },
  {
    page: '[locale]/listings/[slug]/answer.astro', on: 'asking for A\'s offer', expect: memberPage({ pending: 403, memberA: 403, adminA: 403, memberB: { redirect: '/en/dashboard?done=answered' } }),
    request: () => ({ method: 'POST', path: `/en/listings/${w.publishedA.slug}/answer`, form: { message: `Wir hätten Interesse ${RUN}` } }),
    observe: exchangesOfA,
  },
  {
    page: '[locale]/account/data/index.astro', on: 'one\'s personal data', expect: memberPage({ pending: 200, memberA: 200, adminA: 200, memberB: 200 }), request: () => ({ method: 'GET', path: '/en/account/data' }),
  },
  {
    page: '[locale]/account/data/index.astro', on: 'deleting one\'s account with a wrong password', expect: memberPage({ pending: 400, memberA: 400, adminA: 400, memberB: 400 }),
    request: () => ({ method: 'POST', path: '/en/account/data', form: { password: 'not-the-password' } }),
    observe: async () => [await usersOf(w.A), await usersOf(w.B), await usersOf(w.P)],
  },
  {
    page: '[locale]/account/data/export.ts', on: 'one\'s data', expect: byMember({ anonymous: { redirect: loginPath('/en/account/data') }, pending: 200, memberA: 200, adminA: 200, memberB: 200 }),
    request: () => ({ method: 'GET', path: '/en/account/data/export' }),
    verify: (actor, response) => {
      const data = JSON.parse(response.body);
      expect(data.account.email).toBe(email(actor));
      if (!isA(actor)) expect(response.body).not.toContain(w.pendingA.documentId);
    },
  },
  // Last: logging out ends the members' sessions.
  { page: '[locale]/logout.astro', on: 'the button', expect: everyone(200), request: () => ({ method: 'GET', path: '/en/logout' }) },
  { page: '[locale]/logout.astro', on: 'logging out', expect: everyone({ redirect: '/en/logout' }), request: () => ({ method: 'POST', path: '/en/logout', form: {} }) },
];

/** Every file under site/src/pages, relative to it. */
function pageFiles(dir = PAGES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return pageFiles(full);
    return /\.(astro|ts|js|md|mdx|html)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path.relative(PAGES_DIR, full).split(path.sep).join('/')] : [];
  });
}

describe('the matrix covers every page', () => {
  it('has a row for every page and endpoint under site/src/pages, and names only files that exist', () => {
    const files = pageFiles();
    expect(files.length).toBeGreaterThan(30);
    expect(files.filter((file) => !ROWS.some((row) => row.page === file)), 'pages without a row in the authorization matrix').toEqual([]);
    expect(ROWS.map((row) => row.page).filter((page) => !files.includes(page))).toEqual([]);
  });

  it('gives the editors exactly what the anonymous visitor gets', () => {
    for (const row of ROWS) for (const editor of ['countryEditor', 'superAdmin'] as const) expect(row.expect[editor], `${row.page} ${row.on}`).toEqual(row.expect.anonymous);
  });
});

describe('an admin JWT presented as the portal\'s session cookie', () => {
  it.each(['countryEditor', 'superAdmin'] as const)('opens nothing for %s and changes nothing', async (editor) => {
    const jwt = editor === 'superAdmin' ? superJwt : editorJwt;
    const asSession = (): Session => ({ jar: new CookieJar(), formToken: '', headers: { authorization: `Bearer ${jwt}` } });
    for (const pagePath of ['/en/dashboard', `/en/dashboard/exchanges/${w.exchangeAB}`, `/en/dashboard/listings/${w.publishedA.documentId}/edit`, '/en/account/data']) {
      const session = asSession();
      session.jar.cookies.set('cs-session', jwt);
      const response = await portal(session, 'GET', pagePath);
      expect({ status: response.status, location: response.location }, pagePath).toEqual({ status: 303, location: loginPath(pagePath) });
    }
    const session = asSession();
    session.jar.cookies.set('cs-session', jwt);
    const before = JSON.stringify(await listingState(w.publishedA.documentId));
    const post = await portal(session, 'POST', '/en/dashboard', { _csrf: jwt, action: 'close', listing: w.publishedA.documentId });
    expect(post.status).toBe(403);
    expect(JSON.stringify(await listingState(w.publishedA.documentId))).toBe(before);
  });
});

/** The outcome with the placeholders of redirects filled in ({A}: A's published listing, {M}: its match, {AB}, {AC}: the exchanges A↔B, A↔C). */
function expected(outcome: Outcome, pagePath: string): { status: number; location: string | null } {
  if (outcome === 'login') return { status: 303, location: loginPath(pagePath) };
  if (typeof outcome === 'number') return { status: outcome, location: null };
  const location = outcome.redirect.replace('{A}', w.publishedA.documentId).replace('{M}', String(w.matchId)).replace('{AC}', w.exchangeAC).replace('{AB}', w.exchangeAB);
  return { status: outcome.status ?? 303, location };
}

for (const row of ROWS) {
  describe(`${row.page}: ${row.on}`, () => {
    it.each(ACTORS)('%s', async (actor) => {
      const request = await row.request(actor);
      const session = sessions[actor];
      const form = request.form ? { ...(request.noFormToken ? {} : { _csrf: session.formToken }), ...request.form } : undefined;
      const before = request.method === 'POST' && row.observe ? JSON.stringify(await row.observe()) : undefined;
      const response = await portal(session, request.method, request.path, form);
      const want = expected(row.expect[actor], request.path.split('#')[0]!);
      expect({ status: response.status, location: response.location }, `${actor}: ${request.method} ${request.path}`).toEqual(want);
      if (before !== undefined && (response.status >= 400 || response.location?.startsWith('/en/login'))) {
        expect(JSON.stringify(await row.observe!()), `${actor}'s refused post changed the CMS`).toBe(before);
      }
      if (response.status === 200) await row.verify?.(actor, response);
      // A member's session keeps its form token; a post that regenerated nothing leaves it valid.
      if (request.method === 'GET' && response.status === 200) session.formToken = formTokenIn(response.body) ?? session.formToken;
    });
  });
}
