import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTwoMonths } from '../support/dates';
import { startTestCms, type TestCms } from '../support/strapi-instance';
import { buildWorld, createListing, createMember, PASSWORD, type World } from '../support/fixtures';
import { startMailServer, tokenFromMail, type MailServer } from '../support/mail-server';
import { call, createMunicipalityAdmin } from '../support/accounts';

/**
 * Every route of the accounts API as anonymous, a pending member, a member of A, the admin of A and a member
 * of B: the expected status, and for a refused write, that nothing changed. Then invitations, export and
 * deletion, listing images, and that no public read model shows a person's contact details.
 */
const SITE = 'https://portal.test.example.eu';
let cms: TestCms;
let mail: MailServer;
let world: World;
const tokens: Record<string, string | undefined> = {};

type ActorName = 'anonymous' | 'pending' | 'memberA' | 'adminA' | 'memberB';
const ACTORS: ActorName[] = ['anonymous', 'pending', 'memberA', 'adminA', 'memberB'];
const EMAILS: Record<ActorName, string | undefined> = { anonymous: undefined, pending: 'pending@example.eu', memberA: 'member.a@example.eu', adminA: 'admin.a@example.eu', memberB: 'member.b@example.eu' };

beforeAll(async () => {
  mail = await startMailServer();
  cms = await startTestCms({ ...mail.env, PUBLIC_SITE_URL: SITE, TRUST_PROXY: 'true' });
  world = await buildWorld(cms);
  tokens.pending = world.actors.pending.token;
  tokens.memberA = world.actors.memberA.token;
  tokens.memberB = world.actors.memberB.token;
  tokens.adminA = await createMunicipalityAdmin(cms, 'admin.a@example.eu', 'member', world.municipalities.A);
});

afterAll(async () => {
  await cms?.stop();
  await mail?.stop();
});

const USER = 'plugin::users-permissions.user';
const MUNICIPALITY = 'api::municipality.municipality';
const INVITATION = 'api::account.invitation';

/** Fails with a readable diff when a refused write changed something. */
async function expectUnchanged(before: string) {
  expect(JSON.parse(await snapshot())).toEqual(JSON.parse(before));
}

async function snapshot() {
  const byId = { orderBy: { id: 'asc' } };
  const [users, municipalities, invitations, listings, files] = await Promise.all([
    cms.strapi.db.query(USER).findMany({ ...byId, populate: { role: { select: ['type'] }, municipality: { select: ['documentId'] } } }),
    cms.strapi.db.query(MUNICIPALITY).findMany({ ...byId, populate: { contact: true, descriptions: true } }),
    cms.strapi.db.query(INVITATION).findMany(byId),
    cms.strapi.db.query('api::listing.listing').findMany({ ...byId, populate: { author: { select: ['id'] }, images: { select: ['id'] } } }),
    cms.strapi.db.query('plugin::upload.file').findMany(byId),
  ]);
  return JSON.stringify({ users, municipalities, invitations, listings, files });
}

const as = (actor: ActorName) => tokens[actor];

