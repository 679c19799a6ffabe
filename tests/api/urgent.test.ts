import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken } from '../support/admin';
import { buildWorld, createListing, createMember, createMunicipality, type World } from '../support/fixtures';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { requireCms, startTestCms, type TestCms } from '../support/strapi-instance';

/**
 * Urgent requests on the real CMS with a real SMTP server: only a verified municipality's request may be urgent;
 * marking it urgent tells at once the owners of matching offers or, when none matches, the municipalities within
 * the radius that have offered the same kind before, and nobody else; it lasts 14 days unless renewed, and ends.
 */
let cms: TestCms;
let smtp: TestSmtp;
let world: World;
const place: Record<string, string> = {};
const token: Record<string, string> = {};

const LISTING = 'api::listing.listing';
const drainMail = () => cms.strapi.service('api::mail-job.mail-job').drain();
const idle = () => cms.strapi.plugin('matching').service('matching').idle();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const DAY = 86_400_000;

/** A verified municipality at a given place, with one member. */
async function municipalityAt(key: string, name: string, country: string, code: string, lat: number, lng: number) {
  place[key] = await createMunicipality(cms, { name, country, verificationStatus: 'verified', officialCode: code });
  await cms.strapi.db.query('api::municipality.municipality').update({ where: { documentId: place[key] }, data: { lat, lng } });
  token[key] = await createMember(cms, `member.${key}@example.eu`, 'member', place[key]);
}

/** The 'urgent.request' notifications a municipality has about a listing. */
async function urgentNotices(municipalityDocumentId: string, listingId: string) {
  const rows = await cms.strapi.db.query('api::notification.notification').findMany({
    where: { event: 'urgent.request', municipality: { documentId: municipalityDocumentId } },
    orderBy: { id: 'asc' },
  });
  return rows.filter((row: any) => row.data?.listing?.documentId === listingId);
}

async function waitForAlerts() {
  await idle();
  await sleep(300); // the alert runs after the commit, off the request
  await idle();
  await drainMail();
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  cms = await startTestCms(smtp.env());
  world = await buildWorld(cms);
  // Around Burgas (A): Sozopol 30 km away and Pomorie 20 km away; Kassel (B) is 1,800 km away.
  await cms.strapi.db.query('api::municipality.municipality').update({ where: { documentId: world.municipalities.A }, data: { lat: 42.5048, lng: 27.4626 } });
  await cms.strapi.db.query('api::municipality.municipality').update({ where: { documentId: world.municipalities.B }, data: { lat: 51.3127, lng: 9.4797 } });
  await municipalityAt('sozopol', 'Созопол', 'BG', 'BG_BGS23', 42.4178, 27.6956);
  await municipalityAt('pomorie', 'Поморие', 'BG', 'BG_BGS17', 42.5683, 27.6167);
  await municipalityAt('varna', 'Варна', 'BG', 'BG_VAR06', 43.2141, 27.9147);
  // Sozopol gave emergency volunteers before (that offer is closed now); Pomorie only ever offered goods;
  // Kassel gave emergency volunteers too, but is far away; Varna has an open offer of fire engines.
  await createListing(cms, place.sozopol, { type: 'offer', kind: 'volunteers-emergency', cpvCodes: [], title: 'Доброволци за наводнения', description: 'Екип доброволци.', moderationStatus: 'closed' });
  await createListing(cms, place.pomorie, { type: 'offer', kind: 'goods', cpvCodes: ['39160000'], title: 'Училищни чинове', description: 'Чинове.' });
  await createListing(cms, world.municipalities.B, { type: 'offer', kind: 'volunteers-emergency', cpvCodes: [], title: 'Hochwasserhelfer', description: 'Freiwillige.', moderationStatus: 'expired', expiresAt: '2020-01-01' }, 'de');
  await createListing(cms, place.varna, { type: 'offer', kind: 'equipment', cpvCodes: ['34144210'], title: 'Пожарен автомобил', description: 'Пожарен автомобил в добро състояние.' });
  await idle();
  await drainMail();
}, 180_000);

afterAll(async () => {
  await cms?.stop();
  await smtp?.stop();
});

const newRequest = (overrides: Record<string, unknown> = {}) => ({
  data: { type: 'request', kind: 'volunteers-emergency', title: 'Доброволци за борба с наводнението', description: 'Реката преля, нужни са доброволци за пясъчни чували.', urgency: 'flood', urgencyRadiusKm: 100, ...overrides },
});

