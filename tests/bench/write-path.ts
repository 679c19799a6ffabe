// `npm run bench:write [-- postgres|sqlite] [writes]`: what one member's listing write (POST /api/listings?locale=en)
// costs the CMS, in figures that do not depend on the machine's load: database queries per write (and of those,
// transaction statements: BEGIN, SAVEPOINT, COMMIT, RELEASE), the distinct SQL shapes of one write with their
// counts, and the CPU time of this process per write (process.cpuUsage: the CMS and the loopback HTTP client,
// the same client before and after a change; it includes 50 ms of idle waiting for the write's last query, which
// costs next to no CPU). Boots the CMS on a fresh database (PostgreSQL by default, at
// TEST_POSTGRES_URL), which it drops again. Not run by the tests; tests/api/write-path-queries.test.ts guards the
// query count.
//
// Only the request's own work is counted: the search outbox worker and the matching refresh, which run after the
// write has committed and off the request, are held back while measuring.
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createTestDatabase, type DatabaseKind } from '../support/databases.ts';
import { createMember, createMunicipality } from '../support/fixtures.ts';
import type { TestCms } from '../support/strapi-instance.ts';
// @ts-expect-error: plain ES module without declarations
import { compileServer } from '../../scripts/lib/build.mjs';

const KIND = (process.argv.find((arg) => arg === 'sqlite' || arg === 'postgres') ?? 'postgres') as DatabaseKind;
const WRITES = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 20);
const CMS_DIR = path.resolve(import.meta.dirname, '../../cms');

const database = await createTestDatabase(KIND);
Object.assign(process.env, { NODE_ENV: 'development', SEED_DEMO: 'false', LOG_LEVEL: 'warn', ...database.env });
compileServer();
const { createStrapi } = createRequire(path.join(CMS_DIR, 'package.json'))('@strapi/strapi');
const strapi = await createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist'), serveAdminPanel: false, autoReload: false }).load();
strapi.server.mount();
const httpServer = strapi.server.httpServer;
await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

