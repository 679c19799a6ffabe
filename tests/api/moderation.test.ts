import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken } from '../support/admin';
import { inTwoMonths } from '../support/dates';
import { buildWorld, createListing, createMember, createMunicipality, type World } from '../support/fixtures';
import { startTestCms, type TestCms } from '../support/strapi-instance';

/**
 * The editors' moderation (plugins/moderation) through the admin API, on the real CMS and database, with a real
 * SMTP server catching the decision mails: a super admin, a Bulgarian country editor and a national editor (a
 * member's JWT on these routes: tests/api/authorization-matrix.test.ts). Every action's effect, every refusal (which
 * changes nothing), search, the audit log, the Content Manager under the country condition, and the public report
 * route.
 */
let cms: TestCms;
let world: World;
let smtp: SMTPServer;
const mails: ParsedMail[] = [];
let superToken: string;
let bgEditorToken: string;
let bgPending: string; // a BG municipality waiting for verification
let pendingB: string; // a DE listing waiting for approval
let bgPendingMember: string;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => mails.push(mail))
        .then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  cms = await startTestCms({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_SECURE: 'false', MAIL_FROM: 'editors@community-sharing.test' });
  world = await buildWorld(cms);
  await setPreferredLocale('member.a@example.eu', 'bg');
  await setPreferredLocale('member.b@example.eu', 'de');
  bgPending = await createMunicipality(cms, { name: 'Созопол', country: 'BG', verificationStatus: 'pending', officialCode: 'BG_BGS27' });
  bgPendingMember = await createMember(cms, 'pending.bg@example.eu', 'pending-member', bgPending);
  await setPreferredLocale('pending.bg@example.eu', 'bg');
  pendingB = await createListing(cms, world.municipalities.B, { moderationStatus: 'pending', type: 'offer', title: 'Gebrauchte Schulbänke', description: 'Zwanzig Schulbänke, gut erhalten.', kind: 'goods', cpvCodes: ['39160000'] }, 'de');

  superToken = await adminToken(cms, 'super@example.eu');
  const countryEditorRole = await cms.strapi.db.query('admin::role').findOne({ where: { name: 'Country editor' } });
  bgEditorToken = await adminToken(cms, 'editor.bg@example.eu', countryEditorRole.code);
  const bgEditor = await cms.strapi.db.query('admin::user').findOne({ where: { email: 'editor.bg@example.eu' } });
  await cms.strapi.plugin('moderation').service('editors').setCountries(bgEditor.id, ['BG']);
  await drainSearch();
}, 180_000);

