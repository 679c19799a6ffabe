import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
// @ts-expect-error: a plain ES module of the repository's scripts, without type declarations
import { PACKAGES, ROOT } from '../../scripts/lib/build.mjs';
import { CMS_DIR, TEST_CMS_ENV } from './cms-boot';
import { createTestDatabase, POSTGRES_ADMIN_URL, postgresUrl, type DatabaseKind, type TestDatabase } from './databases';

/**
 * Why: a CMS's first start on an empty database (Strapi's schema sync, permissions, the 30 locales, roles) costs
 * about 29 s of CPU; a start on a database that has been through it about 12 s (npm run bench:start). So each API
 * test file gets a copy of one database that a first start has prepared, once per build of the CMS: a file copy on
 * SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL. Every start still runs the whole bootstrap, as a production restart does;
 * tests/api/bootstrap.test.ts starts on an empty database to cover the first start itself.
 */
export async function createPreparedTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const key = buildKey();
  if (kind === 'sqlite') {
    const template = path.join(TEMPLATE_DIR, `cs-template-${key}.db`);
    if (!existsSync(template)) prepareSqliteTemplate(template);
    const database = await createTestDatabase('sqlite');
    copyFileSync(template, database.env.DATABASE_FILENAME);
    return database;
  }
  const template = `cs_template_${key}`;
  if (!(await postgresDatabaseExists(template))) await preparePostgresTemplate(template);
  return createTestDatabase('postgres', { template });
}

const TEMPLATE_DIR = existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
const BUILD_OUTPUT = [path.join(CMS_DIR, 'dist'), ...(PACKAGES as string[]).map((p) => path.join(ROOT, p, 'dist'))];

let cachedKey: string | undefined;
/** A hash of the compiled CMS, plugins and config (and the lockfile): a new build gets a new template. */
function buildKey(): string {
  if (cachedKey) return cachedKey;
  const hash = createHash('sha1');
  const visit = (entry: string) => {
    if (statSync(entry).isDirectory()) for (const name of readdirSync(entry).sort()) visit(path.join(entry, name));
    else hash.update(path.relative(CMS_DIR, entry)).update(readFileSync(entry));
  };
  BUILD_OUTPUT.forEach(visit);
  hash.update(readFileSync(path.join(ROOT, 'package-lock.json')));
  return (cachedKey = hash.digest('hex').slice(0, 16));
}

/** Starts the CMS once, in a child process, on the database `env` names. */
function runFirstStart(env: Record<string, string>) {
  execFileSync(process.execPath, [path.join(import.meta.dirname, 'first-start.ts')], {
    env: { ...process.env, ...TEST_CMS_ENV, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

// Two files that miss the template at once both prepare one; each renames its own into place, the second finding
// it there, so a reader never sees a half-prepared template. Templates of earlier builds are removed.
function prepareSqliteTemplate(template: string) {
  const building = `${template}.${process.pid}.building`;
  rmSync(building, { force: true });
  runFirstStart({ DATABASE_FILENAME: building });
  renameSync(building, template);
  for (const name of readdirSync(TEMPLATE_DIR)) {
    const file = path.join(TEMPLATE_DIR, name);
    if (/^cs-template-\w+\.db$/.test(name) && file !== template && Date.now() - statSync(file).mtimeMs > 3_600_000) rmSync(file, { force: true });
  }
}

async function preparePostgresTemplate(template: string) {
  const building = `${template}_${process.pid}`;
  await adminQuery(`DROP DATABASE IF EXISTS ${building}`);
  await adminQuery(`CREATE DATABASE ${building}`);
  runFirstStart({ DATABASE_URL: postgresUrl(building) });
  try {
    await adminQuery(`ALTER DATABASE ${building} RENAME TO ${template}`);
  } catch (error) {
    if ((error as { code?: string }).code !== '42P04') throw error; // 42P04: another file's template got there first
    await adminQuery(`DROP DATABASE ${building}`);
  }
  // Earlier builds' templates; one still being copied from is left for next time.
  const { rows } = await adminQuery(`SELECT datname FROM pg_database WHERE datname ~ '^cs_template_[0-9a-f]{16}$' AND datname <> $1`, [template]);
  for (const { datname } of rows) await adminQuery(`DROP DATABASE ${datname}`).catch(() => undefined);
}

async function postgresDatabaseExists(name: string): Promise<boolean> {
  const { rowCount } = await adminQuery('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  return rowCount === 1;
}

async function adminQuery(sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}