describe('public account routes, for everyone', () => {
  it.each(ACTORS)('%s gets municipality and CPV options', async (actor) => {
    const municipalities = await call(cms, 'GET', '/api/accounts/municipality-options?q=burgas', { token: as(actor) });
    expect(municipalities.status).toBe(200);
    expect(municipalities.body.data.map((m: any) => m.documentId)).toEqual([world.municipalities.A]);
    expect(municipalities.body.data[0]).toEqual({ documentId: world.municipalities.A, name: 'Бургас', nameLatin: null, country: 'BG', officialCode: 'BG_BGS04', registered: true });
    const cpv = await call(cms, 'GET', '/api/accounts/cpv-options?q=feuerwehr&locale=de&limit=5', { token: as(actor) });
    expect(cpv.status).toBe(200);
    expect(cpv.body.data.length).toBeGreaterThan(0);
    expect(cpv.body.data.every((hit: any) => /feuerwehr/i.test(hit.label) && hit.fallback === false)).toBe(true);
  });

  it('folds scripts, filters by country and refuses bad parameters', async () => {
    const cyrillic = await call(cms, 'GET', '/api/accounts/municipality-options?q=%D0%BA%D0%B0%D1%81');
    expect(cyrillic.body.data.map((m: any) => m.name)).toEqual(['Kassel']);
    expect((await call(cms, 'GET', '/api/accounts/municipality-options?q=kas&country=BG')).body.data).toEqual([]);
    expect((await call(cms, 'GET', '/api/accounts/municipality-options?q=k')).body.data).toEqual([]);
    const badCountry = await call(cms, 'GET', '/api/accounts/municipality-options?q=kas&country=US');
    expect(badCountry.status).toBe(400);
    expect(badCountry.body.error.details.errors[0]).toMatchObject({ path: ['country'], code: 'unknown_value' });
    expect((await call(cms, 'GET', '/api/accounts/municipality-options?q=kas&limit=500')).status).toBe(400);
    // CPV labels in a fallback locale (Serbian Cyrillic shows the Croatian label transliterated) and by code.
    const serbian = await call(cms, 'GET', '/api/accounts/cpv-options?q=3414&locale=sr-Cyrl&limit=3');
    expect(serbian.status).toBe(200);
    expect(serbian.body.data[0].code).toMatch(/^3414/);
    expect(serbian.body.data[0].fallback).toBe(true);
    expect(serbian.body.data[0].label).toMatch(/[\u0400-\u04FF]/);
    expect((await call(cms, 'GET', '/api/accounts/cpv-options?q=fire&locale=xx')).status).toBe(400);
  });

  it.each(ACTORS)('%s cannot register a municipality that has an account, nor use a made-up token', async (actor) => {
    const before = await snapshot();
    const taken = await call(cms, 'POST', '/api/accounts/register', { token: as(actor), body: { municipality: world.municipalities.B, fullName: 'Someone Else', email: `someone.${actor}@example.eu`, password: 'a-long-password-1', locale: 'en' } });
    expect(taken.status).toBe(409);
    expect(taken.body.error.details.code).toBe('municipality.taken');
    const fake = 'A'.repeat(43);
    expect((await call(cms, 'POST', '/api/accounts/confirm', { token: as(actor), body: { token: fake } })).status).toBe(400);
    expect((await call(cms, 'POST', '/api/accounts/reset-password', { token: as(actor), body: { token: fake, password: 'a-long-password-1' } })).status).toBe(400);
    expect((await call(cms, 'GET', `/api/accounts/invitations/${fake}`, { token: as(actor) })).status).toBe(404);
    const accept = await call(cms, 'POST', '/api/accounts/invitations/accept', { token: as(actor), body: { token: fake, fullName: 'Someone', password: 'a-long-password-1', locale: 'en' } });
    expect(accept.status).toBe(404);
    expect(accept.body.error.details.code).toBe('token.invalid');
    await expectUnchanged(before);
  });
});