/** Just enough of the tests' TestCms for the fixtures that create a municipality and a member. */
const cms = {
  strapi,
  baseUrl,
  database,
  async request(method: string, urlPath: string, options: { token?: string; body?: unknown } = {}) {
    const response = await fetch(`${baseUrl}${urlPath}`, {
      method,
      headers: { ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}), ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  },
  async stop() {},
} as TestCms;

/** Every query the CMS sends, tagged with whether a request (Strapi's request context) sent it. */
interface SentQuery {
  sql: string;
  inRequest: boolean;
  /** Where the query came from (WRITE_BENCH_STACKS=1 only): the app's and Strapi's frames, not knex's. */
  stack?: string;
}
const STACKS = process.env.WRITE_BENCH_STACKS === '1';
if (STACKS) Error.stackTraceLimit = 80;
let recording: SentQuery[] | null = null;
strapi.db.connection.on('query', (query: { sql: string }) => {
  recording?.push({ sql: query.sql, inRequest: strapi.requestContext.get() !== undefined, stack: STACKS ? callers() : undefined });
});
/** Resolves once no query has been sent for 50 ms. */
async function settled(): Promise<void> {
  let seen = -1;
  while (recording && recording.length !== seen) {
    seen = recording.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function callers(): string {
  const frames = (new Error().stack ?? '').split('\n').slice(2).filter((line) => !/node_modules\/(knex|pg|better-sqlite3)\/|node:internal|node:events|write-path\.ts|<anonymous>/.test(line));
  return frames.slice(0, 8).map((line) => line.trim().replace(/^at /, '').replace(/\(.*node_modules\//, '(').replace(/\(.*\/(cms|plugins)\//, '($1/')).join(' < ');
}
const TRANSACTION_STATEMENT = /^(begin|commit|rollback|savepoint|release savepoint|rollback to savepoint)\b/i;

let exitCode = 0;
try {
  // Background work that follows a write, held back so that the request's own work is what gets counted.
  strapi.plugin('search').service('search').stop();
  strapi.plugin('matching').service('matching').stop();
  const matching = strapi.plugin('matching').service('matching');
  const matchingEnqueue = matching.enqueue;
  matching.enqueue = () => undefined;
  await strapi.service('api::mail-job.mail-job').stop();

  const municipality = await createMunicipality(cms, { name: 'Бургас', country: 'BG', verificationStatus: 'verified', officialCode: 'BG_BGS04' });
  const token = await createMember(cms, 'member.bench@example.eu', 'member', municipality);
  const expiresAt = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const write = (n: number) =>
    cms.request('POST', '/api/listings?locale=en', {
      token,
      body: { data: { type: 'offer', kind: 'goods', cpvCodes: ['39160000'], title: `Bench: school desks to give away ${n}`, description: 'Thirty desks and sixty chairs, collected by the receiver.', expiresAt } },
    });

  // Warm-up: the first requests compile code paths and fill what Strapi keeps in memory.
  for (let n = 0; n < 3; n++) {
    const response = await write(n);
    if (response.status !== 201) throw new Error(`the warm-up write failed: ${response.status} ${JSON.stringify(response.body)}`);
  }

  const perWrite: SentQuery[][] = [];
  /** How many of each write's queries were sent before its answer arrived. */
  const answeredAfter: number[] = [];
  let cpuMicros = 0;
  for (let n = 0; n < WRITES; n++) {
    recording = [];
    const cpu = process.cpuUsage();
    const response = await write(100 + n);
    answeredAfter.push(recording.filter((q) => q.inRequest).length);
    // What follows the commit off the request's path (Strapi's re-read for an entry.create webhook, when one is
    // configured): wait for it, so that each write is charged its own queries.
    await settled();
    const used = process.cpuUsage(cpu);
    cpuMicros += used.user + used.system;
    perWrite.push(recording);
    recording = null;
    if (response.status !== 201) throw new Error(`write ${n} failed: ${response.status} ${JSON.stringify(response.body)}`);
  }

  const counts = perWrite.map((queries) => queries.filter((q) => q.inRequest).length);
  const transactionCounts = perWrite.map((queries) => queries.filter((q) => q.inRequest && TRANSACTION_STATEMENT.test(q.sql)).length);
  const outside = perWrite.reduce((sum, queries) => sum + queries.filter((q) => !q.inRequest).length, 0);
  const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
  const shapes = new Map<string, number>();
  for (const query of perWrite.at(-1)!.filter((q) => q.inRequest)) shapes.set(query.sql, (shapes.get(query.sql) ?? 0) + 1);

  console.log(`\nOne listing write, POST /api/listings?locale=en, ${WRITES} writes on ${KIND} (Node ${process.version})`);
  console.log(`queries per write:                   ${mean(counts).toFixed(1)} (min ${Math.min(...counts)}, max ${Math.max(...counts)})`);
  console.log(`  of which before the answer:        ${mean(answeredAfter).toFixed(1)} (the rest: after the commit, alongside the answer, e.g. the re-read for an entry.create webhook when one is configured)`);
  console.log(`  of which transaction statements:   ${mean(transactionCounts).toFixed(1)} (BEGIN/SAVEPOINT/COMMIT/RELEASE)`);
  console.log(`CPU per write (this process):        ${(cpuMicros / WRITES / 1000).toFixed(1)} ms`);
  console.log(`queries outside any request meanwhile: ${outside}`);
  console.log('\nThe last write, statement by statement shape (count × SQL, in order of first appearance):');
  for (const [sql, count] of shapes) console.log(`${String(count).padStart(3)} × ${sql.length > 220 ? `${sql.slice(0, 220)}…` : sql}`);
  if (STACKS) {
    console.log('\nThe last write, query by query, with its callers:');
    for (const query of perWrite.at(-1)!.filter((q) => q.inRequest)) console.log(`- ${query.sql.slice(0, 120)}\n    ${query.stack}`);
  }
  matching.enqueue = matchingEnqueue;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  httpServer.closeAllConnections();
  await new Promise<void>((resolve) => httpServer.close(() => resolve()));
  await strapi.db.destroy().catch(() => undefined);
  await database.drop();
}
process.exit(exitCode);
