// Generated bad input (fast-check, fixed seeds) against every write route of the accounts API: registration,
// confirmation, login (also users-permissions' /api/auth/local), password reset, invitations, one's own profile
// and municipality, colleagues and account deletion. Never a 5xx; a refusal changes no user, municipality,
// invitation, mail job or notification; what is accepted reads back as sent; the data export still answers.
// The CMS trusts X-Forwarded-For here (TRUST_PROXY) and every request comes from a fresh address, so the
// per-address rate limits let the runs reach validation (a 429 would be a refusal too, and is counted).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMunicipalityAdmin } from '../support/accounts';
import { badBody, badId, badValue, expectRefusedOrDone, goodText, HTML, oddText, mostly, rows, runs, SCRIPTS, segment, send, snapshot, statusTally, wrongType } from '../support/bad-input';
import { buildWorld, createMunicipality, PASSWORD, type World } from '../support/fixtures';
import { startTestCms, type TestCms } from '../support/strapi-instance';

const USER = 'plugin::users-permissions.user';
const MUNICIPALITY = 'api::municipality.municipality';
let cms: TestCms;
let world: World;
let adminA: string;
/** Municipalities of the official list without an account: registration takes them one by one. */
const unregistered: string[] = [];

beforeAll(async () => {
  cms = await startTestCms({ TRUST_PROXY: 'true' });
  world = await buildWorld(cms);
  adminA = await createMunicipalityAdmin(cms, 'admin.a@example.eu', 'member', world.municipalities.A);
  for (let i = 0; i < 8; i++) unregistered.push(await createMunicipality(cms, { name: `Община ${i}`, country: 'BG', verificationStatus: 'unregistered', officialCode: `BG_FUZZ${i}` }));
  // The world's listings match each other: the matcher's rows and notifications arrive in the background.
  await cms.strapi.plugin('matching').service('matching').idle();
});

afterAll(async () => {
  await cms?.stop();
});

/** Users, municipalities (with profile and contact) and invitations as stored, besides the counts of every table. */
const accountsSnapshot = () =>
  snapshot(cms, async () => ({
    users: await rows(cms, USER, {}, { role: { select: ['type'] }, municipality: { select: ['documentId'] } }),
    municipalities: await rows(cms, MUNICIPALITY, {}, { contact: true, descriptions: true }),
    invitations: await rows(cms, 'api::account.invitation'),
  }));

let serial = 0;
const tally = new Map<number, number>();
const count = (status: number) => tally.set(status, (tally.get(status) ?? 0) + 1);

