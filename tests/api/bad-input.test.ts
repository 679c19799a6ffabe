// Generated bad input (fast-check, fixed seeds) against the member's listing, profile and exchange-start writes,
// the public report route, notifications and their e-mail preference, the state of a match, and the public
// query routes: wrong types, huge and empty values, control characters, every script, HTML and script
// payloads, malformed bodies. The CMS never answers 5xx, a refused write changes nothing (no row, no queued
// mail, no notification, no audit entry), and accepted text comes back as the same text (rendering it inert in
// the browser is the e2e security suite's job). The accounts API, the exchange routes and uploads have files of
// their own (bad-input-*.test.ts).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTwoMonths } from '../support/dates';
import {
  badBody,
  badId,
  badValue,
  expectRefusedOrDone,
  goodText,
  mostly,
  oddText,
  rows,
  runs,
  segment,
  send as sendTo,
  wellFormed,
  snapshot,
  statusTally,
  wrongType,
} from '../support/bad-input';
import { buildWorld, createListing, createMunicipality, type World } from '../support/fixtures';
import { startTestCms, type TestCms } from '../support/strapi-instance';

let cms: TestCms;
let world: World;
/** A's match (its offer, B's request) and a match of B and C that A has no part in; a notification of A's and one of B's. */
const fixture = { ownMatch: 0, otherMatch: 0, ownNotification: '', otherNotification: '' };

beforeAll(async () => {
  cms = await startTestCms({ TRUST_PROXY: 'true' });
  world = await buildWorld(cms);
  // Only a municipality's admin writes its profile (cms/src/api/municipality/policies/is-own-municipality.ts).
  await cms.strapi.db.query('plugin::users-permissions.user').update({ where: { email: 'member.a@example.eu' }, data: { isMunicipalityAdmin: true } });
  const C = await createMunicipality(cms, { name: 'Graz', country: 'AT', verificationStatus: 'verified', officialCode: 'AT_60101' });
  await createListing(cms, C, { title: 'Feuerwehrauto abzugeben', description: 'Ein Löschfahrzeug, fahrbereit.' }, 'de');
  await cms.strapi.plugin('matching').service('matching').idle();
  const matches = await cms.strapi.db.query('plugin::matching.match').findMany({ orderBy: { id: 'asc' } });
  fixture.ownMatch = matches.find((m: any) => m.offerMunicipalityId === world.municipalities.A)!.id;
  fixture.otherMatch = matches.find((m: any) => m.offerMunicipalityId === C)!.id;
  const notifications = await cms.strapi.db.query('api::notification.notification').findMany({ populate: { municipality: { select: ['documentId'] } }, orderBy: { id: 'asc' } });
  fixture.ownNotification = notifications.find((n: any) => n.municipality?.documentId === world.municipalities.A)!.documentId;
  fixture.otherNotification = notifications.find((n: any) => n.municipality?.documentId === world.municipalities.B)!.documentId;
});

afterAll(async () => {
  await cms?.stop();
});

const send = (method: string, urlPath: string, body?: unknown, options: { raw?: boolean; token?: string } = {}) => sendTo(cms, method, urlPath, body, options);
const member = () => world.actors.memberA.token!;
/** Counts of every table, and the rows of `uid` (all, or one document's) as stored. */
const snapshotOf = (uid: string, where: Record<string, unknown> = {}, populate?: unknown) => () => snapshot(cms, () => rows(cms, uid, where, populate));

// ---- listings

