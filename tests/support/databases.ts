import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type DatabaseKind = 'sqlite' | 'postgres';

/** The PostgreSQL server the tests create their databases on (trust auth on this machine and in CI). */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  kind: DatabaseKind;
  /** Environment variables that point the CMS at this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** The URL of database `name` on the tests' PostgreSQL server. */
export function postgresUrl(name: string): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A new database of the given kind, dropped again by drop(): empty, or on PostgreSQL a copy of `template`
 * (see template-database.ts).
 */
export async function createTestDatabase(kind: DatabaseKind, options: { template?: string } = {}): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    // In memory-backed /dev/shm where there is one: a test database is thrown away, and the thousands of writes of
    // a CMS's first start then cost no disk syncs.
    const dir = mkdtempSync(path.join(existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'cs-sqlite-'));
    return {
      kind,
      env: { DATABASE_FILENAME: path.join(dir, 'data.db') },
      async drop() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `cs_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}${options.template ? ` TEMPLATE ${options.template}` : ''}`);
  // A test database is thrown away: its commits need not wait for the write-ahead log to reach the disk.
  await admin.query(`ALTER DATABASE ${name} SET synchronous_commit TO off`);
  await admin.end();
  return {
    kind,
    env: { DATABASE_URL: postgresUrl(name) },
    async drop() {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Which database this Vitest project runs its API suite against (set per project in vitest.config.ts). */
export function databaseUnderTest(): DatabaseKind {
  const kind = process.env.TEST_DATABASE ?? 'sqlite';
  if (kind !== 'sqlite' && kind !== 'postgres') throw new Error(`TEST_DATABASE must be sqlite or postgres, got ${kind}`);
  return kind;
}