afterAll(async () => {
  await cms?.stop();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

async function setPreferredLocale(email: string, preferredLocale: string) {
  await cms.strapi.db.query('plugin::users-permissions.user').update({ where: { email }, data: { preferredLocale } });
}

async function drainSearch() {
  await cms.strapi.plugin('search').service('search').drain();
}

/** Everything a moderation action can touch, to prove a refused one changed nothing. */
async function snapshot() {
  const byId = { orderBy: { id: 'asc' } };
  const [listings, municipalities, reports, audit, users] = await Promise.all([
    cms.strapi.db.query('api::listing.listing').findMany({ ...byId, select: ['documentId', 'locale', 'moderationStatus', 'rejectionReason', 'featured', 'updatedAt'] }),
    cms.strapi.db.query('api::municipality.municipality').findMany({ ...byId, select: ['documentId', 'verificationStatus', 'verificationNote', 'trusted', 'updatedAt'] }),
    cms.strapi.db.query('api::report.report').findMany({ ...byId, select: ['documentId', 'status', 'resolution'] }),
    cms.strapi.db.query('api::audit-entry.audit-entry').count(),
    cms.strapi.db.query('plugin::users-permissions.user').findMany({ ...byId, select: ['email'], populate: { role: { select: ['type'] } } }),
  ]);
  return JSON.stringify({ listings, municipalities, reports, audit, users });
}

async function expectRefused(call: () => Promise<{ status: number; body: any }>, status: number, message?: RegExp) {
  const before = await snapshot();
  const response = await call();
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  if (message) expect(response.body.error.message).toMatch(message);
  expect(await snapshot()).toBe(before);
  return response;
}

const act = (token: string | undefined, path: string, reason?: string) =>
  cms.request('POST', `/moderation/${path}`, { token, body: reason === undefined ? {} : { reason } });

async function listingRow(documentId: string) {
  return cms.strapi.db.query('api::listing.listing').findOne({ where: { documentId }, select: ['moderationStatus', 'rejectionReason', 'featured'] });
}

async function municipalityRow(documentId: string) {
  return cms.strapi.db.query('api::municipality.municipality').findOne({ where: { documentId }, select: ['verificationStatus', 'verificationNote', 'trusted', 'verifiedAt'], populate: { verifiedBy: { select: ['email'] } } });
}

async function searchIds(): Promise<string[]> {
  await drainSearch();
  const ids: string[] = [];
  for (const locale of ['bg', 'de']) {
    const response = await cms.request('GET', `/api/search?locale=${locale}&pageSize=50`);
    expect(response.status).toBe(200);
    ids.push(...response.body.hits.map((hit: any) => hit.documentId));
  }
  return ids;
}

/** Waits for the SMTP server to have received a mail to `to` whose subject matches. */
async function mailTo(to: string, subject: RegExp): Promise<ParsedMail> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const found = mails.find((mail) => mail.to && JSON.stringify(mail.to).includes(to) && subject.test(mail.subject ?? ''));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} matching ${subject}; got: ${mails.map((m) => `${JSON.stringify(m.to)} ${m.subject}`).join(' | ')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function auditOf(documentId: string) {
  return cms.strapi.db.query('api::audit-entry.audit-entry').findMany({ where: { subjectDocumentId: documentId }, orderBy: { id: 'asc' } });
}

describe('who may call the admin routes', () => {
  // No token and a member's JWT get 401 on every route, changing nothing: rows of tests/api/authorization-matrix.test.ts.
  it('keeps the audit log to super admins', async () => {
    expect((await cms.request('GET', '/moderation/audit', { token: bgEditorToken })).status).toBe(403);
    expect((await cms.request('GET', '/content-manager/collection-types/api::audit-entry.audit-entry', { token: bgEditorToken })).status).toBe(403);
    expect((await cms.request('GET', '/content-manager/collection-types/plugin::moderation.editor-country', { token: bgEditorToken })).status).toBe(403);
    expect((await cms.request('GET', '/moderation/audit', { token: superToken })).status).toBe(200);
    const mapping = await cms.request('GET', '/content-manager/collection-types/plugin::moderation.editor-country', { token: superToken });
    expect(mapping.status).toBe(200);
    expect(mapping.body.results.map((entry: any) => entry.countries)).toEqual([['BG']]);
  });
});

describe('the queue', () => {
  it('shows a super admin every country, with counts, and filters by country', async () => {
    const response = await cms.request('GET', '/moderation/queue?tab=municipalities', { token: superToken });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.scope).toBe('all');
    expect(response.body.counts).toEqual({ municipalities: 2, listings: 2, reports: 0 });
    expect(response.body.items.map((m: any) => m.documentId).sort()).toEqual([world.municipalities.P, bgPending].sort());
    const listings = await cms.request('GET', '/moderation/queue?tab=listings&country=DE', { token: superToken });
    expect(listings.body.counts.listings).toBe(1);
    expect(listings.body.items.map((l: any) => l.documentId)).toEqual([pendingB]);
    expect(listings.body.items[0]).toMatchObject({ title: 'Gebrauchte Schulbänke', country: 'DE', moderationStatus: 'pending' });
  });

  it('shows a Bulgarian editor only Bulgaria', async () => {
    const response = await cms.request('GET', '/moderation/queue?tab=listings', { token: bgEditorToken });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.scope).toEqual(['BG']);
    expect(response.body.counts).toEqual({ municipalities: 1, listings: 1, reports: 0 });
    expect(response.body.items.map((l: any) => l.documentId)).toEqual([world.listings.pendingA]);
    const german = await cms.request('GET', '/moderation/queue?tab=listings&country=DE', { token: bgEditorToken });
    expect(german.body.items).toEqual([]);
  });

  it('names the bad parameter', async () => {
    const response = await cms.request('GET', '/moderation/queue?tab=everything&country=XX', { token: superToken });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/tab: /);
    expect(response.body.error.message).toMatch(/country: /);
    const status = await cms.request('GET', '/moderation/queue?tab=reports&status=pending', { token: superToken });
    expect(status.status).toBe(400);
    expect(status.body.error.message).toMatch(/status: must be one of open, closed for the reports tab/);
  });
});

