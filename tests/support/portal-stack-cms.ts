// The CMS of the browser suite, in a process of its own (started by portal-stack.ts with Node, which runs this
// TypeScript as it is): the compiled CMS on a fresh database (TEST_DATABASE: sqlite by default, or postgres),
// the small demo seed, and the listings the tests look for — posted by demo members through POST /api/listings
// (so they are pending, as members' listings are) and published by an editor through the Document Service —
// and the security suite's markup and script in every other stored text (portal-stack-hostile.ts).
// Prints one line `@@READY {json}` once it serves its API on a free port of 127.0.0.1; shuts down (database
// dropped) when its stdin closes or on SIGTERM. A process of its own keeps it apart from any other Strapi the
// test runner hosts (Strapi keeps one global instance per process).
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createTestDatabase, databaseUnderTest } from './databases.ts';
import { inTwoMonths } from './dates.ts';
import { seedHostileTexts } from './portal-stack-hostile.ts';
import { DEMO_PASSWORD, EXCHANGE_LISTING, MATCHING_REQUEST, THIRD_MEMBER, FOREIGN_LISTING, HOSTILE_LISTING, STACK_EDITOR, UNREGISTERED_MUNICIPALITY, UNREGISTERED_MUNICIPALITY_NO_JS, type SeededListing, type StackCmsInfo } from './portal-stack-data.ts';

const CMS_DIR = path.resolve(import.meta.dirname, '../../cms');
const requireCms = createRequire(path.join(CMS_DIR, 'package.json'));
const LISTINGS = Number(process.env.STACK_LISTINGS ?? 300);

const phases: Record<string, number> = {};
let mark = Date.now();
const phase = (name: string) => {
  phases[name] = Math.round((Date.now() - mark) / 100) / 10;
  mark = Date.now();
};

const database = await createTestDatabase(databaseUnderTest());
Object.assign(process.env, { NODE_ENV: 'test', SEED_DEMO: 'false', LOG_LEVEL: 'warn', CMS_PORT: '1337', DEMO_PASSWORD, ...database.env });
const { createStrapi } = requireCms('@strapi/strapi');
const strapi = await createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist'), serveAdminPanel: false, autoReload: false }).load();
strapi.server.mount();
const httpServer = strapi.server.httpServer;
await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
const cmsUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
phase('CMS start');

let stopping: Promise<void> | undefined;
function stop(): Promise<void> {
  stopping ??= (async () => {
    strapi.plugin('search').service('search').stop();
    strapi.cron?.destroy?.();
    httpServer.closeAllConnections?.();
    await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    await strapi.db.destroy();
    await database.drop();
  })();
  return stopping;
}
const exitAfterStop = () => void stop().finally(() => process.exit(0));
process.stdin.on('end', exitAfterStop);
process.stdin.on('error', exitAfterStop);
process.stdin.resume();
process.once('SIGTERM', exitAfterStop);

async function call(method: string, urlPath: string, body?: unknown, token?: string) {
  const response = await fetch(cmsUrl + urlPath, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as any };
}

async function memberToken(email: string): Promise<string> {
  const login = await call('POST', '/api/auth/local', { identifier: email, password: DEMO_PASSWORD });
  if (login.status !== 200) throw new Error(`login of ${email} failed: ${login.status} ${JSON.stringify(login.body)}`);
  return login.body.jwt;
}

/** A member posts a listing (it is pending), then an editor approves it as the admin does. */
async function postAndPublish(token: string, locale: string, data: Record<string, unknown>): Promise<SeededListing> {
  const created = await call('POST', `/api/listings?locale=${locale}`, { data: { expiresAt: inTwoMonths(), ...data } }, token);
  if (created.status !== 201) throw new Error(`posting a listing failed: ${created.status} ${JSON.stringify(created.body)}`);
  const documentId = created.body.data.documentId as string;
  if (created.body.data.moderationStatus && created.body.data.moderationStatus !== 'pending') throw new Error(`a member's new listing is ${created.body.data.moderationStatus}, not pending`);
  await strapi.documents('api::listing.listing').update({ documentId, locale, data: { moderationStatus: 'published' } });
  const stored = await strapi.db.query('api::listing.listing').findOne({ where: { documentId, locale }, select: ['slug', 'title', 'moderationStatus'] });
  if (stored?.moderationStatus !== 'published') throw new Error(`listing ${documentId} was not published: ${JSON.stringify(stored)}`);
  return { documentId, slug: stored.slug, title: stored.title, locale };
}

