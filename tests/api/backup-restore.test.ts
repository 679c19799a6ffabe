// A backup and restore of the CMS database that loses nothing. On PostgreSQL: pg_dump -Fc, pg_restore into a new
// database, every table's row count and a checksum of its contents compared, then the CMS booted on the restored
// database answers a listing and logs a member in. On SQLite: the same round trip through SQLite's online backup API.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTwoMonths } from '../support/dates';
import { POSTGRES_ADMIN_URL, databaseUnderTest } from '../support/databases';
import { PASSWORD, buildWorld, createListing, type World } from '../support/fixtures';
import { startCmsProcess } from '../support/cms-process';
import { postgresBinDir } from '../support/private-postgres';
import { startTestCms, type TestCms } from '../support/strapi-instance';

const kind = databaseUnderTest();
const work = mkdtempSync(path.join(os.tmpdir(), 'cs-backup-'));
let cms: TestCms | undefined;
let world: World;
/** Listings written in several languages and scripts: documentId -> [locale, title]. */
const written = new Map<string, [string, string]>();
let exchangeId: string;

/** Per table: row count and a checksum of every row's contents. */
type Contents = Record<string, { rows: number; checksum: string }>;

async function postgresContents(url: string): Promise<Contents> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    const contents: Contents = {};
    for (const { tablename } of tables.rows) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS checksum FROM "${tablename}" t`,
      );
      contents[tablename] = rows[0];
    }
    return contents;
  } finally {
    await client.end();
  }
}

function sqliteContents(file: string): Contents {
  const Database = createRequire(path.resolve(import.meta.dirname, '../../cms/package.json'))('better-sqlite3');
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[];
    const contents: Contents = {};
    for (const { name } of tables) {
      const rows = db.prepare(`SELECT * FROM "${name}"`).raw().all().map((row: unknown[]) => JSON.stringify(row)).sort();
      contents[name] = { rows: rows.length, checksum: createHash('md5').update(rows.join('\n')).digest('hex') };
    }
    return contents;
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  cms = await startTestCms();
  world = await buildWorld(cms);
  const samples: [string, string, string][] = [
    ['bg', 'Пожарна стълба, 12 метра', 'Алуминиева, с документи.'],
    ['de', 'Tragkraftspritze abzugeben', 'Funktionsfähig, mit Schläuchen.'],
    ['el', 'Σχολικά θρανία για δωρεά', 'Τριάντα θρανία σε καλή κατάσταση.'],
    ['sr-Cyrl', 'Тражимо волонтере за чишћење реке', 'Субота ујутру, опрема обезбеђена.'],
    ['ga', 'Ríomhairí glúine le tabhairt', 'Fiche ríomhaire, glan agus réidh.'],
    ['mt', 'Għodda tal-ġnien għad-donazzjoni', 'Ħames kaxxi ta\' għodda.'],
  ];
  for (const [locale, title, description] of samples) {
    written.set(await createListing(cms, world.municipalities.A, { title, description, kind: 'goods', cpvCodes: ['39160000'] }, locale), [locale, title]);
  }
  // One through the API as a member, as the portal writes.
  const created = await cms.request('POST', '/api/listings?locale=pl', {
    token: world.actors.memberA.token,
    body: { data: { type: 'request', kind: 'equipment', cpvCodes: ['34144210'], title: 'Szukamy wozu strażackiego', description: 'Używany, sprawny.', expiresAt: inTwoMonths() } },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  written.set(created.body.data.documentId, ['pl', 'Szukamy wozu strażackiego']);
  const exchange = await cms.request('POST', '/api/exchanges', {
    token: world.actors.memberB.token,
    body: { data: { listing: world.listings.publishedA, message: 'Guten Tag, wir hätten großes Interesse an dem Fahrzeug.' } },
  });
  expect(exchange.status, JSON.stringify(exchange.body)).toBe(201);
  exchangeId = exchange.body.data.documentId;
  // Let the background work settle (search outbox, matching and the notifications it sends, the mail outbox),
  // so that the dump and the snapshot are of a quiet database.
  let last = '';
  for (let round = 0; round < 20; round += 1) {
    await cms.strapi.plugin('search').service('search').drain();
    await cms.strapi.plugin('matching').service('matching').idle();
    await cms.strapi.service('api::mail-job.mail-job').drain();
    const counts = JSON.stringify(
      await Promise.all(['api::notification.notification', 'api::mail-job.mail-job', 'plugin::matching.match', 'plugin::search.sync-job'].map((uid) => cms!.strapi.db.query(uid).count())),
    );
    if (counts === last) break;
    last = counts;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
});

afterAll(async () => {
  await cms?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Calls a CMS at `baseUrl`. */
async function call(baseUrl: string, method: string, urlPath: string, options: { token?: string; body?: unknown } = {}) {
  const response = await fetch(`${baseUrl}${urlPath}`, {
    method,
    headers: { ...(options.body ? { 'content-type': 'application/json' } : {}), ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: options.body ? JSON.stringify(options.body) : undefined,
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as any };
}

/** Boots a second CMS (its own process) on the restored database and reads what the first one wrote. */
async function readBack(restoredEnv: Record<string, string>) {
  const restored = await startCmsProcess(restoredEnv);
  try {
    // Ready: the database answers and the search index was rebuilt from the copy.
    const ready = await call(restored.baseUrl, 'GET', '/api/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ready', database: { ok: true }, search: { ok: true, provider: 'embedded' } });
    expect(ready.body.search.indexed).toBeGreaterThan(0);
    expect((await call(restored.baseUrl, 'GET', '/api/health')).body.status).toBe('ok');
    // Passwords (hashes) survived: the members log in on the copy. A sees its own listings in every state.
    const loginA = await call(restored.baseUrl, 'POST', '/api/auth/local', { body: { identifier: 'member.a@example.eu', password: PASSWORD } });
    expect(loginA.status).toBe(200);
    for (const [documentId, [locale, title]] of written) {
      const listing = await call(restored.baseUrl, 'GET', `/api/listings/${documentId}?locale=${locale}`, { token: loginA.body.jwt });
      expect(listing.status, `${locale} ${title}`).toBe(200);
      expect(listing.body.data.title).toBe(title);
    }
    const login = await call(restored.baseUrl, 'POST', '/api/auth/local', { body: { identifier: 'member.b@example.eu', password: PASSWORD } });
    expect(login.status).toBe(200);
    const exchange = await call(restored.baseUrl, 'GET', `/api/exchanges/${exchangeId}`, { token: login.body.jwt });
    expect(exchange.status).toBe(200);
    expect(exchange.body.data.state).toBe('requested');
    // The restored CMS takes writes again.
    const created = await call(restored.baseUrl, 'POST', '/api/listings?locale=de', {
      token: login.body.jwt,
      body: { data: { type: 'offer', kind: 'goods', cpvCodes: ['39160000'], title: 'Nach der Wiederherstellung', description: 'Geschrieben nach dem Restore.', expiresAt: inTwoMonths() } },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  } finally {
    await restored.stop();
  }
}

describe(`backup and restore (${kind})`, () => {
  if (kind === 'postgres') {
    it('pg_dump -Fc and pg_restore into a new database lose nothing, and the CMS runs on the copy', async () => {
      const bin = postgresBinDir();
      const sourceUrl = cms!.database.env.DATABASE_URL;
      const dump = path.join(work, 'cms.dump');
      execFileSync(path.join(bin, 'pg_dump'), ['--format=custom', '--no-owner', '--file', dump, sourceUrl], { stdio: 'pipe' });
      expect(statSync(dump).size).toBeGreaterThan(10_000);

      const restoredName = `cs_restored_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${restoredName}`);
      await admin.end();
      const restoredUrl = new URL(POSTGRES_ADMIN_URL);
      restoredUrl.pathname = `/${restoredName}`;
      try {
        execFileSync(path.join(bin, 'pg_restore'), ['--no-owner', '--exit-on-error', '--single-transaction', '--dbname', restoredUrl.toString(), dump], { stdio: 'pipe' });

        const [source, restored] = await Promise.all([postgresContents(sourceUrl), postgresContents(restoredUrl.toString())]);
        expect(Object.keys(source).length).toBeGreaterThan(20);
        expect(source.listings.rows).toBeGreaterThanOrEqual(10);
        expect(source.exchanges.rows).toBeGreaterThan(0);
        expect(restored).toEqual(source);

        await readBack({ DATABASE_URL: restoredUrl.toString() });
      } finally {
        const cleanup = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`);
        await cleanup.end();
      }
    });
  } else {
    it('the SQLite online backup API copies every row while the CMS runs, and the CMS runs on the copy', async () => {
      const sourceFile = cms!.database.env.DATABASE_FILENAME;
      const backupFile = path.join(work, 'backup.db');
      const Database = createRequire(path.resolve(import.meta.dirname, '../../cms/package.json'))('better-sqlite3');
      const live = new Database(sourceFile);
      try {
        await live.backup(backupFile);
      } finally {
        live.close();
      }
      const [source, restored] = [sqliteContents(sourceFile), sqliteContents(backupFile)];
      expect(Object.keys(source).length).toBeGreaterThan(20);
      expect(source.listings.rows).toBeGreaterThanOrEqual(10);
      expect(source.exchanges.rows).toBeGreaterThan(0);
      expect(restored).toEqual(source);

      await readBack({ DATABASE_FILENAME: backupFile });
    });
  }
});
