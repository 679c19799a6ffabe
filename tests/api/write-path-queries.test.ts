import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken } from '../support/admin';
import { inTwoMonths } from '../support/dates';
import { createMember, createMunicipality } from '../support/fixtures';
import { startTestCms, type TestCms } from '../support/strapi-instance';

/**
 * A member's listing write makes a bounded number of database queries (a count, not a time: npm run bench:write
 * prints the figures). 30 before the write path was trimmed, 15 after: the member's JWT is not looked up as an API
 * token, the role's permissions and the users-permissions settings come from memory, the user, its role and its
 * municipality are read in one query, the municipality is linked by id, the search job is inserted without a
 * lookup or a re-read, and the entry is not read again for an "entry.create" event that no webhook listens to.
 */
const MAX_QUERIES_PER_WRITE = 15;

let cms: TestCms;
let token: string;
const sent: string[] = [];
let recording = false;

beforeAll(async () => {
  cms = await startTestCms();
  const municipality = await createMunicipality(cms, { name: 'Бургас', country: 'BG', verificationStatus: 'verified', officialCode: 'BG_BGS04' });
  token = await createMember(cms, 'member.queries@example.eu', 'member', municipality);
  // The work that follows a write off the request (the search outbox worker, the matching refresh) would be
  // counted with it: it is held back here.
  cms.strapi.plugin('search').service('search').stop();
  cms.strapi.plugin('matching').service('matching').enqueue = () => undefined;
  cms.strapi.db.connection.on('query', (query: { sql: string }) => {
    if (recording && cms.strapi.requestContext.get() !== undefined) sent.push(query.sql);
  });
});

afterAll(async () => {
  await cms?.stop();
});

async function queriesOfOneWrite(n: number): Promise<string[]> {
  sent.length = 0;
  recording = true;
  const response = await cms.request('POST', '/api/listings?locale=en', {
    token,
    body: { data: { type: 'offer', kind: 'goods', cpvCodes: ['39160000'], title: `School desks and chairs ${n}`, description: 'Thirty desks.', expiresAt: inTwoMonths() } },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  // Strapi's entry.create event reads the entry again after the commit: wait until the queries stop.
  let seen = -1;
  while (sent.length !== seen) {
    seen = sent.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  recording = false;
  return [...sent];
}

describe('the queries of a member listing write (POST /api/listings)', () => {
  it(`stay at or below ${MAX_QUERIES_PER_WRITE}, in one transaction`, async () => {
    await queriesOfOneWrite(0); // warm: the role's permissions and the settings are read once, then kept
    // The fewest of three: the kept permissions are read again every few seconds, which may fall on one write.
    const writes = [await queriesOfOneWrite(1), await queriesOfOneWrite(2), await queriesOfOneWrite(3)];
    const fewest = writes.reduce((a, b) => (b.length < a.length ? b : a));
    expect(fewest.length, fewest.join('\n')).toBeLessThanOrEqual(MAX_QUERIES_PER_WRITE);
    for (const queries of writes) {
      expect(queries.filter((sql) => /^begin\b/i.test(sql))).toHaveLength(1);
      expect(queries.filter((sql) => /^savepoint\b/i.test(sql))).toHaveLength(0);
      // A JWT is not looked up among the API tokens.
      expect(queries.filter((sql) => sql.includes('strapi_api_tokens'))).toHaveLength(0);
    }
  });
});

describe('an "entry.create" webhook an editor configures', () => {
  let receiver: Server;
  const received: { event: string; model: string; entry: Record<string, any> }[] = [];

  afterAll(async () => {
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it('still gets each new listing, populated (the re-read is skipped only while nobody listens)', async () => {
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push(JSON.parse(body));
        response.end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    // Through the admin's own route, as an editor would (Settings › Webhooks).
    const admin = await adminToken(cms);
    const created = await cms.request('POST', '/admin/webhooks', { token: admin, body: { name: 'listings to the newsletter', url, headers: {}, events: ['entry.create'] } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);

    const queries = await queriesOfOneWrite(50);
    // Its re-read is back: the entry, its images, its municipality and its author.
    expect(queries.length).toBe((await queriesOfOneWrite(51)).length);
    expect(queries.length).toBeGreaterThan(MAX_QUERIES_PER_WRITE);
    await expect.poll(() => received.filter((hook) => hook.model === 'listing').length, { timeout: 10_000 }).toBe(2);
    const hook = received.find((h) => h.entry?.title === 'School desks and chairs 50')!;
    expect(hook.event).toBe('entry.create');
    expect(hook.entry.municipality?.name).toBe('Бургас');
    expect(hook.entry).not.toHaveProperty('author.password');

    // Deleted again: the write is back to its own queries.
    const deleted = await cms.request('DELETE', `/admin/webhooks/${created.body.data.id}`, { token: admin });
    expect(deleted.status).toBe(200);
    expect((await queriesOfOneWrite(52)).length).toBeLessThanOrEqual(MAX_QUERIES_PER_WRITE);
  });
});

describe('a member\'s write while the database cannot be reached', () => {
  it('is answered 503 with Retry-After, not 401 (users-permissions takes a failed user lookup for "nobody")', async () => {
    const write = (bearer: string) =>
      fetch(`${cms.baseUrl}/api/listings?locale=en`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
        body: JSON.stringify({ data: { type: 'offer', kind: 'goods', cpvCodes: ['39160000'], title: 'Desks, written during an outage', description: 'Thirty desks.', expiresAt: inTwoMonths() } }),
      });
    // The database goes away just as the member's user is looked up, and is back for what follows (a restart).
    const client = cms.strapi.db.connection.client;
    const acquire = client.acquireConnection;
    client.acquireConnection = async () => {
      client.acquireConnection = acquire;
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    };
    try {
      const response = await write(token);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect((await response.json()).error.name).toBe('ServiceUnavailableError');
    } finally {
      client.acquireConnection = acquire;
    }
    // Back: the same token writes again, and a forged one is still refused as such.
    expect((await write(token)).status).toBe(201);
    expect((await write(`${token}x`)).status).toBe(401);
  });
});
