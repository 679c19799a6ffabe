// PostgreSQL restarted while members write listings: the CMS answers 503 with Retry-After at once (never 500,
// never a hang), recovers by itself once the database is back (no CMS restart), and every write it acknowledged
// is in the database afterwards. Runs on a private cluster (tests/support/private-postgres.ts), never the shared one.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTwoMonths } from '../support/dates';
import { buildWorld, type World } from '../support/fixtures';
import { startPrivatePostgres, type PrivatePostgres } from '../support/private-postgres';
import { startTestCms, type TestCms } from '../support/strapi-instance';

let cluster: PrivatePostgres;
let cms: TestCms;
let world: World;

beforeAll(async () => {
  cluster = await startPrivatePostgres();
  const admin = new pg.Client({ connectionString: cluster.url() });
  await admin.connect();
  await admin.query('CREATE DATABASE cs_fault');
  await admin.end();
  // A small pool and a short acquire timeout, as a production instance would run with several siblings; the
  // private cluster's empty database, not a prepared copy on the shared server.
  cms = await startTestCms({ DATABASE_URL: cluster.url('cs_fault'), DATABASE_POOL_MAX: '5' }, { emptyDatabase: true });
  world = await buildWorld(cms);
});

afterAll(async () => {
  cms?.strapi.server.httpServer.closeAllConnections();
  // Bounded: a pool that lost its server mid-query must not keep the run waiting.
  await Promise.race([cms?.stop().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 20_000))]);
  cluster?.destroy();
});

interface Attempt {
  status: number;
  ms: number;
  retryAfter: string | null;
  title: string;
  documentId?: string;
  phase: 'before' | 'down' | 'after';
  errorName?: string;
}

describe('PostgreSQL restarted during writes', () => {
  it('fails fast with 503, recovers without a CMS restart, and keeps every acknowledged write', async () => {
    const attempts: Attempt[] = [];
    let phase: Attempt['phase'] = 'before';
    let writing = true;
    let sequence = 0;

    async function writeOne(): Promise<void> {
      const title = `Restart probe ${++sequence} ${Date.now()}`;
      const started = performance.now();
      const at = phase;
      let status = 0;
      let retryAfter: string | null = null;
      let body: any = null;
      try {
        const response = await fetch(`${cms.baseUrl}/api/listings?locale=de`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${world.actors.memberA.token}` },
          body: JSON.stringify({ data: { type: 'offer', kind: 'goods', cpvCodes: ['39160000'], title, description: 'Dreißig Tische und sechzig Stühle.', expiresAt: inTwoMonths() } }),
          signal: AbortSignal.timeout(30_000),
        });
        status = response.status;
        retryAfter = response.headers.get('retry-after');
        body = await response.json().catch(() => null);
      } catch {
        status = -1; // no answer at all within 30 s: a hang, which the test refuses below
      }
      attempts.push({ status, ms: performance.now() - started, retryAfter, title, documentId: body?.data?.documentId, phase: at, errorName: body?.error?.name });
    }

    async function writer(): Promise<void> {
      while (writing) {
        await writeOne();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }

    const writers = [writer(), writer(), writer()];
    await new Promise((resolve) => setTimeout(resolve, 1500));

    // Down: a fast shutdown terminates the CMS's pooled connections mid-work.
    phase = 'down';
    await cluster.stop();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const readyWhileDown = await cms.request('GET', '/api/ready');
    const healthWhileDown = await cms.request('GET', '/api/health');
    await new Promise((resolve) => setTimeout(resolve, 2000));

    await cluster.start();
    phase = 'after';
    // Recovery, by itself: within a few seconds new writes are acknowledged again.
    const recoveredBy = Date.now() + 20_000;
    while (Date.now() < recoveredBy && !attempts.some((a) => a.phase === 'after' && a.status === 201 && attempts.indexOf(a) > attempts.findIndex((b) => b.phase === 'after'))) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
    writing = false;
    await Promise.all(writers);

    const summary = ['before', 'down', 'after'].map((p) => {
      const mine = attempts.filter((a) => a.phase === p);
      const byStatus = new Map<number, number>();
      for (const a of mine) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
      const statuses = [...byStatus].map(([status, n]) => `${status}×${n}`);
      return `${p}: ${statuses.join(' ')} (slowest ${Math.round(Math.max(0, ...mine.map((a) => a.ms)))} ms)`;
    });
    console.log(summary.join('\n'));

    // Only two answers ever: acknowledged, or unavailable with Retry-After. No 500, no hang.
    const other = attempts.filter((a) => a.status !== 201 && a.status !== 503);
    expect(other.map((a) => `${a.phase} ${a.status} ${a.errorName}`)).toEqual([]);
    const refused = attempts.filter((a) => a.status === 503);
    expect(refused.length, 'the outage was observed').toBeGreaterThan(0);
    for (const attempt of refused) {
      expect(attempt.retryAfter).toBe('5');
      expect(attempt.errorName).toBe('ServiceUnavailableError');
    }
    // Fast: a write sent while the database is down is refused at once, without waiting for a connection timeout;
    // one that was in flight when the server went away is answered within the CMS's request deadline.
    expect(Math.max(...refused.filter((a) => a.phase === 'down').map((a) => a.ms))).toBeLessThan(3000);
    expect(Math.max(...attempts.map((a) => a.ms))).toBeLessThan(16_000);

    expect(attempts.filter((a) => a.phase === 'before' && a.status === 201).length).toBeGreaterThan(0);
    expect(attempts.filter((a) => a.phase === 'after' && a.status === 201).length, 'writes succeed again without restarting the CMS').toBeGreaterThan(0);

    // Readiness followed the database; liveness did not.
    expect(readyWhileDown.status).toBe(503);
    expect(readyWhileDown.body.database.ok).toBe(false);
    expect(healthWhileDown.status).toBe(200);
    const readyAfter = await cms.request('GET', '/api/ready');
    expect(readyAfter.status).toBe(200);
    expect(readyAfter.body).toMatchObject({ database: { ok: true }, search: { ok: true, provider: 'embedded' } });

    // Every acknowledged write is stored, read straight from the restarted server.
    const acknowledged = attempts.filter((a) => a.status === 201);
    const client = new pg.Client({ connectionString: cluster.url('cs_fault') });
    await client.connect();
    const stored = await client.query('SELECT document_id, title FROM listings WHERE title LIKE $1', ['Restart probe %']);
    await client.end();
    const storedIds = new Set(stored.rows.map((row: { document_id: string }) => row.document_id));
    expect(acknowledged.filter((a) => !storedIds.has(a.documentId ?? '')).map((a) => a.title)).toEqual([]);
    // ... and readable through the API.
    const last = acknowledged.at(-1)!;
    const read = await cms.request('GET', `/api/listings/${last.documentId}?locale=de`, { token: world.actors.memberA.token });
    expect(read.status).toBe(200);
    expect(read.body.data.title).toBe(last.title);
  });
});
