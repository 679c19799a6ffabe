import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTwoMonths } from '../support/dates';
import { startTestCms, type TestCms } from '../support/strapi-instance';
import { buildWorld, createMunicipality, PASSWORD, type World } from '../support/fixtures';
import { adminToken } from '../support/admin';
import { startMailServer, tokenFromMail, type MailServer } from '../support/mail-server';
import { call, createMunicipalityAdmin, freshIp } from '../support/accounts';

/**
 * The accounts API (issue #5) against the real CMS, a real database and a real SMTP server: registration with
 * the confirmation mail, editor verification, login, password reset, invitations, profile, export and
 * deletion, rate limits, and every route as anonymous, pending member, member of A, admin of A and member of B.
 */
const SITE = 'https://portal.test.example.eu';
let cms: TestCms;
let mail: MailServer;
let world: World;
let adminA: string;
let editorToken: string;

beforeAll(async () => {
  mail = await startMailServer();
  cms = await startTestCms({ ...mail.env, PUBLIC_SITE_URL: SITE, TRUST_PROXY: 'true' });
  world = await buildWorld(cms);
  adminA = await createMunicipalityAdmin(cms, 'admin.a@example.eu', 'member', world.municipalities.A);
  // The editor who is told about new registrations (a Strapi admin user).
  editorToken = await adminToken(cms, 'editor.accounts@example.eu');
});

afterAll(async () => {
  await cms?.stop();
  await mail?.stop();
});

const USER = 'plugin::users-permissions.user';
const MUNICIPALITY = 'api::municipality.municipality';

async function userByEmail(email: string) {
  return cms.strapi.db.query(USER).findOne({ where: { email }, populate: { role: true, municipality: true } });
}

/** Fails with a readable diff when a refused write changed something. */
async function expectUnchanged(before: string) {
  expect(JSON.parse(await snapshot())).toEqual(JSON.parse(before));
}

/** Everything an account route can write, to prove that a refused write changed nothing. */
async function snapshot() {
  const byId = { orderBy: { id: 'asc' } };
  const [users, municipalities, invitations, listings] = await Promise.all([
    cms.strapi.db.query(USER).findMany({ ...byId, populate: { role: { select: ['type'] }, municipality: { select: ['documentId'] } } }),
    cms.strapi.db.query(MUNICIPALITY).findMany({ ...byId, populate: { contact: true, descriptions: true } }),
    cms.strapi.db.query('api::account.invitation').findMany(byId),
    cms.strapi.db.query('api::listing.listing').findMany({ ...byId, populate: { author: { select: ['id'] } } }),
  ]);
  return JSON.stringify({ users, municipalities, invitations, listings });
}

