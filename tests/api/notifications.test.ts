import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, createListing, createMember, type World } from '../support/fixtures';
import { startTestSmtp, type TestSmtp } from '../support/smtp';
import { startTestCms, type TestCms } from '../support/strapi-instance';

/**
 * Notifications on the real CMS with a real SMTP server: a new match tells both municipalities (portal list with
 * unread count, reasons), members read them, choose how they get mail, and get at most one daily digest in their
 * own language; nobody reads another municipality's notifications.
 */
let cms: TestCms;
let smtp: TestSmtp;
let world: World;
let tokenA2: string;
let request: string;
let offer: string;

const notifications = () => cms.strapi.service('api::notification.notification');
const drainMail = () => cms.strapi.service('api::mail-job.mail-job').drain();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  smtp = await startTestSmtp();
  cms = await startTestCms(smtp.env());
  world = await buildWorld(cms);
  // B's member reads German; a second member of A wants every mail at once.
  await cms.strapi.db.query('plugin::users-permissions.user').updateMany({ where: { email: 'member.b@example.eu' }, data: { preferredLocale: 'de' } });
  tokenA2 = await createMember(cms, 'member.a2@example.eu', 'member', world.municipalities.A);
  const put = await cms.request('PUT', '/api/notifications/preferences', { token: tokenA2, body: { data: { email: 'immediate' } } });
  expect(put.status, JSON.stringify(put.body)).toBe(200);
  // A (Burgas) needs a fire engine; B (Kassel) gives one away: a new match.
  request = await createListing(cms, world.municipalities.A, { type: 'request', kind: 'equipment', cpvCodes: ['34144210'], title: 'Търсим пожарен автомобил', description: 'Доброволната пожарна команда има нужда от пожарен автомобил.' }, 'bg');
  offer = await createListing(cms, world.municipalities.B, { type: 'offer', kind: 'equipment', cpvCodes: ['34144213'], title: 'Feuerwehrfahrzeug abzugeben', description: 'Löschfahrzeug, Baujahr 2004, fahrbereit.' }, 'de');
  await cms.strapi.plugin('matching').service('matching').idle();
  await drainMail();
}, 180_000);

afterAll(async () => {
  await cms?.stop();
  await smtp?.stop();
});

const list = (token?: string, query = '') => cms.request('GET', `/api/notifications${query}`, { token });

describe('match notifications', () => {
  it('tell both municipalities of a new match, each from its own side, with the reasons', async () => {
    const a = await list(world.actors.memberA.token, '?locale=en');
    expect(a.status, JSON.stringify(a.body)).toBe(200);
    const forA = a.body.data.find((n: any) => n.event === 'match.created' && n.data.listing.documentId === request);
    expect(forA).toBeDefined();
    expect(forA.data.counterpart.documentId).toBe(offer);
    expect(forA.link).toBe(`/listings/${forA.data.counterpart.slug}`);
    expect(forA.title).toBe('New match for “Търсим пожарен автомобил”');
    expect(forA.text).toContain('Kassel offers “Feuerwehrfahrzeug abzugeben”');
    expect(forA.text).toMatch(/Same category|Related category|Same item/);
    expect(forA.read).toBe(false);
    expect(a.body.meta.unreadCount).toBeGreaterThanOrEqual(1);

    const b = await list(world.actors.memberB.token);
    const forB = b.body.data.find((n: any) => n.event === 'match.created' && n.data.listing.documentId === offer);
    expect(forB).toBeDefined();
    // B's member reads German: the title comes in German without asking.
    expect(forB.title).toBe('Neuer Treffer für „Feuerwehrfahrzeug abzugeben“');
    expect(forB.text).toMatch(/Gleiche Kategorie|Verwandte Kategorie|Gleicher Artikel/);
  });

  it('mails at once only the member who chose immediate mail; the others wait for the digest', async () => {
    await smtp.waitFor((r) => r.some((m) => m.to.includes('member.a2@example.eu')));
    const mail = smtp.received.find((m) => m.to.includes('member.a2@example.eu'))!;
    expect(mail.subject).toBe('New match for “Търсим пожарен автомобил”');
    expect(mail.text).toContain('/api/notifications/unsubscribe?token=');
    expect(smtp.received.some((m) => m.to.includes('member.a@example.eu') || m.to.includes('member.b@example.eu'))).toBe(false);
  });

  it('sends one daily digest per member in the member\'s language, and no second one that day', async () => {
    const before = smtp.received.length;
    const run = await notifications().sendDailyDigest();
    expect(run.mails).toBe(2); // member.a (daily by default) and member.b; member.a2 gets mail at once instead
    await drainMail();
    await smtp.waitFor((r) => r.length >= before + 2);
    const digestB = smtp.received.slice(before).find((m) => m.to.includes('member.b@example.eu'))!;
    // B has two matches: the world's own pair (A's offer, B's request) and this one.
    expect(digestB.subject).toBe('Ihre tägliche Übersicht von Community Sharing (2)');
    expect(digestB.text).toContain('Neuer Treffer für „Feuerwehrfahrzeug abzugeben“');
    expect(digestB.text).toContain('Diese E-Mails abbestellen:');
    const digestA = smtp.received.slice(before).find((m) => m.to.includes('member.a@example.eu'))!;
    expect(digestA.subject).toBe('Your daily summary from Community Sharing (2)');

    // A new event the same day is not mailed again today (it waits for tomorrow's digest).
    await notifications().notify({ municipalityDocumentId: world.municipalities.B, event: 'match.created', data: { listing: { title: 'Später', type: 'offer' }, counterpart: { title: 'X', municipality: { name: 'Y' } }, link: '/listings/x' }, delivery: 'digest' });
    const again = await notifications().sendDailyDigest();
    expect(again.mails).toBe(0);
    await drainMail();
    await sleep(300);
    expect(smtp.received.slice(before).filter((m) => m.to.includes('member.b@example.eu'))).toHaveLength(1);
    // Tomorrow it goes out.
    const tomorrow = await notifications().sendDailyDigest(new Date(Date.now() + 86_400_000));
    expect(tomorrow.mails).toBe(1);
  });
});