/** A valid listing with 1 to 3 fields replaced by bad values, and sometimes a field a member may not set. */
const LISTING_FIELDS = ['type', 'kind', 'cpvCodes', 'title', 'description', 'quantity', 'unit', 'condition', 'availableFrom', 'neededBy', 'expiresAt', 'placeName', 'lat', 'lng', 'radiusKm', 'delivery', 'workingLanguages'];
const validListing = () => ({ type: 'offer', kind: 'goods', cpvCodes: ['39160000'], title: 'Schulmöbel abzugeben', description: 'Dreißig Tische.', expiresAt: inTwoMonths() });
const badDay = fc.constantFrom('0000-01-01', '2027-02-30', '9999-99-99', '2027-5-1', '-002027-05-01', '+2027-05-01');
const badListing = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...LISTING_FIELDS), { minLength: 1, maxLength: 3 }),
    fc.array(fc.oneof(badValue, badDay), { minLength: 3, maxLength: 3 }),
    fc.option(fc.constantFrom('moderationStatus', 'municipality', 'author', 'featured', 'slug', 'id', 'documentId', 'publishedAt', 'locale'), { nil: undefined }),
  )
  .map(([fields, values, forbidden]) => {
    const data: Record<string, unknown> = validListing();
    fields.forEach((field, i) => (data[field] = values[i]));
    if (forbidden) data[forbidden] = forbidden === 'moderationStatus' ? 'published' : 'x';
    return data;
  });

describe('listing writes', () => {
  it('create: bad fields and bad bodies are refused with a 4xx and nothing is written; accepted text reads back as sent', async () => {
    const after = snapshotOf('api::listing.listing');
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: badListing.map((data) => ({ data })) }, { weight: 1, arbitrary: badBody }), fc.constantFrom('de', 'bg', 'el', 'xx', '', '../en'), async (body, locale) => {
        const before = await after();
        const answer = await send('POST', `/api/listings?locale=${encodeURIComponent(locale)}`, body, { token: member() });
        await expectRefusedOrDone(answer, before, after, { body, locale });
        if (answer.status === 201) {
          expect(answer.type).toContain('application/json');
          const sent = (body as any).data.title;
          const back = await send('GET', `/api/listings/${answer.body.data.documentId}?locale=${locale}`, undefined, { token: member() });
          expect(back.status).toBe(200);
          expect(back.body.data.title).toBe(String(sent).trim());
        }
      }),
      runs(801, 35),
    );
  });

  it('update: a refused update leaves the listing as it was', async () => {
    const id = world.listings.publishedA;
    const after = snapshotOf('api::listing.listing', { documentId: id });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          badListing.map((full) => {
            // An update sends a few fields only.
            const keys = Object.keys(full).filter((k) => !Object.hasOwn(validListing(), k) || full[k] !== (validListing() as any)[k]);
            return { data: Object.fromEntries((keys.length ? keys : ['title']).map((k) => [k, full[k]])) };
          }),
          badBody,
        ),
        async (body) => {
          const before = await after();
          const answer = await send('PUT', `/api/listings/${id}`, body, { token: member() });
          await expectRefusedOrDone(answer, before, after, body);
        },
      ),
      runs(802, 35),
    );
  });

  it('close: any id is answered 4xx without a change, other than the member\'s own listings', async () => {
    const after = snapshotOf('api::listing.listing');
    await fc.assert(
      fc.asyncProperty(fc.oneof(badId, fc.constantFrom(world.listings.publishedB, world.listings.pendingA + "' OR 1=1 --")), async (id) => {
        const before = await after();
        const answer = await send('POST', `/api/listings/${segment(id)}/close`, {}, { token: member() });
        await expectRefusedOrDone(answer, before, after, id);
        expect(answer.status).toBeGreaterThanOrEqual(400);
      }),
      runs(803, 35),
    );
  });

  it('malformed JSON bodies are a 400, never a 500', async () => {
    const after = snapshotOf('api::listing.listing');
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.constantFrom('{"data": ', '{"data": {"title": "\\ud800"}}', '{"data": {"title": "\\u0000"}}', '[', 'null', '"x"', '{"data":' + '['.repeat(5000))), async (raw) => {
        const before = await after();
        const answer = await send('POST', '/api/listings?locale=de', raw, { raw: true, token: member() });
        await expectRefusedOrDone(answer, before, after, raw);
      }),
      runs(804, 35),
    );
  });
});