describe('login and password reset, for everyone', () => {
  it.each(ACTORS)('%s logging in with a wrong and then the right password; asking for a reset mail', async (actor) => {
    const email = EMAILS[actor] ?? 'nobody@example.eu';
    const before = await snapshot();
    const wrong = await call(cms, 'POST', '/api/accounts/login', { token: as(actor), body: { email, password: 'wrong-password-0' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.code).toBe('credentials.invalid');
    await expectUnchanged(before);
    const right = await call(cms, 'POST', '/api/accounts/login', { token: as(actor), body: { email, password: PASSWORD } });
    expect(right.status).toBe(actor === 'anonymous' ? 400 : 200);
    if (actor !== 'anonymous') expect(right.body.user.email).toBe(email);
    const forgot = await call(cms, 'POST', '/api/accounts/forgot-password', { token: as(actor), body: { email, locale: 'sl' } });
    expect(forgot.status).toBe(200);
    expect(forgot.body.data).toEqual({ sent: true });
    if (actor !== 'anonymous') expect((await mail.waitFor(email, (m) => m.text.includes('/sl/account/reset-password?token='))).subject).toMatch(/gesla/);
  });
});

describe('one\'s own account', () => {
  it.each(ACTORS)('%s reads /me', async (actor) => {
    const response = await call(cms, 'GET', '/api/accounts/me', { token: as(actor) });
    if (actor === 'anonymous') return expect(response.status).toBe(403);
    expect(response.status).toBe(200);
    expect(response.body.data.email).toBe(EMAILS[actor]);
    expect(response.body.data.role).toBe(actor === 'pending' ? 'pending-member' : 'member');
    expect(response.body.data.isMunicipalityAdmin).toBe(actor === 'adminA');
  });

  it.each(ACTORS)('%s edits only their own profile, and only its own fields', async (actor) => {
    const before = await snapshot();
    const refused = await call(cms, 'PUT', '/api/accounts/me', { token: as(actor), body: { fullName: 'Changed Name', email: 'hijack@example.eu', isMunicipalityAdmin: true } });
    expect(refused.status).toBe(actor === 'anonymous' ? 403 : 400);
    if (actor !== 'anonymous') expect(refused.body.error.details.errors.map((e: any) => [e.path.join('.'), e.code])).toEqual([['email', 'not_allowed'], ['isMunicipalityAdmin', 'not_allowed']]);
    await expectUnchanged(before);
    const response = await call(cms, 'PUT', '/api/accounts/me', { token: as(actor), body: { fullName: `Name of ${actor}`, jobTitle: 'Officer', preferredLocale: 'hr' } });
    if (actor === 'anonymous') return expect(response.status).toBe(403);
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ fullName: `Name of ${actor}`, jobTitle: 'Officer', preferredLocale: 'hr', email: EMAILS[actor] });
  });

  it.each(ACTORS)('%s sees their own municipality\'s dashboard', async (actor) => {
    const response = await call(cms, 'GET', '/api/accounts/me/dashboard', { token: as(actor) });
    if (actor === 'anonymous') return expect(response.status).toBe(403);
    expect(response.status).toBe(200);
    const ids = response.body.data.listings.map((l: any) => l.documentId);
    if (actor === 'memberA' || actor === 'adminA') {
      expect(ids.sort()).toEqual([world.listings.publishedA, world.listings.pendingA].sort());
      expect(response.body.data.listings.find((l: any) => l.documentId === world.listings.pendingA)).toMatchObject({ moderationStatus: 'pending', type: 'offer', kind: 'goods' });
    }
    if (actor === 'memberB') expect(ids).toEqual([world.listings.publishedB]);
    if (actor === 'pending') expect(ids).toEqual([]);
    if (actor === 'adminA') expect(response.body.data.colleagues.map((c: any) => c.email)).toEqual(['member.a@example.eu']);
    else expect(response.body.data.colleagues).toEqual([]);
  });

  it.each(ACTORS)('%s reads their own municipality\'s profile with its contact person', async (actor) => {
    const response = await call(cms, 'GET', '/api/accounts/me/municipality', { token: as(actor) });
    if (actor === 'anonymous') return expect(response.status).toBe(403);
    expect(response.status).toBe(200);
    expect(response.body.data.documentId).toBe(world.actors[actor === 'adminA' ? 'memberA' : actor].municipalityId);
    expect(response.body.data.contact.email).toMatch(/^contact@/);
  });

  const profileStatus: Record<ActorName, number> = { anonymous: 403, pending: 403, memberA: 403, adminA: 200, memberB: 403 };
  it.each(ACTORS)('%s updating A\'s public profile gets the expected status', async (actor) => {
    const before = await snapshot();
    const body = { website: 'https://www.burgas.bg', descriptions: [{ locale: 'bg', text: 'Община Бургас.' }, { locale: 'en', text: 'Burgas municipality.' }], contact: { name: 'Иван Иванов', role: 'Секретар', email: 'IVAN@burgas.bg', phone: '+359 56 800 800' } };
    const response = await call(cms, 'PUT', '/api/accounts/me/municipality', { token: as(actor), body });
    expect(response.status, JSON.stringify(response.body)).toBe(profileStatus[actor]);
    if (response.status !== 200) {
      if (actor !== 'anonymous') expect(response.body.error.details.code).toBe('admin.required');
      return await expectUnchanged(before);
    }
    const stored = await cms.strapi.db.query(MUNICIPALITY).findOne({ where: { documentId: world.municipalities.A }, populate: { contact: true, descriptions: true } });
    expect(stored.website).toBe('https://www.burgas.bg');
    expect(stored.descriptions.map((d: any) => d.locale)).toEqual(['bg', 'en']);
    expect(stored.contact).toMatchObject({ name: 'Иван Иванов', email: 'ivan@burgas.bg' });
    const bad = await call(cms, 'PUT', '/api/accounts/me/municipality', { token: as(actor), body: { website: 'javascript:alert(1)', descriptions: [{ locale: 'bg', text: 'a' }, { locale: 'bg', text: 'b' }], verificationStatus: 'verified' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors.map((e: any) => [e.path.join('.'), e.code])).toEqual(
      expect.arrayContaining([['website', 'invalid_url'], ['descriptions', 'duplicate_locale'], ['verificationStatus', 'not_allowed']]),
    );
  });

  it.each(ACTORS)('%s exports their own data', async (actor) => {
    const response = await call(cms, 'GET', '/api/accounts/me/export', { token: as(actor) });
    if (actor === 'anonymous') return expect(response.status).toBe(403);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="community-sharing-export-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.body.account.email).toBe(EMAILS[actor]);
    expect(JSON.stringify(response.body)).not.toMatch(/"password"|"resetPasswordToken"|"confirmationToken"|"tokenHash"/);
    if (actor === 'memberA') {
      expect(response.body.municipality.documentId).toBe(world.municipalities.A);
      expect(response.body.listings.map((l: any) => l.documentId)).toEqual(expect.arrayContaining([world.listings.publishedA, world.listings.pendingA]));
      expect(response.body.listings[0].title).toBeTruthy();
    }
  });
});

describe('invitations and colleagues', () => {
  let invitationId: string;

  const inviteStatus: Record<ActorName, number> = { anonymous: 403, pending: 403, memberA: 403, adminA: 201, memberB: 403 };
  it.each(ACTORS)('%s inviting a colleague to their municipality gets the expected status', async (actor) => {
    const before = await snapshot();
    const response = await call(cms, 'POST', '/api/accounts/me/invitations', { token: as(actor), body: { email: `New.Colleague.${actor}@example.eu`, locale: 'hr' } });
    expect(response.status, JSON.stringify(response.body)).toBe(inviteStatus[actor]);
    if (response.status !== 201) return await expectUnchanged(before);
    invitationId = response.body.data.id;
    expect(response.body.data).toMatchObject({ email: 'new.colleague.adminA@example.eu'.toLowerCase() });
    const invitation = await mail.waitFor('new.colleague.admina@example.eu');
    expect(invitation.text).toContain(`${SITE}/hr/account/invitation?token=`);
    expect(invitation.text).toContain('Бургас');
  });

  it('refuses to invite someone who has an account', async () => {
    const before = await snapshot();
    const response = await call(cms, 'POST', '/api/accounts/me/invitations', { token: as('adminA'), body: { email: 'member.b@example.eu', locale: 'en' } });
    expect(response.status).toBe(409);
    expect(response.body.error.details.code).toBe('email.taken');
    await expectUnchanged(before);
  });

  it('the invitee opens the invitation and joins A as a member', async () => {
    const token = tokenFromMail(await mail.waitFor('new.colleague.admina@example.eu'), 'invitation');
    const shown = await call(cms, 'GET', `/api/accounts/invitations/${token}`);
    expect(shown.status).toBe(200);
    expect(shown.body.data).toEqual({ email: 'new.colleague.admina@example.eu', municipality: { name: 'Бургас', country: 'BG' } });
    const bad = await call(cms, 'POST', '/api/accounts/invitations/accept', { body: { token, fullName: 'Н', password: 'short', locale: 'hr' } });
    expect(bad.status).toBe(400);
    const accepted = await call(cms, 'POST', '/api/accounts/invitations/accept', { body: { token, fullName: 'Нова Колежка', password: 'a-long-password-3', locale: 'hr' } });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    expect(accepted.body.user).toMatchObject({ email: 'new.colleague.admina@example.eu', role: 'member', isMunicipalityAdmin: false, municipality: { documentId: world.municipalities.A } });
    expect((await call(cms, 'GET', '/api/accounts/me', { token: accepted.body.jwt })).status).toBe(200);
    expect((await call(cms, 'GET', `/api/accounts/invitations/${token}`)).status).toBe(404);
    expect((await call(cms, 'POST', '/api/accounts/login', { body: { email: 'new.colleague.admina@example.eu', password: 'a-long-password-3' } })).status).toBe(200);
    const dashboard = await call(cms, 'GET', '/api/accounts/me/dashboard', { token: as('adminA') });
    expect(dashboard.body.data.colleagues.map((c: any) => c.email)).toEqual(['member.a@example.eu', 'new.colleague.admina@example.eu']);
    expect(await cms.strapi.db.query(INVITATION).count({ where: { documentId: invitationId } })).toBe(0);
  });

  const revokeStatus: Record<ActorName, number> = { anonymous: 403, pending: 403, memberA: 403, memberB: 403, adminA: 204 };
  it.each(['anonymous', 'pending', 'memberA', 'memberB', 'adminA'] as ActorName[])('%s revoking A\'s pending invitation gets the expected status', async (actor) => {
    let pendingInvitation = await cms.strapi.db.query(INVITATION).findOne({ where: { email: 'later@example.eu' } });
    if (!pendingInvitation) {
      const created = await call(cms, 'POST', '/api/accounts/me/invitations', { token: as('adminA'), body: { email: 'later@example.eu', locale: 'en' } });
      expect(created.status).toBe(201);
      pendingInvitation = await cms.strapi.db.query(INVITATION).findOne({ where: { email: 'later@example.eu' } });
    }
    const before = await snapshot();
    const response = await call(cms, 'DELETE', `/api/accounts/me/invitations/${pendingInvitation.documentId}`, { token: as(actor) });
    expect(response.status).toBe(revokeStatus[actor]);
    if (response.status === 204) expect(await cms.strapi.db.query(INVITATION).count({ where: { email: 'later@example.eu' } })).toBe(0);
    else await expectUnchanged(before);
  });

  const removeStatus: Record<ActorName, number> = { anonymous: 403, pending: 403, memberA: 403, memberB: 403, adminA: 204 };
  it.each(['anonymous', 'pending', 'memberA', 'memberB', 'adminA'] as ActorName[])('%s removing a colleague from A gets the expected status', async (actor) => {
    const colleague = await cms.strapi.db.query(USER).findOne({ where: { email: 'new.colleague.admina@example.eu' } });
    const before = await snapshot();
    const response = await call(cms, 'DELETE', `/api/accounts/me/colleagues/${colleague.documentId}`, { token: as(actor) });
    expect(response.status).toBe(removeStatus[actor]);
    if (response.status !== 204) return await expectUnchanged(before);
    const detached = await cms.strapi.db.query(USER).findOne({ where: { id: colleague.id }, populate: { role: true, municipality: true } });
    expect(detached.municipality).toBeNull();
    expect(detached.role.type).toBe('authenticated');
  });

  it('the admin cannot remove themself as a colleague', async () => {
    const admin = await cms.strapi.db.query(USER).findOne({ where: { email: 'admin.a@example.eu' } });
    const before = await snapshot();
    const response = await call(cms, 'DELETE', `/api/accounts/me/colleagues/${admin.documentId}`, { token: as('adminA') });
    expect(response.status).toBe(409);
    expect(response.body.error.details.code).toBe('colleague.self');
    await expectUnchanged(before);
  });
});

describe('contact details of persons', () => {
  it.each(ACTORS)('%s never sees contact e-mail or phone in the public read models', async (actor) => {
    const slugA = (await cms.strapi.db.query(MUNICIPALITY).findOne({ where: { documentId: world.municipalities.A } })).slug;
    const slugListing = (await cms.strapi.db.query('api::listing.listing').findOne({ where: { documentId: world.listings.publishedA } })).slug;
    const responses = await Promise.all([
      call(cms, 'GET', `/api/portal/municipalities/${slugA}?locale=bg`, { token: as(actor) }),
      call(cms, 'GET', '/api/portal/municipalities', { token: as(actor) }),
      call(cms, 'GET', `/api/portal/listings/${slugListing}?locale=bg`, { token: as(actor) }),
      call(cms, 'GET', `/api/municipalities/${world.municipalities.A}?populate=*`, { token: as(actor) }),
      call(cms, 'GET', `/api/listings/${world.listings.publishedA}?locale=bg&populate[municipality][populate]=*`, { token: as(actor) }),
      call(cms, 'GET', '/api/accounts/municipality-options?q=burgas', { token: as(actor) }),
    ]);
    for (const response of responses) {
      expect(response.status).toBe(200);
      const text = JSON.stringify(response.body);
      expect(text).not.toMatch(/contact@|ivan@burgas\.bg|\+359 5/);
      expect(text).not.toMatch(/member\.a@example\.eu|admin\.a@example\.eu/);
    }
  });

  const contactStatus: Record<ActorName, number> = { anonymous: 403, pending: 403, memberA: 200, adminA: 200, memberB: 200 };
  it.each(ACTORS)('%s asking for B\'s contact person gets the expected status', async (actor) => {
    const response = await call(cms, 'GET', `/api/municipalities/${world.municipalities.B}/contact`, { token: as(actor) });
    expect(response.status).toBe(contactStatus[actor]);
    if (response.status === 200) expect(response.body.data.email).toBe('contact@de_06611000.example.eu');
  });
});

/** A real PNG image (8x8, RGB), built with zlib so that the upload's image processing accepts it. */
function pngImage(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(8, 0);
  header.writeUInt32BE(8, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: 8 }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(24, 0x7f)])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}
