import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTwoMonths } from '../support/dates';
import { startTestCms, type TestCms } from '../support/strapi-instance';
import { buildWorld, type World } from '../support/fixtures';

/** Bad listing input gets a 400 that names the field, and nothing is stored. */
let cms: TestCms;
let world: World;

beforeAll(async () => {
  cms = await startTestCms();
  world = await buildWorld(cms);
});

afterAll(async () => {
  await cms?.stop();
});

const valid = { type: 'offer', kind: 'goods', cpvCodes: ['39160000'], title: 'School desks and chairs', description: 'Thirty desks.', expiresAt: inTwoMonths() };

async function listingCount() {
  return cms.strapi.db.query('api::listing.listing').count();
}

const cases: [string, Record<string, unknown>, string, string][] = [
  ['a missing title', { title: undefined }, 'title', 'required'],
  ['an empty title', { title: '   ' }, 'title', 'too_short'],
  ['a 50,000-character title', { title: 'x'.repeat(50_000) }, 'title', 'too_long'],
  ['an unknown kind', { kind: 'spaceships' }, 'kind', 'unknown_value'],
  ['an unknown CPV code', { cpvCodes: ['99999999'] }, 'cpvCodes', 'unknown_cpv_code'],
  ['a CPV code that is not a string', { cpvCodes: [42] }, 'cpvCodes', 'invalid_type'],
  ['a past expiry', { expiresAt: '2020-01-01' }, 'expiresAt', 'in_the_past'],
  ['an expiry that is not a date', { expiresAt: 'next tuesday' }, 'expiresAt', 'invalid_format'],
  ['an unknown type', { type: 'gift' }, 'type', 'unknown_value'],
  ['a negative quantity', { quantity: -3 }, 'quantity', 'too_small'],
  ['control characters in the description', { description: 'bad\u0000text' }, 'description', 'control_characters'],
  ['an unknown delivery mode', { delivery: ['teleport'] }, 'delivery', 'unknown_value'],
  ['CPV codes on a kind without them', { kind: 'expertise' }, 'cpvCodes', 'not_allowed_for_kind'],
];

describe('listing validation through POST /api/listings', () => {
  it.each(cases)('%s is refused with 400 naming the field', async (_label, change, field, code) => {
    const before = await listingCount();
    const data: Record<string, unknown> = { ...valid, ...change };
    for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
    const response = await cms.request('POST', '/api/listings?locale=en', { token: world.actors.memberA.token, body: { data } });
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    const errors = response.body.error.details.errors as { path: string[]; message: string; code?: string }[];
    const forField = errors.find((error) => error.path[0] === field);
    expect(forField, JSON.stringify(errors)).toBeDefined();
    expect(forField!.message).toContain(field);
    expect(forField!.code).toBe(code);
    expect(await listingCount()).toBe(before);
  });

  it('reports every bad field at once', async () => {
    const response = await cms.request('POST', '/api/listings?locale=en', {
      token: world.actors.memberA.token,
      body: { data: { ...valid, title: '', kind: 'nope', expiresAt: '2001-01-01' } },
    });
    expect(response.status).toBe(400);
    const fields = response.body.error.details.errors.map((error: { path: string[] }) => error.path[0]).sort();
    expect(fields).toEqual(expect.arrayContaining(['kind', 'title']));
  });

  it('an unknown field is refused, not ignored', async () => {
    const before = await listingCount();
    const response = await cms.request('POST', '/api/listings?locale=en', { token: world.actors.memberA.token, body: { data: { ...valid, colour: 'red' } } });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.error)).toContain('colour');
    expect(await listingCount()).toBe(before);
  });

  it('an unsupported locale is refused', async () => {
    const before = await listingCount();
    const response = await cms.request('POST', '/api/listings?locale=xx', { token: world.actors.memberA.token, body: { data: valid } });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('locale');
    expect(await listingCount()).toBe(before);
  });

  it('a valid listing is stored with CPV codes normalised and defaults set', async () => {
    const response = await cms.request('POST', '/api/listings?locale=en', {
      token: world.actors.memberA.token,
      body: { data: { ...valid, cpvCodes: ['39160000-1', ' 39160000 '], title: '  School desks and chairs  ' } },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const stored = await cms.strapi.db.query('api::listing.listing').findOne({ where: { documentId: response.body.data.documentId } });
    expect(stored.cpvCodes).toEqual(['39160000']);
    expect(stored.title).toBe('School desks and chairs');
    expect(stored.slug).toMatch(/^school-desks-and-chairs-[0-9a-f]{6}$/);
    expect(stored.workingLanguages).toEqual(['en']);
  });

  it('an update is validated too, and a bad one changes nothing', async () => {
    const before = await cms.strapi.db.query('api::listing.listing').findOne({ where: { documentId: world.listings.publishedA } });
    const response = await cms.request('PUT', `/api/listings/${world.listings.publishedA}`, {
      token: world.actors.memberA.token,
      body: { data: { title: 'y'.repeat(201), cpvCodes: ['00000000'] } },
    });
    expect(response.status).toBe(400);
    const after = await cms.strapi.db.query('api::listing.listing').findOne({ where: { documentId: world.listings.publishedA } });
    expect(after).toEqual(before);
  });
});