describe('registration', () => {
  const FIELDS = ['municipality', 'fullName', 'jobTitle', 'phone', 'email', 'password', 'locale'] as const;
  const badFor: Record<(typeof FIELDS)[number], fc.Arbitrary<unknown>> = {
    municipality: fc.oneof(badId, wrongType, fc.constantFrom('A', 'B', 'P')),
    fullName: fc.oneof(oddText, wrongType),
    jobTitle: fc.oneof(oddText, wrongType),
    phone: fc.oneof(oddText, wrongType, fc.constantFrom('+', '12', '+359 2 000 000 000 000 000 000 000 000 000 000', '<b>1234</b>')),
    email: fc.oneof(oddText, wrongType, fc.constantFrom('a@b', 'x'.repeat(250) + '@x.eu', '<script>@example.eu', 'member.a@example.eu', 'MEMBER.A@example.eu ', 'a@b@c.eu')),
    password: fc.oneof(wrongType, fc.constantFrom('', 'short', ' '.repeat(12), 'x'.repeat(129), 'a\u0000aaaaaaaaaaa')),
    locale: fc.oneof(oddText, wrongType, fc.constantFrom('xx', 'EN', 'sr', 'sr-latn', '../en')),
  };
  // A valid registration (in any script) with 0 to 3 fields made bad, sometimes a field nobody may set, or no object at all.
  const registration = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        fullName: goodText,
        jobTitle: fc.option(goodText, { nil: undefined }),
        bad: fc.uniqueArray(fc.constantFrom(...FIELDS), { maxLength: 3 }).chain((fields) => fc.tuple(...fields.map((field) => badFor[field].map((value) => [field, value] as const)))),
        extra: fc.option(fc.constantFrom({ role: 'member' }, { isMunicipalityAdmin: false }, { confirmed: true }, { verificationStatus: 'verified' }), { nil: undefined }),
      }),
    },
    { weight: 1, arbitrary: badBody.map((body) => ({ body })) },
  );

  it('refuses bad fields with a 400 naming them and writes nothing; a good one in any script reads back as sent', async () => {
    await fc.assert(
      fc.asyncProperty(registration, async (generated: any) => {
        let body: any = generated.body;
        if (!('body' in generated)) {
          const n = serial++;
          body = { municipality: unregistered.find((id) => id) ?? world.municipalities.P, fullName: generated.fullName, jobTitle: generated.jobTitle, phone: '+359 56 800 400', email: `registrant.${n}@example.eu`, password: PASSWORD, locale: 'bg', ...generated.extra };
          for (const [field, value] of generated.bad) body[field] = field === 'municipality' && typeof value === 'string' && value.length === 1 ? world.municipalities[value as 'A'] : value;
        }
        const before = await accountsSnapshot();
        const answer = await send(cms, 'POST', '/api/accounts/register', body);
        count(answer.status);
        expect(answer.status, 'never rate-limited: each request comes from its own address').not.toBe(429);
        await expectRefusedOrDone(answer, before, accountsSnapshot, body);
        if (answer.status === 201) {
          const user = await cms.strapi.db.query(USER).findOne({ where: { email: body.email.trim().toLowerCase() }, populate: { role: true, municipality: true } });
          expect(user.fullName).toBe(body.fullName.trim());
          expect(user.jobTitle).toBe(body.jobTitle?.trim() || null);
          expect(user).toMatchObject({ confirmed: false, isMunicipalityAdmin: true, role: { type: 'pending-member' }, municipality: { documentId: body.municipality, verificationStatus: 'pending' } });
          unregistered.splice(unregistered.indexOf(body.municipality), 1);
        }
      }),
      runs(901, 35),
    );
    // Most runs reached the route's own checks (not only the refusal of a malformed body).
    expect(tally.get(400) ?? 0).toBeGreaterThan(10);
    expect(tally.get(201) ?? 0, 'some registrations in exotic scripts were accepted').toBeGreaterThan(0);
  });
});

describe('confirmation, login and password reset', () => {
  const email = fc.oneof(
    { weight: 3, arbitrary: fc.nat(1_000_000).map((n) => `nobody.${n}@example.eu`) },
    { weight: 3, arbitrary: fc.oneof(oddText, wrongType) },
    { weight: 1, arbitrary: fc.constant('member.a@example.eu') },
  );
  const token = fc.oneof(badValue, fc.constantFrom('a'.repeat(43), 'A'.repeat(64), '../../', 'null'), fc.string({ unit: 'binary-ascii', minLength: 40, maxLength: 50 }));
  const password = fc.oneof(badValue, fc.constantFrom('wrong-password-1', 'Test-password-2', 'x'.repeat(2000)));
  const locale = fc.oneof(fc.constantFrom('bg', 'en', 'xx'), wrongType);
  const request = fc.oneof(
    fc.record({ route: fc.constant('/api/accounts/login'), body: fc.record({ email, password }, { requiredKeys: [] }) }),
    fc.record({ route: fc.constant('/api/auth/local'), body: fc.record({ identifier: email, password }, { requiredKeys: [] }) }),
    fc.record({ route: fc.constant('/api/accounts/forgot-password'), body: fc.record({ email: email.filter((e) => e !== 'member.a@example.eu'), locale }, { requiredKeys: [] }) }),
    fc.record({ route: fc.constant('/api/accounts/reset-password'), body: fc.record({ token, password }, { requiredKeys: [] }) }),
    fc.record({ route: fc.constant('/api/accounts/confirm'), body: fc.record({ token }, { requiredKeys: [] }) }),
    fc.record({ route: fc.constant('/api/accounts/invitations/accept'), body: fc.record({ token, fullName: oddText, password, locale, phone: badValue }, { requiredKeys: [] }) }),
    fc.record({ route: fc.constantFrom('/api/accounts/login', '/api/accounts/confirm', '/api/accounts/reset-password', '/api/accounts/forgot-password'), body: badBody }),
  );

  it('answer 4xx (or the reset route\'s "sent" for an unknown address) and change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(request, async ({ route, body }) => {
        const before = await accountsSnapshot();
        const answer = await send(cms, 'POST', route, body);
        await expectRefusedOrDone(answer, before, accountsSnapshot, { route, body });
        // No generated request is good: only the reset route answers 200 for an address it does not know.
        if (answer.status < 400) {
          expect(route).toBe('/api/accounts/forgot-password');
          expect(await accountsSnapshot()).toEqual(before);
        }
      }),
      runs(902, 40),
    );
  });
});