describe('municipality profile writes', () => {
  it('update: bad descriptions, contact, website, languages or logo, or fields members may not set, change nothing; accepted ones read back as sent', async () => {
    const id = world.municipalities.A;
    const after = snapshotOf('api::municipality.municipality', { documentId: id }, { contact: true, descriptions: true, logo: true });
    const profile = fc.record(
      {
        descriptions: mostly(fc.uniqueArray(fc.record({ locale: fc.constantFrom('bg', 'en', 'sr-Latn-ME'), text: mostly(goodText, oddText) }), { maxLength: 3, selector: (d) => d.locale }), fc.oneof(badValue, fc.array(fc.record({ locale: fc.oneof(fc.constantFrom('bg', 'xx'), badValue), text: badValue }), { minLength: 1, maxLength: 3 }))),
        website: mostly(fc.constantFrom('https://burgas.bg', 'https://burgas.bg/?q="><svg/onload=alert(1)>', '', null), fc.oneof(fc.constantFrom('javascript:alert(1)', 'https://"><svg/onload=alert(1)>', 'data:text/html,<script>alert(1)</script>', 'https://a b'), badValue)),
        contact: mostly(fc.record({ name: mostly(goodText, badValue), email: mostly(fc.constant('kontakt@burgas.bg'), badValue), phone: mostly(fc.constant('+359 56 800 400'), badValue) }, { requiredKeys: ['name', 'email'] }), badValue),
        languages: mostly(fc.uniqueArray(fc.constantFrom('bg', 'en', 'sr-Cyrl', 'sq'), { maxLength: 3 }), fc.oneof(badValue, fc.constantFrom(['xx'], ['bg', 'bg'], 'bg'))),
        logo: fc.oneof(fc.constant(null), fc.constantFrom(2_147_483_648, 99_999_999_999, -1, 0, 'x'), wrongType),
      },
      { requiredKeys: [] },
    );
    const forbidden = fc.constantFrom({ verificationStatus: 'verified' }, { trusted: true }, { name: 'Renamed' }, { slug: 'x' }, { country: 'DE' });
    const tally = statusTally();
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 5, arbitrary: profile.map((data) => ({ data })) }, { weight: 1, arbitrary: fc.tuple(profile, forbidden).map(([p, f]) => ({ data: { ...p, ...f } })) }, { weight: 1, arbitrary: badBody }), async (body: any) => {
        const before = await after();
        const answer = await send('PUT', `/api/municipalities/${id}`, body, { token: member() });
        tally.add(answer.status);
        await expectRefusedOrDone(answer, before, after, body);
        if (answer.status === 200) {
          // Only a member's own fields were written, and read back as sent.
          const stored = await cms.strapi.db.query('api::municipality.municipality').findOne({ where: { documentId: id }, populate: { descriptions: true, contact: true } });
          expect(stored.verificationStatus).toBe('verified');
          expect(stored.name).toBe('Бургас');
          const data = body.data;
          if (typeof data.website === 'string') expect(stored.website).toBe(data.website.trim() || null);
          if ('languages' in data) expect(stored.languages).toEqual(data.languages);
          if (Array.isArray(data.descriptions)) expect(stored.descriptions.map((d: any) => [d.locale, d.text])).toEqual(data.descriptions.map((d: any) => [d.locale, d.text]));
          if (data.contact) expect(stored.contact.name).toBe(data.contact.name);
        }
      }),
      runs(805, 35),
    );
    expect(tally.of((status) => status === 400), String(tally)).toBeGreaterThan(5);
    expect(tally.of((status) => status === 200), String(tally)).toBeGreaterThan(0);
  });
});

describe('exchange writes', () => {
  it('create: bad listing ids, messages and quantities are refused and nothing is written', async () => {
    const exchange = fc.record(
      {
        listing: fc.oneof(badValue, fc.constantFrom(world.listings.pendingA, world.listings.publishedA, 'nope')),
        message: badValue,
        quantity: fc.oneof(wrongType, fc.constantFrom(-1, 0, 1e12, Number.MIN_VALUE)),
        state: fc.constantFrom('completed', 'accepted'),
        provider: fc.constant(world.municipalities.B),
      },
      { requiredKeys: ['listing'] },
    );
    const after = snapshotOf('api::exchange.exchange');
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: exchange.map((data) => ({ data })) }, { weight: 1, arbitrary: badBody }), async (body) => {
        const before = await after();
        const answer = await send('POST', '/api/exchanges', body, { token: member() });
        await expectRefusedOrDone(answer, before, after, body);
        // Every generated exchange is wrong somehow: a bad field, an own or unpublished listing, or a field one may not set.
        if (answer.status === 201) expect.fail(`accepted ${JSON.stringify(body)}`);
      }),
      runs(806, 35),
    );
  });
});