const PNG = pngImage();

async function upload(actor: ActorName, files: { name: string; bytes: Buffer; type: string }[], extra: Record<string, string> = {}) {
  const form = new FormData();
  for (const file of files) form.append('files', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  for (const [key, value] of Object.entries(extra)) form.append(key, value);
  const response = await fetch(`${cms.baseUrl}/api/upload`, { method: 'POST', body: form, headers: as(actor) ? { authorization: `Bearer ${as(actor)}` } : {} });
  return { status: response.status, body: await response.json().catch(() => null) };
}

describe('listing images', () => {
  const uploadStatus: Record<ActorName, number> = { anonymous: 403, pending: 403, memberA: 201, adminA: 201, memberB: 201 };
  const uploaded: Partial<Record<ActorName, number>> = {};

  it.each(ACTORS)('%s uploading an image gets the expected status', async (actor) => {
    const before = await snapshot();
    const response = await upload(actor, [{ name: 'photo.png', bytes: PNG, type: 'image/png' }]);
    expect(response.status, JSON.stringify(response.body)).toBe(uploadStatus[actor]);
    if (response.status !== 201) return await expectUnchanged(before);
    uploaded[actor] = response.body[0].id;
    const file = await cms.strapi.db.query('plugin::upload.file').findOne({ where: { id: uploaded[actor] }, populate: { uploader: { select: ['email'] } } });
    expect(file.uploader.email).toBe(EMAILS[actor]);
  });

  it('refuses a file that is not an image, one over 5 MB, and attaching a file to an entry directly', async () => {
    const before = await snapshot();
    const text = await upload('memberA', [{ name: 'fake.png', bytes: Buffer.from('not an image at all'), type: 'image/png' }]);
    expect(text.status).toBe(400);
    expect(text.body.error.details.errors[0]).toMatchObject({ path: ['files', '0'], code: 'file_type' });
    const big = await upload('memberA', [{ name: 'big.png', bytes: Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]), type: 'image/png' }]);
    expect(big.status).toBe(400);
    expect(big.body.error.details.errors[0]).toMatchObject({ code: 'file_too_large' });
    const attach = await upload('memberB', [{ name: 'photo.png', bytes: PNG, type: 'image/png' }], { ref: 'api::listing.listing', refId: '1', field: 'images' });
    expect(attach.status).toBe(403);
    await expectUnchanged(before);
  });

  it('a member attaches their own uploads to a listing; another member\'s upload and a ninth image are refused', async () => {
    const listing = (images: unknown[]) => ({ data: { type: 'offer', kind: 'equipment', title: 'Офис столове', description: 'Десет стола.', expiresAt: inTwoMonths(), images } });
    const before = await snapshot();
    const foreign = await call(cms, 'POST', '/api/listings?locale=bg', { token: as('memberA'), body: listing([uploaded.memberB]) });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details.errors[0]).toMatchObject({ path: ['images', '0'], code: 'not_own_upload' });
    const nine = await call(cms, 'POST', '/api/listings?locale=bg', { token: as('memberA'), body: listing(Array(9).fill(uploaded.memberA)) });
    expect(nine.status).toBe(400);
    expect(nine.body.error.details.errors[0]).toMatchObject({ path: ['images'], code: 'too_many' });
    await expectUnchanged(before);

    const created = await call(cms, 'POST', '/api/listings?locale=bg', { token: as('memberA'), body: listing([uploaded.memberA]) });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const stored = await cms.strapi.db.query('api::listing.listing').findOne({ where: { documentId: created.body.data.documentId }, populate: { images: { select: ['id'] } } });
    expect(stored.images.map((i: any) => i.id)).toEqual([uploaded.memberA]);
    // A colleague editing the listing keeps its image and adds their own.
    const edited = await call(cms, 'PUT', `/api/listings/${created.body.data.documentId}`, { token: as('adminA'), body: { data: { images: [uploaded.memberA, uploaded.adminA] } } });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
  });
});