describe('the member\'s notification routes', () => {
  it('pages newest first and counts the unread', async () => {
    const before = (await list(world.actors.memberA.token)).body.meta;
    for (const n of [1, 2, 3]) {
      await notifications().notify({ municipalityDocumentId: world.municipalities.A, event: 'match.created', data: { listing: { title: `Listing ${n}`, type: 'request' }, counterpart: { title: 'Other', municipality: { name: 'Kassel' } }, link: `/listings/l${n}` }, delivery: 'none' });
    }
    const page1 = await list(world.actors.memberA.token, '?page=1&pageSize=2&locale=en');
    expect(page1.status).toBe(200);
    expect(page1.body.data).toHaveLength(2);
    expect(page1.body.data[0].data.listing.title).toBe('Listing 3');
    expect(page1.body.data[1].data.listing.title).toBe('Listing 2');
    const total = before.pagination.total + 3;
    expect(page1.body.meta.pagination).toMatchObject({ page: 1, pageSize: 2, total, pageCount: Math.ceil(total / 2) });
    expect(page1.body.meta.unreadCount).toBe(before.unreadCount + 3);
    const page2 = await list(world.actors.memberA.token, '?page=2&pageSize=2');
    expect(page2.body.data[0].data.listing.title).toBe('Listing 1');
  });

  it('marks one read, then all, and refuses another municipality\'s notification', async () => {
    const unread = (await list(world.actors.memberA.token)).body.meta.unreadCount;
    const first = (await list(world.actors.memberA.token)).body.data[0];
    const refused = await cms.request('POST', `/api/notifications/${first.documentId}/read`, { token: world.actors.memberB.token });
    expect(refused.status).toBe(403);
    expect((await list(world.actors.memberA.token)).body.data[0].read).toBe(false);

    const read = await cms.request('POST', `/api/notifications/${first.documentId}/read`, { token: world.actors.memberA.token });
    expect(read.status).toBe(200);
    expect(read.body.data.read).toBe(true);
    expect((await list(world.actors.memberA.token)).body.meta.unreadCount).toBe(unread - 1);
    const missing = await cms.request('POST', '/api/notifications/nope/read', { token: world.actors.memberA.token });
    expect(missing.status).toBe(404);

    const all = await cms.request('POST', '/api/notifications/read-all', { token: world.actors.memberA.token });
    expect(all.status).toBe(200);
    expect(all.body.data.updated).toBe(unread - 1);
    expect((await list(world.actors.memberA.token)).body.meta.unreadCount).toBe(0);
    // B's own stay unread.
    expect((await list(world.actors.memberB.token)).body.meta.unreadCount).toBeGreaterThan(0);
  });

  it('never lists another municipality\'s notifications; refuses anonymous callers', async () => {
    const b = await list(world.actors.memberB.token, '?pageSize=100');
    expect(b.body.data.some((n: any) => n.data.listing?.title?.startsWith('Listing '))).toBe(false);
    expect((await list()).status).toBe(403);
    const pending = await list(world.actors.pending.token);
    expect(pending.status).toBe(200);
    expect(pending.body.data).toEqual([]);
  });

  it('reads and writes the e-mail preference, with a 400 naming the field for bad input', async () => {
    const token = world.actors.memberA.token;
    expect((await cms.request('GET', '/api/notifications/preferences', { token })).body.data.email).toBe('daily');
    const off = await cms.request('PUT', '/api/notifications/preferences', { token, body: { data: { email: 'off' } } });
    expect(off.status).toBe(200);
    expect(off.body.data.email).toBe('off');
    expect((await cms.request('GET', '/api/notifications/preferences', { token })).body.data.email).toBe('off');
    for (const [body, field] of [[{ data: { email: 'weekly' } }, 'email'], [{ data: { sms: true } }, 'sms'], [{}, 'data']] as const) {
      const bad = await cms.request('PUT', '/api/notifications/preferences', { token, body });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain(field);
    }
    expect((await cms.request('GET', '/api/notifications/preferences', { token })).body.data.email).toBe('off');
    expect((await cms.request('GET', '/api/notifications/preferences')).status).toBe(403);
  });

  it.each([
    ['?page=0', 'page'],
    ['?pageSize=500', 'pageSize'],
    ['?locale=xx', 'locale'],
  ])('GET /api/notifications%s is a 400 naming %s', async (query, field) => {
    const response = await list(world.actors.memberA.token, query);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(field);
  });
});