describe('registration, confirmation, verification and login', () => {
  let registered: string;

  it('registers a municipality picked from the official list, mails the confirmation and tells the editors', async () => {
    registered = await createMunicipality(cms, { name: 'Шумен', country: 'BG', verificationStatus: 'unregistered', officialCode: 'BG_SHU30' });
    const options = await call(cms, 'GET', '/api/accounts/municipality-options?q=shum&country=BG');
    expect(options.status).toBe(200);
    expect(options.body.data).toEqual([{ documentId: registered, name: 'Шумен', nameLatin: null, country: 'BG', officialCode: 'BG_SHU30', registered: false }]);

    const response = await call(cms, 'POST', '/api/accounts/register', {
      body: { municipality: registered, fullName: 'Мария Петрова', jobTitle: 'Експерт', phone: '+359 54 800 400', email: 'Maria.Petrova@Shumen.example.bg', password: 'a-long-password-1', locale: 'bg' },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body.data).toEqual({ email: 'maria.petrova@shumen.example.bg', status: 'confirmation-sent' });

    const user = await userByEmail('maria.petrova@shumen.example.bg');
    expect(user).toMatchObject({ confirmed: false, isMunicipalityAdmin: true, preferredLocale: 'bg', fullName: 'Мария Петрова', jobTitle: 'Експерт', phone: '+359 54 800 400' });
    expect(user.role.type).toBe('pending-member');
    expect(user.municipality.documentId).toBe(registered);
    expect(user.municipality.verificationStatus).toBe('pending');

    const confirmation = await mail.waitFor('maria.petrova@shumen.example.bg');
    expect(confirmation.subject).toMatch(/Потвърдете/);
    expect(confirmation.text).toContain('Мария Петрова');
    expect(confirmation.text).toContain(`${SITE}/bg/account/confirm?token=`);
    const token = tokenFromMail(confirmation, 'confirm');
    // Only a hash of the token is stored.
    expect(user.confirmationToken).not.toBe(token);
    expect(user.confirmationToken).toMatch(/^[0-9a-f]{64}$/);

    const editorMail = await mail.waitFor('editor.accounts@example.eu');
    expect(editorMail.text).toContain('Шумен');
    expect(editorMail.text).toContain('maria.petrova@shumen.example.bg');

    const now = await call(cms, 'GET', '/api/accounts/municipality-options?q=ШУМ');
    expect(now.body.data.find((m: any) => m.documentId === registered).registered).toBe(true);
  });

  it('refuses a second registration for the same municipality and one with bad fields, writing nothing', async () => {
    const before = await snapshot();
    const second = await call(cms, 'POST', '/api/accounts/register', {
      body: { municipality: registered, fullName: 'Иван Иванов', email: 'ivan@shumen.example.bg', password: 'a-long-password-2', locale: 'bg' },
    });
    expect(second.status).toBe(409);
    expect(second.body.error.details.code).toBe('municipality.taken');
    const bad = await call(cms, 'POST', '/api/accounts/register', { body: { municipality: 'nope', fullName: 'X', email: 'not-an-address', password: 'short', locale: 'xx' } });
    expect(bad.status).toBe(400);
    const codes = Object.fromEntries(bad.body.error.details.errors.map((e: any) => [e.path.join('.'), e.code]));
    expect(codes).toEqual({ municipality: 'invalid_id', fullName: 'too_short', email: 'invalid_email', password: 'too_short', locale: 'unknown_value' });
    expect(bad.body.error.details.errors.find((e: any) => e.path[0] === 'password').message).toMatch(/password: must be at least 10 characters/);
    await expectUnchanged(before);
  });

  it('lets another person register a municipality whose first registration was never confirmed in time', async () => {
    const abandoned = await createMunicipality(cms, { name: 'Варна', country: 'BG', verificationStatus: 'unregistered', officialCode: 'BG_VAR06' });
    const first = { municipality: abandoned, fullName: 'Стефан Колев', email: 'typo@varna.example.bg', password: 'a-long-password-1', locale: 'bg' };
    expect((await call(cms, 'POST', '/api/accounts/register', { body: first })).status).toBe(201);
    const second = { ...first, fullName: 'Стефан Колев', email: 'stefan@varna.example.bg' };
    const taken = await call(cms, 'POST', '/api/accounts/register', { body: second });
    expect(taken.body.error.details.code).toBe('municipality.taken');
    await cms.strapi.db.query(USER).update({ where: { email: 'typo@varna.example.bg' }, data: { confirmationTokenExpiresAt: new Date(Date.now() - 1000) } });
    expect((await call(cms, 'POST', '/api/accounts/register', { body: second })).status).toBe(201);
    expect(await userByEmail('typo@varna.example.bg')).toBeNull();
    expect((await userByEmail('stefan@varna.example.bg')).municipality.documentId).toBe(abandoned);
  });

  it('refuses to log in before the address is confirmed and sends a fresh link', async () => {
    const response = await call(cms, 'POST', '/api/accounts/login', { body: { email: 'maria.petrova@shumen.example.bg', password: 'a-long-password-1' } });
    expect(response.status).toBe(403);
    expect(response.body.error.details).toMatchObject({ code: 'email.unconfirmed', resent: true });
    // Mails leave through the outbox: send what is queued, then count what the SMTP server received.
    await cms.strapi.service('api::mail-job.mail-job').drain();
    await expect.poll(() => mail.mails.filter((m: { to: string[] }) => m.to.includes('maria.petrova@shumen.example.bg')).length).toBe(2);
  });

  it('confirms with the token from the mail, once', async () => {
    const token = tokenFromMail(await mail.waitFor('maria.petrova@shumen.example.bg'), 'confirm');
    const bad = await call(cms, 'POST', '/api/accounts/confirm', { body: { token: 'x'.repeat(43) } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.code).toBe('token.invalid');
    const response = await call(cms, 'POST', '/api/accounts/confirm', { body: { token } });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.data).toEqual({ email: 'maria.petrova@shumen.example.bg', confirmed: true });
    expect((await call(cms, 'POST', '/api/accounts/confirm', { body: { token } })).status).toBe(400);
    expect((await userByEmail('maria.petrova@shumen.example.bg')).confirmed).toBe(true);
  });

  it('logs in as a pending member who cannot post yet; after the editor verifies, as a member who can', async () => {
    const wrong = await call(cms, 'POST', '/api/accounts/login', { body: { email: 'maria.petrova@shumen.example.bg', password: 'wrong-password-0' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.code).toBe('credentials.invalid');
    const unknown = await call(cms, 'POST', '/api/accounts/login', { body: { email: 'nobody@example.eu', password: 'wrong-password-0' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.code).toBe('credentials.invalid');

    const pending = await call(cms, 'POST', '/api/accounts/login', { body: { email: 'MARIA.PETROVA@shumen.example.bg', password: 'a-long-password-1' } });
    expect(pending.status, JSON.stringify(pending.body)).toBe(200);
    expect(pending.body.user).toMatchObject({ email: 'maria.petrova@shumen.example.bg', role: 'pending-member', isMunicipalityAdmin: true, municipality: { documentId: registered, verificationStatus: 'pending', country: 'BG' } });
    const listing = { data: { type: 'offer', kind: 'goods', cpvCodes: ['39160000'], title: 'Училищни чинове', description: 'Тридесет чина.', expiresAt: inTwoMonths() } };
    expect((await call(cms, 'POST', '/api/listings?locale=bg', { token: pending.body.jwt, body: listing })).status).toBe(403);

    // The editor verifies the municipality in the admin (Content Manager).
    const verify = await call(cms, 'PUT', `/content-manager/collection-types/${MUNICIPALITY}/${registered}`, { token: editorToken, body: { verificationStatus: 'verified' } });
    expect(verify.status, JSON.stringify(verify.body)).toBe(200);

    const member = await call(cms, 'POST', '/api/accounts/login', { body: { email: 'maria.petrova@shumen.example.bg', password: 'a-long-password-1' } });
    expect(member.status).toBe(200);
    expect(member.body.user).toMatchObject({ role: 'member', municipality: { verificationStatus: 'verified' } });
    const me = await call(cms, 'GET', '/api/accounts/me', { token: member.body.jwt });
    expect(me.body.data).toEqual(member.body.user);
    const posted = await call(cms, 'POST', '/api/listings?locale=bg', { token: member.body.jwt, body: listing });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
  });
});

describe('password reset', () => {
  it('mails a link in the asked locale; the token resets the password once, within its hour', async () => {
    const ip = freshIp();
    const unknown = await call(cms, 'POST', '/api/accounts/forgot-password', { ip, body: { email: 'nobody@example.eu', locale: 'de' } });
    expect(unknown.status).toBe(200);
    expect(unknown.body.data).toEqual({ sent: true });

    const asked = await call(cms, 'POST', '/api/accounts/forgot-password', { ip, body: { email: 'member.b@example.eu', locale: 'de' } });
    expect(asked.status).toBe(200);
    expect(asked.body.data).toEqual({ sent: true });
    const resetMail = await mail.waitFor('member.b@example.eu');
    expect(resetMail.subject).toMatch(/Passwort/);
    expect(resetMail.text).toContain(`${SITE}/de/account/reset-password?token=`);
    const token = tokenFromMail(resetMail, 'reset-password');
    const stored = await userByEmail('member.b@example.eu');
    expect(stored.resetPasswordToken).toMatch(/^[0-9a-f]{64}$/);
    expect(new Date(stored.resetPasswordTokenExpiresAt).getTime() - Date.now()).toBeLessThanOrEqual(3600_000);

    const weak = await call(cms, 'POST', '/api/accounts/reset-password', { body: { token, password: 'short' } });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details.errors[0]).toMatchObject({ path: ['password'], code: 'too_short' });

    const reset = await call(cms, 'POST', '/api/accounts/reset-password', { body: { token, password: 'a-brand-new-password' } });
    expect(reset.status, JSON.stringify(reset.body)).toBe(200);
    expect(reset.body.data).toEqual({ reset: true });
    expect((await call(cms, 'POST', '/api/accounts/reset-password', { body: { token, password: 'another-new-password' } })).body.error.details.code).toBe('token.invalid');
    expect((await call(cms, 'POST', '/api/accounts/login', { body: { email: 'member.b@example.eu', password: PASSWORD } })).status).toBe(400);
    expect((await call(cms, 'POST', '/api/accounts/login', { body: { email: 'member.b@example.eu', password: 'a-brand-new-password' } })).status).toBe(200);
  });

  it('refuses an expired token', async () => {
    await call(cms, 'POST', '/api/accounts/forgot-password', { body: { email: 'member.a@example.eu', locale: 'en' } });
    const token = tokenFromMail(await mail.waitFor('member.a@example.eu', (m: { text: string }) => m.text.includes('reset-password')), 'reset-password');
    await cms.strapi.db.query(USER).update({ where: { email: 'member.a@example.eu' }, data: { resetPasswordTokenExpiresAt: new Date(Date.now() - 1000) } });
    const before = await snapshot();
    const response = await call(cms, 'POST', '/api/accounts/reset-password', { body: { token, password: 'a-brand-new-password' } });
    expect(response.status).toBe(400);
    expect(response.body.error.details.code).toBe('token.invalid');
    await expectUnchanged(before);
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After after 5 failed logins to one account, from any address', async () => {
    const body = { email: 'member.a@example.eu', password: 'not-the-password' };
    for (let i = 0; i < 5; i++) expect((await call(cms, 'POST', '/api/accounts/login', { body })).status).toBe(400);
    const limited = await call(cms, 'POST', '/api/accounts/login', { body: { ...body, password: PASSWORD } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.error.details).toMatchObject({ code: 'rate.limited' });
    expect(limited.body.error.details.retryAfter).toBe(Number(limited.headers.get('retry-after')));
  });

  it('counts users-permissions\' own login (/api/auth/local) against the same limits', async () => {
    const body = { identifier: 'pending@example.eu', password: 'not-the-password' };
    for (let i = 0; i < 5; i++) expect((await call(cms, 'POST', '/api/auth/local', { body })).status).toBe(400);
    const limited = await call(cms, 'POST', '/api/auth/local', { body: { ...body, password: PASSWORD } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await call(cms, 'POST', '/api/accounts/login', { body: { email: 'pending@example.eu', password: PASSWORD } })).status).toBe(429);
  });

  it('answers 429 after 30 failed logins from one address, whatever the accounts', async () => {
    const ip = freshIp();
    for (let i = 0; i < 30; i++) {
      expect((await call(cms, 'POST', '/api/accounts/login', { ip, body: { email: `guess${i}@example.eu`, password: 'not-the-password' } })).status).toBe(400);
    }
    const limited = await call(cms, 'POST', '/api/accounts/login', { ip, body: { email: 'member.b@example.eu', password: 'a-brand-new-password' } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await call(cms, 'POST', '/api/accounts/login', { body: { email: 'member.b@example.eu', password: 'a-brand-new-password' } })).status).toBe(200);
  });

  it('limits registrations per address and reset mails per account', async () => {
    const ip = freshIp();
    for (let i = 0; i < 10; i++) {
      expect((await call(cms, 'POST', '/api/accounts/register', { ip, body: { municipality: world.municipalities.A, fullName: 'Someone', email: `r${i}@example.eu`, password: 'a-long-password-1', locale: 'en' } })).status).toBe(409);
    }
    const limited = await call(cms, 'POST', '/api/accounts/register', { ip, body: {} });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);

    for (let i = 0; i < 3; i++) expect((await call(cms, 'POST', '/api/accounts/forgot-password', { body: { email: 'pending@example.eu', locale: 'ro' } })).status).toBe(200);
    const forgot = await call(cms, 'POST', '/api/accounts/forgot-password', { body: { email: 'pending@example.eu', locale: 'ro' } });
    expect(forgot.status).toBe(429);
    expect(Number(forgot.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