describe('reports (public)', () => {
  it('bad targets, reasons and comments are refused naming the field and file nothing; an accepted comment is stored as sent', async () => {
    const report = fc.record({
      target: mostly(fc.constantFrom('listing', 'municipality'), badValue),
      documentId: fc.oneof(fc.constantFrom('publishedB', 'pendingA', 'A'), badId, wrongType),
      reason: mostly(fc.constantFrom('spam', 'wrong', 'offensive', 'duplicate', 'other'), badValue),
      comment: mostly(goodText, fc.oneof(oddText, wrongType, fc.constant('ẞ'.repeat(2001)))),
    }, { requiredKeys: ['target', 'documentId', 'reason'] });
    const ids: Record<string, string> = { publishedB: world.listings.publishedB, pendingA: world.listings.pendingA, A: world.municipalities.A };
    const after = snapshotOf('api::report.report');
    const tally = statusTally();
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 5, arbitrary: report }, { weight: 1, arbitrary: badBody }), fc.boolean(), async (generated: any, wrapped) => {
        const data = generated && typeof generated === 'object' && typeof generated.documentId === 'string' && generated.documentId in ids ? { ...generated, documentId: ids[generated.documentId] } : generated;
        const body = wrapped ? { data } : data;
        const before = await after();
        const answer = await send('POST', '/api/reports', body);
        tally.add(answer.status);
        expect(answer.status, 'never rate-limited: each request comes from its own address').not.toBe(429);
        await expectRefusedOrDone(answer, before, after, body);
        if (answer.status === 201) {
          const stored = await cms.strapi.db.query('api::report.report').findOne({ where: { documentId: answer.body.data.documentId } });
          expect(stored.comment).toBe(typeof data.comment === 'string' ? data.comment.trim() : null);
          expect(stored.status).toBe('open');
        }
      }),
      runs(807, 35),
    );
    expect(tally.of((status) => status === 400), String(tally)).toBeGreaterThan(5);
    expect(tally.of((status) => status === 201), String(tally)).toBeGreaterThan(0);
  });
});

describe('notifications and match states', () => {
  it('marking read: any id but one\'s own notification is refused and nothing changes', async () => {
    const after = snapshotOf('api::notification.notification');
    await fc.assert(
      fc.asyncProperty(fc.oneof(badId, fc.constant('other')), badBody, async (id, body) => {
        const target = id === 'other' ? fixture.otherNotification : segment(id);
        const before = await after();
        const answer = await send('POST', `/api/notifications/${target}/read`, body, { token: member() });
        await expectRefusedOrDone(answer, before, after, { target, body });
        expect(answer.status).toBeGreaterThanOrEqual(400);
      }),
      runs(808),
    );
    const own = await send('POST', `/api/notifications/${fixture.ownNotification}/read`, undefined, { token: member() });
    expect(own.status).toBe(200);
  });

  it('the e-mail preference: anything but immediate, daily or off is refused; a good one is stored', async () => {
    const after = snapshotOf('api::notification-preference.notification-preference');
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: fc.record({ data: fc.record({ email: mostly(fc.constantFrom('immediate', 'daily', 'off'), fc.oneof(badValue, fc.constantFrom('OFF', 'weekly', ' daily'))), digestHour: badValue }, { requiredKeys: ['email'] }) }) }, { weight: 1, arbitrary: badBody }), async (body: any) => {
        const before = await after();
        const answer = await send('PUT', '/api/notifications/preferences', body, { token: member() });
        await expectRefusedOrDone(answer, before, after, body);
        if (answer.status === 200) {
          expect((await send('GET', '/api/notifications/preferences', undefined, { token: member() })).body.data.email).toBe(body.data.email);
        }
      }),
      runs(809),
    );
  });

  it('a match\'s state: bad ids (also beyond the integer range), another municipality\'s match and bad states are refused', async () => {
    const after = snapshotOf('plugin::matching.match');
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 2, arbitrary: fc.constantFrom('own', 'other') }, { weight: 3, arbitrary: badId }), fc.oneof(fc.record({ state: mostly(fc.constantFrom('seen', 'dismissed', 'contacted'), fc.oneof(badValue, fc.constantFrom('new', 'accepted'))) }), badBody), async (id, body: any) => {
        const target = id === 'own' ? String(fixture.ownMatch) : id === 'other' ? String(fixture.otherMatch) : segment(id);
        const before = await after();
        const answer = await send('PUT', `/api/matching/matches/${target}/state`, body, { token: member() });
        await expectRefusedOrDone(answer, before, after, { target, body });
        if (answer.status === 200) {
          expect(id).toBe('own');
          const match = await cms.strapi.db.query('plugin::matching.match').findOne({ where: { id: fixture.ownMatch } });
          expect(match.offerState).toBe(body.state);
        }
      }),
      runs(810),
    );
  });
});