describe('listings', () => {
  it('a Bulgarian editor approves a Bulgarian listing: published, searchable, audited, the members told in Bulgarian', async () => {
    expect(await searchIds()).not.toContain(world.listings.pendingA);
    const response = await act(bgEditorToken, `listings/${world.listings.pendingA}/approve`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.data).toMatchObject({ moderationStatus: 'published', rejectionReason: null });
    expect((await listingRow(world.listings.pendingA)).moderationStatus).toBe('published');
    expect(await searchIds()).toContain(world.listings.pendingA);
    const [entry] = await auditOf(world.listings.pendingA);
    expect(entry).toMatchObject({ subjectType: 'listing', action: 'approve', fromState: 'pending', toState: 'published', actorKind: 'editor', country: 'BG' });
    expect(entry.actorLabel).toContain('editor.bg@example.eu');
    const mail = await mailTo('member.a@example.eu', /Обявата ви е публикувана/);
    expect(mail.text).toContain('Училищни чинове и столове');
    expect(mail.from?.text).toContain('editors@community-sharing.test');
  });

  it('approving it again is a conflict and changes nothing', async () => {
    await expectRefused(() => act(superToken, `listings/${world.listings.pendingA}/approve`), 409, /published/);
  });

  it('a Bulgarian editor cannot act on a German listing, by the moderation routes or the Content Manager', async () => {
    await expectRefused(() => act(bgEditorToken, `listings/${pendingB}/approve`), 403);
    await expectRefused(() => act(bgEditorToken, `listings/${pendingB}/reject`, 'Nicht kostenlos'), 403);
    await expectRefused(
      () => cms.request('PUT', `/content-manager/collection-types/api::listing.listing/${pendingB}?locale=de`, { token: bgEditorToken, body: { moderationStatus: 'published', title: 'Übernommen' } }),
      403,
    );
    const read = await cms.request('GET', `/content-manager/collection-types/api::listing.listing/${pendingB}?locale=de`, { token: bgEditorToken });
    expect(read.status).toBe(403);
    const list = await cms.request('GET', '/content-manager/collection-types/api::listing.listing?locale=de&pageSize=100', { token: bgEditorToken });
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    expect(list.body.results.map((l: any) => l.documentId)).not.toContain(pendingB);
  });

  it('a Bulgarian editor features a Bulgarian listing through the Content Manager (the condition holds at home)', async () => {
    const response = await cms.request('PUT', `/content-manager/collection-types/api::listing.listing/${world.listings.publishedA}?locale=bg`, { token: bgEditorToken, body: { featured: true } });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect((await listingRow(world.listings.publishedA)).featured).toBe(true);
    const featured = await cms.request('GET', '/api/portal/featured?locale=en');
    expect(featured.status).toBe(200);
    expect(featured.body.data.map((l: any) => l.documentId)).toEqual([world.listings.publishedA]);
    await expectRefused(() => act(bgEditorToken, `listings/${world.listings.publishedA}/feature`), 409, /already featured/);
    const off = await act(bgEditorToken, `listings/${world.listings.publishedA}/unfeature`);
    expect(off.body.data.featured).toBe(false);
  });

  it('a country editor changes a listing\'s state only on the Moderation page (audited), not in the Content Manager', async () => {
    const before = await listingRow(world.listings.publishedA);
    const response = await cms.request('PUT', `/content-manager/collection-types/api::listing.listing/${world.listings.publishedA}?locale=bg`, {
      token: bgEditorToken,
      body: { moderationStatus: 'rejected', rejectionReason: 'quietly', title: 'Пожарен автомобил в отлично състояние' },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const after = await cms.strapi.db.query('api::listing.listing').findOne({ where: { documentId: world.listings.publishedA, locale: 'bg' }, select: ['moderationStatus', 'rejectionReason', 'title'] });
    expect(after).toMatchObject({ moderationStatus: before.moderationStatus, rejectionReason: before.rejectionReason, title: 'Пожарен автомобил в отлично състояние' });
  });

  it('rejecting needs a reason (400 naming the field) and refuses an unknown action', async () => {
    await expectRefused(() => act(superToken, `listings/${pendingB}/reject`), 400, /reason/);
    await expectRefused(() => act(superToken, `listings/${pendingB}/reject`, '   '), 400, /reason/);
    await expectRefused(() => act(superToken, `listings/${pendingB}/delete`), 400, /action: must be one of/);
    await expectRefused(() => act(superToken, `listings/does-not-exist-000/approve`), 404);
  });

  it('a super admin rejects a German listing with a reason: never in search, the reason kept, the member told in German', async () => {
    const response = await act(superToken, `listings/${pendingB}/reject`, 'Der Eintrag ist nicht kostenlos.');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(await listingRow(pendingB)).toMatchObject({ moderationStatus: 'rejected', rejectionReason: 'Der Eintrag ist nicht kostenlos.' });
    expect(await searchIds()).not.toContain(pendingB);
    const search = await cms.request('GET', '/api/search?locale=de&q=Schulb%C3%A4nke');
    expect(search.body.hits.map((hit: any) => hit.documentId)).not.toContain(pendingB);
    const mail = await mailTo('member.b@example.eu', /nicht freigegeben/);
    expect(mail.text).toContain('Grund: Der Eintrag ist nicht kostenlos.');
    const [entry] = await auditOf(pendingB);
    expect(entry).toMatchObject({ action: 'reject', fromState: 'pending', toState: 'rejected', reason: 'Der Eintrag ist nicht kostenlos.', country: 'DE' });
    await expectRefused(() => act(superToken, `listings/${pendingB}/approve`), 409);
    await expectRefused(() => act(superToken, `listings/${pendingB}/hide`, 'again'), 409);
  });

  it('hiding a published listing takes it out of search and back to the queue, with the reason', async () => {
    expect(await searchIds()).toContain(world.listings.publishedB);
    await expectRefused(() => act(superToken, `listings/${world.listings.publishedB}/hide`), 400, /reason/);
    const response = await act(superToken, `listings/${world.listings.publishedB}/hide`, 'Gemeldet: bitte Angaben prüfen.');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(await listingRow(world.listings.publishedB)).toMatchObject({ moderationStatus: 'pending', rejectionReason: 'Gemeldet: bitte Angaben prüfen.' });
    expect(await searchIds()).not.toContain(world.listings.publishedB);
    await mailTo('member.b@example.eu', /offline genommen/);
  });
});

describe('municipalities', () => {
  it('a Bulgarian editor cannot verify a Romanian municipality', async () => {
    await expectRefused(() => act(bgEditorToken, `municipalities/${world.municipalities.P}/verify`), 403);
  });

  it('a super admin verifies it: verified by whom and when, its pending members become members', async () => {
    const response = await act(superToken, `municipalities/${world.municipalities.P}/verify`, 'Checked with the national association.');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const row = await municipalityRow(world.municipalities.P);
    expect(row).toMatchObject({ verificationStatus: 'verified', verificationNote: 'Checked with the national association.' });
    expect(row.verifiedBy.email).toBe('super@example.eu');
    expect(row.verifiedAt).toBeTruthy();
    const member = await cms.strapi.db.query('plugin::users-permissions.user').findOne({ where: { email: 'pending@example.eu' }, populate: { role: true } });
    expect(member.role.type).toBe('member');
    await mailTo('pending@example.eu', /Sibiu is verified/);
    const [entry] = await auditOf(world.municipalities.P);
    expect(entry).toMatchObject({ subjectType: 'municipality', action: 'verify', fromState: 'pending', toState: 'verified', country: 'RO' });
    expect(entry.details).toEqual({ promotedMembers: 1 });
    await expectRefused(() => act(superToken, `municipalities/${world.municipalities.P}/verify`), 409);
    await expectRefused(() => act(superToken, `municipalities/${world.municipalities.P}/refuse`, 'late'), 409);
  });

  it('a Bulgarian editor refuses a Bulgarian registration, with a reason', async () => {
    await expectRefused(() => act(bgEditorToken, `municipalities/${bgPending}/refuse`), 400, /reason/);
    const response = await act(bgEditorToken, `municipalities/${bgPending}/refuse`, 'Няма официално писмо от общината.');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(await municipalityRow(bgPending)).toMatchObject({ verificationStatus: 'refused', verificationNote: 'Няма официално писмо от общината.' });
    const member = await cms.strapi.db.query('plugin::users-permissions.user').findOne({ where: { email: 'pending.bg@example.eu' }, populate: { role: true } });
    expect(member.role.type).toBe('pending-member');
    const mail = await mailTo('pending.bg@example.eu', /не е приета/);
    expect(mail.text).toContain('Причина: Няма официално писмо от общината.');
    expect(bgPendingMember).toBeTruthy();
  });

  it('a trusted municipality\'s new listings are published at once; trusting twice is a conflict', async () => {
    const response = await act(bgEditorToken, `municipalities/${world.municipalities.A}/trust`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect((await municipalityRow(world.municipalities.A)).trusted).toBe(true);
    await expectRefused(() => act(bgEditorToken, `municipalities/${world.municipalities.A}/trust`), 409);
    const created = await cms.request('POST', '/api/listings?locale=bg', {
      token: world.actors.memberA.token,
      body: { data: { type: 'offer', kind: 'goods', cpvCodes: ['39160000'], title: 'Маси за читалище', description: 'Десет маси.', expiresAt: inTwoMonths() } },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.data.moderationStatus).toBe('published');
    await mailTo('member.a@example.eu', /доверен член/);
  });

  it('suspending a German municipality hides its listings from search and stops its members posting', async () => {
    await expectRefused(() => act(bgEditorToken, `municipalities/${world.municipalities.B}/suspend`, 'x'), 403);
    const extra = await createListing(cms, world.municipalities.B, { title: 'Streusalz abzugeben', kind: 'materials', cpvCodes: ['34927100'], description: 'Zwei Tonnen Streusalz.' }, 'de');
    expect(await searchIds()).toContain(extra);
    const response = await act(superToken, `municipalities/${world.municipalities.B}/suspend`, 'Wiederholt kostenpflichtige Angebote.');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect((await municipalityRow(world.municipalities.B)).verificationStatus).toBe('suspended');
    expect(await listingRow(extra)).toMatchObject({ moderationStatus: 'rejected', rejectionReason: 'Wiederholt kostenpflichtige Angebote.' });
    expect(await searchIds()).not.toContain(extra);
    const [entry] = await auditOf(world.municipalities.B);
    expect((entry.details as any).hiddenListings).toEqual(expect.arrayContaining([extra, world.listings.publishedB]));
    const post = await cms.request('POST', '/api/listings?locale=de', {
      token: world.actors.memberB.token,
      body: { data: { type: 'offer', kind: 'goods', cpvCodes: ['39160000'], title: 'Noch ein Angebot', expiresAt: inTwoMonths() } },
    });
    expect(post.status).toBe(403);
    await mailTo('member.b@example.eu', /gesperrt/);
    // A suspended municipality's listing cannot be approved until it is verified again.
    const late = await createListing(cms, world.municipalities.B, { moderationStatus: 'pending', title: 'Alte Feuerwehrleiter', description: 'Eine Leiter.' }, 'de');
    await expectRefused(() => act(superToken, `listings/${late}/approve`), 409, /suspended/);
  });
});

describe('reports', () => {
  const report = (body: unknown, ip?: string) =>
    fetch(`${cms.baseUrl}/api/reports`, { method: 'POST', headers: { 'content-type': 'application/json', ...(ip ? { 'x-forwarded-for': ip } : {}) }, body: JSON.stringify(body) });

  let filed = 0;

  it('anyone reports a listing or a profile; the report lands in its country\'s queue', async () => {
    const response = await report({ target: 'listing', documentId: world.listings.publishedA, reason: 'duplicate', comment: 'Same as another one.' });
    expect(response.status).toBe(201);
    const { data } = await response.json();
    filed += 1;
    const stored = await cms.strapi.db.query('api::report.report').findOne({ where: { documentId: data.documentId }, populate: { listing: { select: ['documentId'] } } });
    expect(stored).toMatchObject({ targetType: 'listing', reason: 'duplicate', comment: 'Same as another one.', status: 'open', country: 'BG' });
    expect(stored.listing.documentId).toBe(world.listings.publishedA);
    expect(stored.reporterIpHash).toMatch(/^[0-9a-f]{64}$/);
    const profile = await report({ target: 'municipality', documentId: world.municipalities.B, reason: 'wrong' });
    expect(profile.status).toBe(201);
    filed += 1;
    const queue = await cms.request('GET', '/moderation/queue?tab=reports', { token: bgEditorToken });
    expect(queue.body.counts.reports).toBe(1);
    expect(queue.body.items[0].listing.documentId).toBe(world.listings.publishedA);
  });

  it('names the field of a bad report (400) and stores nothing', async () => {
    const before = await snapshot();
    const cases: [unknown, RegExp][] = [
      [{ target: 'exchange', documentId: world.listings.publishedA, reason: 'spam' }, /target: must be one of listing, municipality/],
      [{ target: 'listing', documentId: world.listings.publishedA }, /reason: is required/],
      [{ target: 'listing', documentId: world.listings.publishedA, reason: 'boring' }, /reason: must be one of/],
      [{ target: 'listing', reason: 'spam' }, /documentId: is required/],
      [{ target: 'listing', documentId: world.listings.publishedA, reason: 'spam', comment: 'x'.repeat(2001) }, /comment: must be at most 2000/],
      [[1, 2], /body: /],
    ];
    for (const [body, message] of cases) {
      const response = await report(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((await response.json()).error.message).toMatch(message);
    }
    const unknown = await report({ target: 'listing', documentId: 'abcdefghij0123456789', reason: 'spam' });
    expect(unknown.status).toBe(404);
    const rejected = await report({ target: 'listing', documentId: pendingB, reason: 'spam' });
    expect(rejected.status).toBe(404);
    expect(await snapshot()).toBe(before);
  });

  it('a Bulgarian editor closes a Bulgarian report but not a German one; closing twice is a conflict', async () => {
    const open = await cms.strapi.db.query('api::report.report').findMany({ where: { status: 'open' }, select: ['documentId', 'country'], orderBy: { id: 'asc' } });
    const bg = open.find((r: any) => r.country === 'BG')!;
    const de = open.find((r: any) => r.country === 'DE')!;
    await expectRefused(() => act(bgEditorToken, `reports/${de.documentId}/close`, 'not mine'), 403);
    const response = await act(bgEditorToken, `reports/${bg.documentId}/close`, 'Not a duplicate.');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.data).toMatchObject({ status: 'closed', resolution: 'Not a duplicate.' });
    await expectRefused(() => act(bgEditorToken, `reports/${bg.documentId}/close`), 409);
    const [entry] = await auditOf(bg.documentId);
    expect(entry).toMatchObject({ subjectType: 'report', action: 'close', fromState: 'open', toState: 'closed', country: 'BG' });
  });

  it('answers 429 with Retry-After once an address has filed ten reports', async () => {
    let response: Response | undefined;
    for (let i = filed; i < 10; i += 1) {
      response = await report({ target: 'municipality', documentId: world.municipalities.A, reason: 'other', comment: `report ${i}` });
      expect(response.status).toBe(201);
    }
    const before = await snapshot();
    response = await report({ target: 'municipality', documentId: world.municipalities.A, reason: 'other' });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await response.json()).error.message).toMatch(/Too many reports/);
    expect(await snapshot()).toBe(before);
  });
});

describe('the audit log', () => {
  it('records every action with who, what, when and why, newest first', async () => {
    const response = await cms.request('GET', '/moderation/audit?pageSize=100', { token: superToken });
    expect(response.status).toBe(200);
    const actions = response.body.items.map((e: any) => `${e.subjectType}:${e.action}`);
    expect(actions.slice().reverse()).toEqual([
      'listing:approve',
      'listing:content-manager-edit',
      'listing:unfeature',
      'listing:reject',
      'listing:hide',
      'municipality:verify',
      'municipality:refuse',
      'municipality:trust',
      'municipality:suspend',
      'report:close',
    ]);
    for (const entry of response.body.items) {
      expect(entry.actorLabel).toMatch(/@example\.eu/);
      expect(entry.createdAt).toBeTruthy();
    }
    const reject = response.body.items.find((e: any) => e.action === 'reject');
    expect(reject).toMatchObject({ reason: 'Der Eintrag ist nicht kostenlos.', subjectDocumentId: pendingB });
    const cm = await cms.request('GET', '/content-manager/collection-types/api::audit-entry.audit-entry?pageSize=100', { token: superToken });
    expect(cm.status).toBe(200);
    expect(cm.body.pagination.total).toBe(response.body.pagination.total);
  });
});

describe('curation', () => {
  it('serves the kinds\' texts as the editors keep them, in the reader\'s locale', async () => {
    const response = await cms.request('GET', '/api/portal/kinds?locale=de');
    expect(response.status).toBe(200);
    expect(response.body.data).toHaveLength(10);
    expect(response.body.data.find((k: any) => k.kind === 'goods')).toMatchObject({ label: 'Waren', locale: 'de' });
    const row = await cms.strapi.db.query('api::kind-text.kind-text').findOne({ where: { kind: 'goods', locale: 'de' } });
    await cms.strapi.documents('api::kind-text.kind-text').update({ documentId: row.documentId, locale: 'de', data: { label: 'Sachspenden' } });
    const edited = await cms.request('GET', '/api/portal/kinds?locale=de');
    expect(edited.body.data.find((k: any) => k.kind === 'goods').label).toBe('Sachspenden');
    expect((await cms.request('GET', '/api/portal/kinds?locale=xx')).status).toBe(400);
    expect(await cms.strapi.db.query('api::kind-text.kind-text').count()).toBe(300);
  });
});

describe('the national editor (role Editor)', () => {
  let editorToken: string;
  beforeAll(async () => {
    editorToken = await adminToken(cms, 'editor.national@example.eu', 'strapi-editor');
  });

  it('curates in every locale: a kind\'s text, a page, a featured listing anywhere', async () => {
    const row = await cms.strapi.db.query('api::kind-text.kind-text').findOne({ where: { kind: 'services', locale: 'bg' } });
    const kind = await cms.request('PUT', `/content-manager/collection-types/api::kind-text.kind-text/${row.documentId}?locale=bg`, { token: editorToken, body: { label: 'Общински услуги' } });
    expect(kind.status, JSON.stringify(kind.body)).toBe(200);
    const served = await cms.request('GET', '/api/portal/kinds?locale=bg');
    expect(served.body.data.find((k: any) => k.kind === 'services').label).toBe('Общински услуги');
    const page = await cms.request('POST', '/content-manager/collection-types/api::page.page?locale=el', { token: editorToken, body: { title: 'Σχετικά με εμάς', slug: 'about' } });
    expect(page.status, JSON.stringify(page.body)).toBe(201);
    const featured = await act(editorToken, `listings/${world.listings.publishedA}/feature`);
    expect(featured.status, JSON.stringify(featured.body)).toBe(200);
    expect((await listingRow(world.listings.publishedA)).featured).toBe(true);
  });

  it('a state changed in the Content Manager is audited like the Moderation page\'s actions', async () => {
    const response = await cms.request('PUT', `/content-manager/collection-types/api::listing.listing/${world.listings.pendingA}?locale=bg`, {
      token: superToken,
      body: { moderationStatus: 'rejected', rejectionReason: 'Дублира друга обява.' },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(await listingRow(world.listings.pendingA)).toMatchObject({ moderationStatus: 'rejected', rejectionReason: 'Дублира друга обява.' });
    const entries = await auditOf(world.listings.pendingA);
    expect(entries.at(-1)).toMatchObject({ action: 'content-manager-edit', fromState: 'published', toState: 'rejected', country: 'BG', actorLabel: expect.stringContaining('super@example.eu') });
    expect((entries.at(-1).details as any).fields.rejectionReason).toEqual({ from: null, to: 'Дублира друга обява.' });
  });

  it('does not read the audit log', async () => {
    expect((await cms.request('GET', '/moderation/audit', { token: editorToken })).status).toBe(403);
    expect((await cms.request('GET', '/content-manager/collection-types/api::audit-entry.audit-entry', { token: editorToken })).status).toBe(403);
  });
});

describe('two editors at once', () => {
  it('approving and rejecting the same listing concurrently: exactly one wins, one audit entry', async () => {
    const listing = await createListing(cms, world.municipalities.A, { moderationStatus: 'pending', title: 'Пейки за парка', kind: 'goods', cpvCodes: ['39160000'] });
    const responses = await Promise.all([
      act(superToken, `listings/${listing}/approve`),
      act(bgEditorToken, `listings/${listing}/reject`, 'Дублира друга обява.'),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = responses[0].status === 200 ? 'published' : 'rejected';
    expect((await listingRow(listing)).moderationStatus).toBe(winner);
    expect(await auditOf(listing)).toHaveLength(1);
    // One decision, one mail (in Bulgarian, as member A reads).
    await mailTo('member.a@example.eu', /Пейки за парка/);
    expect(mails.filter((mail) => mail.subject?.includes('Пейки за парка'))).toHaveLength(1);
  });
});