describe('one\'s own profile, municipality, invitations, colleagues and account', () => {
  const forbidden = fc.constantFrom({ email: 'other@example.eu' }, { role: 1 }, { isMunicipalityAdmin: true }, { municipality: 'x' }, { confirmed: true }, { password: 'Another-password-1' }, { name: 'Renamed' }, { verificationStatus: 'verified' });

  it('PUT me: bad fields or fields one may not set are refused; good ones read back as sent', async () => {
    const profile = fc.record({ fullName: mostly(goodText, fc.oneof(oddText, wrongType)), jobTitle: mostly(goodText, fc.oneof(oddText, wrongType)), phone: mostly(fc.constantFrom('+49 561 787 0', '', null), fc.oneof(oddText, wrongType)), preferredLocale: mostly(fc.constantFrom('bg', 'sr-Latn-ME'), fc.oneof(oddText, wrongType)) }, { requiredKeys: [] });
    const tally = statusTally();
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 5, arbitrary: profile }, { weight: 1, arbitrary: fc.tuple(profile, forbidden).map(([p, f]) => ({ ...p, ...f })) }, { weight: 1, arbitrary: badBody }), async (body: any) => {
        const before = await accountsSnapshot();
        const answer = await send(cms, 'PUT', '/api/accounts/me', body, { token: adminA });
        tally.add(answer.status);
        await expectRefusedOrDone(answer, before, accountsSnapshot, body);
        if (answer.status === 200) {
          const me = (await send(cms, 'GET', '/api/accounts/me', undefined, { token: adminA })).body.data;
          if (typeof body.fullName === 'string') expect(me.fullName).toBe(body.fullName.trim());
          if (typeof body.jobTitle === 'string') expect(me.jobTitle).toBe(body.jobTitle.trim() || null);
          expect(me.email).toBe('admin.a@example.eu');
          expect(me.isMunicipalityAdmin).toBe(true);
        }
      }),
      runs(903),
    );
    expect(tally.of((status) => status === 400), String(tally)).toBeGreaterThan(5);
    expect(tally.of((status) => status === 200), String(tally)).toBeGreaterThan(0);
  });

  it('PUT me/municipality: bad descriptions, contact or website, or other fields, change nothing; good text reads back as sent', async () => {
    const description = fc.record({ locale: mostly(fc.constantFrom('bg', 'en', 'el', 'sr-Cyrl'), badValue), text: mostly(goodText, fc.oneof(oddText, wrongType)) });
    const website = mostly(fc.constantFrom('https://burgas.bg', 'http://例え.jp/路径?q="><svg/onload=alert(1)>', 'https://burgas.bg/?x=<script>', '', null), fc.oneof(fc.constantFrom('https://"><svg/onload=alert(1)>', 'javascript:alert(1)', 'https://', 'https://a b.eu', 'ftp://burgas.bg'), oddText, wrongType));
    const contact = mostly(
      fc.record({ name: mostly(goodText, fc.oneof(oddText, wrongType)), role: mostly(goodText, oddText), email: mostly(fc.constant('kontakt@burgas.bg'), oddText), phone: mostly(fc.constant('+359 56 800 400'), oddText) }, { requiredKeys: ['name', 'email'] }),
      wrongType,
    );
    const profile = fc.record({ descriptions: mostly(fc.uniqueArray(description, { maxLength: 3, selector: (d) => d.locale }), wrongType), website, contact }, { requiredKeys: [] });
    const tally = statusTally();
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 5, arbitrary: profile }, { weight: 1, arbitrary: fc.tuple(profile, forbidden).map(([p, f]) => ({ ...p, ...f })) }, { weight: 1, arbitrary: badBody }), async (body: any) => {
        const before = await accountsSnapshot();
        const answer = await send(cms, 'PUT', '/api/accounts/me/municipality', body, { token: adminA });
        tally.add(answer.status);
        await expectRefusedOrDone(answer, before, accountsSnapshot, body);
        if (answer.status === 200) {
          const mine = (await send(cms, 'GET', '/api/accounts/me/municipality', undefined, { token: adminA })).body.data;
          if (Array.isArray(body.descriptions)) expect(mine.descriptions).toEqual(body.descriptions.map((d: any) => ({ locale: d.locale, text: d.text.trim() })));
          if (typeof body.website === 'string') expect(mine.website).toBe(body.website.trim() || null);
          if (body.contact) expect(mine.contact.name).toBe(body.contact.name.trim());
          expect(mine.name).toBe('Бургас');
          expect(mine.verificationStatus).toBe('verified');
        }
      }),
      runs(904),
    );
    expect(tally.of((status) => status === 400), String(tally)).toBeGreaterThan(5);
    expect(tally.of((status) => status === 200), String(tally)).toBeGreaterThan(0);
  });

  it('PUT me/municipality: a web address that does not parse (no space in it) is refused naming it', async () => {
    for (const website of ['https://"><svg/onload=alert(1)>', 'https://[::1', 'http://']) {
      const before = await accountsSnapshot();
      const answer = await send(cms, 'PUT', '/api/accounts/me/municipality', { website }, { token: adminA });
      expect(answer.status, website).toBe(400);
      expect(answer.body.error.details.errors[0]).toMatchObject({ path: ['website'], code: 'invalid_url' });
      expect(await accountsSnapshot()).toEqual(before);
    }
  });

  it('invitations, colleagues and account deletion: bad ids, addresses and passwords are refused and nothing changes', async () => {
    const request = fc.oneof(
      fc.record({ method: fc.constant('POST'), path: fc.constant('/api/accounts/me/invitations'), body: fc.oneof(fc.record({ email: fc.oneof(oddText, wrongType, fc.constantFrom('member.b@example.eu', 'a@b')), locale: fc.oneof(fc.constantFrom('bg', 'xx'), wrongType) }, { requiredKeys: [] }), badBody) }),
      fc.record({ method: fc.constant('DELETE'), path: badId.map((id) => `/api/accounts/me/invitations/${segment(id)}`), body: fc.constant(undefined) }),
      fc.record({ method: fc.constant('DELETE'), path: fc.oneof(badId, fc.constant('B')).map((id) => `/api/accounts/me/colleagues/${segment(id)}`), body: fc.constant(undefined) }),
      fc.record({ method: fc.constant('DELETE'), path: fc.constant('/api/accounts/me'), body: fc.oneof(fc.record({ password: fc.oneof(badValue, fc.constantFrom('wrong-password', PASSWORD + ' ', PASSWORD.toUpperCase())) }), badBody) }),
    );
    const memberB = await cms.strapi.db.query(USER).findOne({ where: { email: 'member.b@example.eu' } });
    await fc.assert(
      fc.asyncProperty(request, async ({ method, path, body }) => {
        const target = path.endsWith('/B') ? path.replace(/B$/, memberB.documentId) : path;
        const before = await accountsSnapshot();
        const answer = await send(cms, method, target, body, { token: adminA });
        await expectRefusedOrDone(answer, before, accountsSnapshot, { method, target, body });
        expect(answer.status, `${method} ${target} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
      }),
      runs(905),
    );
  });

  it('a good invitation to an address in any script is stored as sent and queues one mail', async () => {
    for (const [i, local] of ['δοκιμή', 'проба', 'o\'brien', 'x+tag'].entries()) {
      const email = `${local}.${i}@example.eu`;
      const mails = await cms.strapi.db.query('api::mail-job.mail-job').count();
      const answer = await send(cms, 'POST', '/api/accounts/me/invitations', { email, locale: 'sr-Latn-ME' }, { token: adminA });
      if (answer.status === 400) {
        // An address the e-mail rule does not take is refused naming it, and nothing is queued.
        expect(answer.body.error.details.errors[0].path).toEqual(['email']);
        expect(await cms.strapi.db.query('api::mail-job.mail-job').count()).toBe(mails);
        continue;
      }
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      expect(answer.body.data.email).toBe(email);
      expect(await cms.strapi.db.query('api::mail-job.mail-job').count()).toBe(mails + 1);
    }
  });

  it('the data export answers with everything accepted above, as sent', async () => {
    const marker = `${SCRIPTS[0]} ${HTML[1]} ${SCRIPTS[15]}`;
    expect((await send(cms, 'PUT', '/api/accounts/me', { jobTitle: marker }, { token: adminA })).status).toBe(200);
    const exported = await send(cms, 'GET', '/api/accounts/me/export', undefined, { token: adminA });
    expect(exported.status).toBe(200);
    expect(exported.type).toContain('application/json');
    expect(exported.body.account.jobTitle).toBe(marker);
    expect(exported.body.account).not.toHaveProperty('password');
  });
});