describe('edge cases the generated runs found (each a 500 or a bad write before)', () => {
  const muni = snapshotOf('api::municipality.municipality', {}, { contact: true, descriptions: true, logo: true });

  it('a NUL anywhere in a body is a 400 naming the field, on every route (PostgreSQL cannot store it)', async () => {
    const cases: [string, string, unknown, string[]][] = [
      ['PUT', `/api/municipalities/${world.municipalities.A}`, { data: { descriptions: [{ locale: 'bg', text: 'a\u0000b' }] } }, ['descriptions', '0', 'text']],
      ['PUT', `/api/municipalities/${world.municipalities.A}`, { data: { contact: { name: 'Иван\u0000', email: 'a@b.eu' } } }, ['contact', 'name']],
      ['PUT', `/api/municipalities/${world.municipalities.A}`, { data: { website: 'https://burgas.bg/\u0000' } }, ['website']],
      ['POST', '/api/auth/local', { identifier: 'member.a@example.eu', password: 'x\u0000' }, ['password']],
      ['POST', '/api/reports', { target: 'listing', documentId: world.listings.publishedB, reason: 'spam', comment: '\u0000' }, ['comment']],
    ];
    for (const [method, path, body, field] of cases) {
      const before = await muni();
      const answer = await send(method, path, body, { token: path.startsWith('/api/auth') ? undefined : member() });
      expect(answer.status, `${method} ${path}`).toBe(400);
      expect(answer.body.error.details.errors[0]).toMatchObject({ path: field, code: 'control_characters' });
      expect(await muni()).toEqual(before);
    }
  });

  it('the profile\'s web address must parse, its languages must be locale codes, its logo one\'s own image', async () => {
    const othersImage = (await cms.strapi.db.query('plugin::upload.file').create({ data: { name: 'b.png', hash: 'b_x', ext: '.png', mime: 'image/png', size: 1, url: '/uploads/b_x.png', provider: 'local' } })).id;
    const cases: [Record<string, unknown>, string][] = [
      [{ website: 'https://"><svg/onload=alert(1)>' }, 'website'],
      [{ website: 'javascript:alert(1)' }, 'website'],
      [{ descriptions: [{ locale: 'bg', text: 'Община\u0007 Бургас' }] }, 'descriptions'],
      [{ contact: { name: 'Иван\u001b[31m', email: 'a@b.eu' } }, 'contact'],
      [{ languages: 'bg' }, 'languages'],
      [{ languages: ['xx'] }, 'languages'],
      [{ languages: ['bg', 'bg'] }, 'languages'],
      [{ logo: othersImage }, 'logo'],
      [{ logo: 2_147_483_648 }, 'logo'],
    ];
    for (const [data, field] of cases) {
      const before = await muni();
      const answer = await send('PUT', `/api/municipalities/${world.municipalities.A}`, { data }, { token: member() });
      expect(answer.status, JSON.stringify(data)).toBe(400);
      expect(answer.body.error.details.errors[0].path[0]).toBe(field);
      expect(await muni()).toEqual(before);
    }
  });

  it('what an editor writes in the admin (a web address that does not parse, unknown languages) never reaches the profile page', async () => {
    await cms.strapi.db.query('api::municipality.municipality').update({ where: { documentId: world.municipalities.B }, data: { website: 'https://"><svg onload=alert(1)>', languages: ['de', 'xx', 42, null] } });
    const profile = await send('GET', '/api/portal/municipalities/kassel-de?locale=en');
    expect(profile.status).toBe(200);
    expect(profile.body.data.website).toBeNull();
    expect(profile.body.data.languages).toEqual(['de']);
    await cms.strapi.db.query('api::municipality.municipality').update({ where: { documentId: world.municipalities.B }, data: { website: 'https://kassel.de/?q="><svg/onload=alert(1)>', languages: ['de'] } });
    expect((await send('GET', '/api/portal/municipalities/kassel-de?locale=en')).body.data.website).toBe('https://kassel.de/?q="><svg/onload=alert(1)>');
  });

  it('ids beyond the integer range and the year 0 are refused, not a database error', async () => {
    const listings = snapshotOf('api::listing.listing');
    for (const [field, value] of [['images', [2_147_483_648]], ['images', [99_999_999_999]], ['availableFrom', '0000-01-01'], ['neededBy', '0000-12-31']] as const) {
      const before = await listings();
      const answer = await send('POST', '/api/listings?locale=de', { data: { ...validListing(), type: field === 'neededBy' ? 'request' : 'offer', [field]: value } }, { token: member() });
      expect(answer.status, `${field} ${JSON.stringify(value)}`).toBe(400);
      expect(answer.body.error.details.errors[0].path[0]).toBe(field);
      expect(await listings()).toEqual(before);
    }
    for (const id of ['2147483648', '99999999999']) {
      const answer = await send('PUT', `/api/matching/matches/${id}/state`, { state: 'seen' }, { token: member() });
      expect(answer.status).toBe(400);
      expect(answer.body.error.details.errors[0].path).toEqual(['id']);
    }
  });
});