describe('who may mark a request urgent', () => {
  it('refuses an urgent offer, naming urgency', async () => {
    const response = await cms.request('POST', '/api/listings?locale=bg', { token: world.actors.memberA.token, body: newRequest({ type: 'offer' }) });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('urgency');
  });

  it('refuses an urgency without a radius, naming urgencyRadiusKm', async () => {
    const response = await cms.request('POST', '/api/listings?locale=bg', { token: world.actors.memberA.token, body: newRequest({ urgencyRadiusKm: undefined }) });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('urgencyRadiusKm');
  });

  it('refuses an unknown urgency, and a member setting urgentUntil', async () => {
    const bad = await cms.request('POST', '/api/listings?locale=bg', { token: world.actors.memberA.token, body: newRequest({ urgency: 'tsunami' }) });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('urgency');
    const until = await cms.request('POST', '/api/listings?locale=bg', { token: world.actors.memberA.token, body: newRequest({ urgentUntil: '2099-01-01T00:00:00Z' }) });
    expect(until.status).toBe(403);
    expect(until.body.error.message).toContain('urgentUntil');
  });

  it('refuses a request of a municipality that is not verified, naming urgency, and writes nothing', async () => {
    const before = await cms.strapi.db.query(LISTING).count();
    await expect(
      cms.strapi.documents(LISTING).create({ locale: 'ro', data: { ...newRequest().data, municipality: world.municipalities.P, moderationStatus: 'published' } as any }),
    ).rejects.toThrow(/urgency: only a request of a verified municipality/);
    expect(await cms.strapi.db.query(LISTING).count()).toBe(before);
  });
});