describe('deleting one\'s account', () => {
  it.each(ACTORS)('%s deleting their account with a wrong password changes nothing', async (actor) => {
    const before = await snapshot();
    const response = await call(cms, 'DELETE', '/api/accounts/me', { token: as(actor), body: { password: 'not-my-password' } });
    expect(response.status).toBe(actor === 'anonymous' ? 403 : 400);
    if (actor !== 'anonymous') expect(response.body.error.details.errors[0]).toMatchObject({ path: ['password'], code: 'wrong_password' });
    await expectUnchanged(before);
  });

  it('removes the person and keeps their listings with the municipality; the last admin hands over to a colleague', async () => {
    const admin = await cms.strapi.db.query(USER).findOne({ where: { email: 'admin.a@example.eu' } });
    const own = await createListing(cms, world.municipalities.A, { author: admin.id, title: 'Стари компютри' });
    const response = await call(cms, 'DELETE', '/api/accounts/me', { token: as('adminA'), body: { password: PASSWORD } });
    expect(response.status, JSON.stringify(response.body)).toBe(204);
    expect(await cms.strapi.db.query(USER).count({ where: { email: 'admin.a@example.eu' } })).toBe(0);
    const listing = await cms.strapi.db.query('api::listing.listing').findOne({ where: { documentId: own }, populate: { author: true, municipality: { select: ['documentId'] } } });
    expect(listing.author).toBeNull();
    expect(listing.municipality.documentId).toBe(world.municipalities.A);
    expect((await cms.strapi.db.query(USER).findOne({ where: { email: 'member.a@example.eu' } })).isMunicipalityAdmin).toBe(true);
    expect((await call(cms, 'GET', '/api/accounts/me', { token: as('adminA') })).status).toBe(401);
    expect((await call(cms, 'POST', '/api/accounts/login', { body: { email: 'admin.a@example.eu', password: PASSWORD } })).status).toBe(400);
  });

  it('the last member leaving returns the municipality to unregistered and removes its contact person', async () => {
    const jwt = await createMember(cms, 'only.one@example.eu', 'member', world.municipalities.B);
    await call(cms, 'DELETE', '/api/accounts/me', { token: as('memberB'), body: { password: PASSWORD } });
    const last = await call(cms, 'DELETE', '/api/accounts/me', { token: jwt, body: { password: PASSWORD } });
    expect(last.status).toBe(204);
    const b = await cms.strapi.db.query(MUNICIPALITY).findOne({ where: { documentId: world.municipalities.B }, populate: { contact: true } });
    expect(b.verificationStatus).toBe('unregistered');
    expect(b.contact).toBeNull();
    expect(await cms.strapi.db.query('api::listing.listing').count({ where: { documentId: world.listings.publishedB } })).toBe(1);
  });
});