try {
  const { seedDemo } = requireCms(path.join(CMS_DIR, 'dist/src/seed/seed-on-first-start.js'));
  await seedDemo(strapi, { municipalitiesPerCountry: 2, listings: LISTINGS });
  phase('demo seed');
  const de = await memberToken('member.de@demo.community-sharing.eu');
  const bg = await memberToken('member.bg@demo.community-sharing.eu');
  const foreignListing = await postAndPublish(de, 'de', FOREIGN_LISTING);
  const hostileListing = await postAndPublish(bg, 'en', HOSTILE_LISTING);
  const exchangeListing = await postAndPublish(de, 'de', EXCHANGE_LISTING);
  const matchingRequest = await postAndPublish(bg, 'bg', MATCHING_REQUEST);
  await strapi.db.query('api::listing.listing').updateMany({ where: { documentId: exchangeListing.documentId }, data: { featured: true } });
  await strapi.plugin('search').service('search').drain();
  await strapi.plugin('matching').service('matching').idle();
  phase('test listings');
  // The exchange journey: a member of a third verified municipality, who must not see the others' exchange.
  const demoMunicipalities = (
    await strapi.db.query('plugin::users-permissions.user').findMany({ where: { email: { $in: ['member.de@demo.community-sharing.eu', 'member.bg@demo.community-sharing.eu'] } }, populate: { municipality: { select: ['id'] } } })
  ).map((user: any) => user.municipality?.id);
  const third = await strapi.db.query('api::municipality.municipality').findOne({ where: { verificationStatus: 'verified', id: { $notIn: demoMunicipalities } }, select: ['id'], orderBy: { id: 'asc' } });
  const memberRole = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'member' } });
  await strapi.plugin('users-permissions').service('user').add({
    username: THIRD_MEMBER.email, email: THIRD_MEMBER.email, password: DEMO_PASSWORD, provider: 'local', confirmed: true, blocked: false,
    role: memberRole.id, fullName: THIRD_MEMBER.fullName, preferredLocale: 'en', municipality: third.id, isMunicipalityAdmin: true,
  });
  // The accounts journey: an editor (a Strapi admin user) and a municipality of the official list without an account.
  const editorRole = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-super-admin' } });
  await strapi.service('admin::user').create({ ...STACK_EDITOR, firstname: 'Stack', lastname: 'Editor', isActive: true, registrationToken: null, roles: [editorRole.id] });
  const unregistered = await strapi.documents('api::municipality.municipality').create({
    data: { ...UNREGISTERED_MUNICIPALITY, verificationStatus: 'unregistered', source: 'lau', lat: 42.93, lng: 25.88, languages: ['bg'] } as any,
  });
  const unregisteredNoJs = await strapi.documents('api::municipality.municipality').create({
    data: { ...UNREGISTERED_MUNICIPALITY_NO_JS, verificationStatus: 'unregistered', source: 'lau', lat: 42.87, lng: 25.49, languages: ['bg'] } as any,
  });
  // Markup and script in every other text the portal shows (the security suite), written through the API.
  const hostile = await seedHostileTexts(strapi, cmsUrl, hostileListing.documentId);
  await strapi.plugin('search').service('search').drain();
  await strapi.plugin('matching').service('matching').idle();
  phase('hostile texts');
  const info: StackCmsInfo = { cmsUrl, foreignListing, matchingRequest, hostileListing, exchangeListing, unregisteredMunicipality: unregistered.documentId, unregisteredMunicipalityNoJs: unregisteredNoJs.documentId, hostile, mailDir: process.env.STACK_MAIL_DIR ?? '', phases };
  process.stdout.write(`\n@@READY ${JSON.stringify(info)}\n`);
} catch (error) {
  console.error(error);
  await stop().catch(() => {});
  process.exit(1);
}