describe('marking a request urgent', () => {
  let urgentId: string;

  it('with no matching offer, tells at once the municipalities within the radius that offered the same kind before, and nobody else', async () => {
    const before = smtp.received.length;
    // A is trusted here so that its listing is published at once.
    await cms.strapi.db.query('api::municipality.municipality').update({ where: { documentId: world.municipalities.A }, data: { trusted: true } });
    const response = await cms.request('POST', '/api/listings?locale=bg', { token: world.actors.memberA.token, body: newRequest() });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    urgentId = response.body.data.documentId;
    expect(response.body.data.urgency).toBe('flood');
    // 14 days from now.
    const until = new Date(response.body.data.urgentUntil).getTime();
    expect(Math.abs(until - (Date.now() + 14 * DAY))).toBeLessThan(60_000);

    await waitForAlerts();
    expect(await urgentNotices(place.sozopol, urgentId)).toHaveLength(1);
    expect(await urgentNotices(place.pomorie, urgentId)).toHaveLength(0); // never offered that kind
    expect(await urgentNotices(world.municipalities.B, urgentId)).toHaveLength(0); // outside the radius
    expect(await urgentNotices(place.varna, urgentId)).toHaveLength(0); // outside the radius, other kind
    expect(await urgentNotices(world.municipalities.A, urgentId)).toHaveLength(0); // the requester itself

    await smtp.waitFor((r) => r.slice(before).some((m) => m.to.includes('member.sozopol@example.eu')));
    await sleep(500);
    const mails = smtp.received.slice(before);
    // Sozopol's member is told by mail at once (no digest), in the daily-digest default.
    const mail = mails.find((m) => m.to.includes('member.sozopol@example.eu'))!;
    expect(mail.subject).toBe('Urgent: Бургас needs help (flood)');
    expect(mail.text).toContain('“Доброволци за борба с наводнението”');
    expect(mail.text).toContain('/api/notifications/unsubscribe?token=');
    for (const who of ['pomorie', 'varna', 'b@', 'a@']) expect(mails.some((m) => m.to.includes(`member.${who}`)), who).toBe(false);

    // Sozopol's members see it in the portal, flagged urgent.
    const list = await cms.request('GET', '/api/notifications?locale=en', { token: token.sozopol });
    expect(list.body.data[0]).toMatchObject({ event: 'urgent.request', urgent: true, link: `/listings/${response.body.data.slug}` });
  }, 60_000);

  it('with matching offers, tells their owners at once, wherever they are', async () => {
    const before = smtp.received.length;
    const response = await cms.request('POST', '/api/listings?locale=bg', {
      token: world.actors.memberA.token,
      body: newRequest({ kind: 'equipment', cpvCodes: ['34144210'], title: 'Спешно търсим пожарен автомобил', description: 'Горски пожар, нужен е пожарен автомобил.', urgency: 'fire', urgencyRadiusKm: 50 }),
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const id = response.body.data.documentId;
    await waitForAlerts();
    // Varna (open fire-engine offer, 90 km) is told; so is nobody who merely offered before nearby.
    expect((await urgentNotices(place.varna, id)).length).toBe(1);
    expect(await urgentNotices(place.sozopol, id)).toHaveLength(0);
    expect(await urgentNotices(place.pomorie, id)).toHaveLength(0);
    await smtp.waitFor((r) => r.slice(before).some((m) => m.to.includes('member.varna@example.eu')));
    const toVarna = smtp.received.slice(before).filter((m) => m.to.includes('member.varna@example.eu'));
    expect(toVarna).toHaveLength(1);
    expect(toVarna[0]!.subject).toBe('Urgent: Бургас needs help (fire)');
    // The requester hears of the matching offer at once too, not in tomorrow's digest.
    await smtp.waitFor((r) => r.slice(before).some((m) => m.to.includes('member.a@example.eu')));
    expect(smtp.received.slice(before).find((m) => m.to.includes('member.a@example.eu'))!.subject).toBe('New match for “Спешно търсим пожарен автомобил”');
  }, 60_000);

  it('lets the owner renew it for another 14 days, and no one else', async () => {
    const stored = await cms.strapi.db.query(LISTING).findOne({ where: { documentId: urgentId } });
    // Pretend ten days have passed.
    await cms.strapi.db.query(LISTING).updateMany({ where: { documentId: urgentId }, data: { urgentUntil: new Date(Date.now() + 4 * DAY) } });
    const other = await cms.request('POST', `/api/listings/${urgentId}/urgency/renew`, { token: world.actors.memberB.token });
    expect(other.status).toBe(403);
    const renewed = await cms.request('POST', `/api/listings/${urgentId}/urgency/renew`, { token: world.actors.memberA.token });
    expect(renewed.status, JSON.stringify(renewed.body)).toBe(200);
    expect(Math.abs(new Date(renewed.body.data.urgentUntil).getTime() - (Date.now() + 14 * DAY))).toBeLessThan(60_000);
    expect(stored.urgency).toBe('flood');
    const notUrgent = await cms.request('POST', `/api/listings/${world.listings.publishedA}/urgency/renew`, { token: world.actors.memberA.token });
    expect(notUrgent.status).toBe(409);
    expect(notUrgent.body.error.message).toContain('urgency');
  });

  it('puts open urgent requests first in search, and filters on them', async () => {
    await cms.strapi.plugin('search').service('search').drain();
    const all = await cms.request('GET', '/api/search?type=request&pageSize=100');
    expect(all.status, JSON.stringify(all.body)).toBe(200);
    const urgentIds = (await cms.strapi.db.query(LISTING).findMany({ where: { urgency: { $notNull: true } }, select: ['documentId'] })).map((r: any) => r.documentId);
    expect(urgentIds.length).toBe(2);
    const hits = all.body.hits ?? all.body.data;
    const ids = hits.map((h: any) => h.documentId);
    expect(new Set(ids.slice(0, 2))).toEqual(new Set(urgentIds));
    expect(hits[0].urgent).toBe(true);
    expect(ids.length).toBeGreaterThan(2);
    const only = await cms.request('GET', '/api/search?urgent=true');
    expect(new Set((only.body.hits ?? only.body.data).map((h: any) => h.documentId))).toEqual(new Set(urgentIds));
    const bad = await cms.request('GET', '/api/search?urgent=maybe');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('urgent');
  });

  it('ends by itself after its term (the hourly job)', async () => {
    const { endExpiredUrgencies } = requireCms('src/urgency/end-urgencies.js');
    expect(await endExpiredUrgencies(cms.strapi, new Date(Date.now() + 13 * DAY))).toBe(0);
    const ended = await endExpiredUrgencies(cms.strapi, new Date(Date.now() + 15 * DAY));
    expect(ended).toBe(2);
    const row = await cms.strapi.db.query(LISTING).findOne({ where: { documentId: urgentId } });
    expect(row.urgency).toBeNull();
    expect(row.urgentUntil).toBeNull();
    const view = await cms.request('GET', `/api/portal/listings/${row.slug}?locale=en`);
    expect(view.status).toBe(200);
    expect(view.body.data).toMatchObject({ urgent: false, urgency: null, urgentUntil: null });
    // And it leaves the front of the search.
    await cms.strapi.plugin('search').service('search').drain();
    const only = await cms.request('GET', '/api/search?urgent=true');
    expect((only.body.hits ?? only.body.data)).toEqual([]);
  });

  it('can be ended by an editor in the admin, and no longer by a portal member', async () => {
    const response = await cms.request('POST', '/api/listings?locale=bg', { token: world.actors.memberA.token, body: newRequest({ title: 'Палатки за пострадалите', urgency: 'earthquake', urgencyRadiusKm: 20 }) });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const id = response.body.data.documentId;
    await waitForAlerts();
    const member = await cms.request('POST', `/matching/urgent/${id}/end`, { token: world.actors.memberA.token });
    expect(member.status).toBe(401);
    const editor = await adminToken(cms, 'editor@example.eu', 'strapi-editor');
    const ended = await cms.request('POST', `/matching/urgent/${id}/end`, { token: editor });
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    const row = await cms.strapi.db.query(LISTING).findOne({ where: { documentId: id } });
    expect(row.urgency).toBeNull();
    await cms.strapi.plugin('search').service('search').drain();
    const only = await cms.request('GET', '/api/search?urgent=true');
    expect((only.body.hits ?? only.body.data).map((h: any) => h.documentId)).not.toContain(id);
  });
});