describe('public queries', () => {
  const SEARCH_PARAMS = ['q', 'locale', 'type', 'kind', 'country', 'cpv', 'municipality', 'delivery', 'language', 'near', 'radiusKm', 'sort', 'page', 'pageSize', 'facets', 'filters', 'populate', 'unknown'];
  const paramValue = fc.oneof(oddText, fc.integer().map(String), fc.constantFrom('-1', '1e999', '0x10', 'NaN', '91,181', ',', 'offer,request', 'relevance'));

  it('/api/search answers 200 or a 400 naming the parameter, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...SEARCH_PARAMS), paramValue), { maxLength: 5 }), async (pairs) => {
        const query = new URLSearchParams(pairs.map(([k, v]) => [k, wellFormed(v)])).toString();
        const answer = await send('GET', `/api/search?${query}`);
        expect(answer.status, `${query}: ${JSON.stringify(answer.body).slice(0, 200)}`).toBeLessThan(500);
        // 414/431: a query string longer than the server takes, refused before the CMS sees it.
        expect([200, 400, 414, 431]).toContain(answer.status);
        if (answer.status === 400) expect(answer.body.error.details.errors[0].path[0]).toBeTruthy();
      }),
      runs(811, 40),
    );
  });

  it('/api/matching/cpv-suggestions answers 200 or 400, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.option(oddText, { nil: undefined }), fc.option(paramValue, { nil: undefined }), fc.option(paramValue, { nil: undefined }), async (text, locale, limit) => {
        const params = new URLSearchParams();
        if (text !== undefined) params.set('text', wellFormed(text));
        if (locale !== undefined) params.set('locale', wellFormed(locale));
        if (limit !== undefined) params.set('limit', wellFormed(limit));
        const answer = await send('GET', `/api/matching/cpv-suggestions?${params}`);
        expect(answer.status, `${params}: ${JSON.stringify(answer.body).slice(0, 200)}`).toBeLessThan(500);
        expect([200, 400, 414, 431]).toContain(answer.status);
      }),
      runs(812, 40),
    );
  });
});
