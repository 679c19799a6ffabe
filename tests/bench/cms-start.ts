// `npm run bench:start`: what a CMS start costs on an empty SQLite database (the first start: schema, permissions,
// locales, roles) and on the same database started again, as every API test file's copy of a prepared database is
// (tests/support/template-database.ts). Prints wall and CPU time of each (CPU includes loading the code).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error: plain ES module without declarations
import { compileServer } from '../../scripts/lib/build.mjs';
import { TEST_CMS_ENV } from '../support/cms-boot.ts';

compileServer();
const dir = mkdtempSync(path.join(os.tmpdir(), 'cs-start-'));
try {
  for (const label of ['empty database (first start)', 'prepared database (a later start)']) {
    const out = execFileSync(process.execPath, [path.join(import.meta.dirname, '../support/first-start.ts')], {
      env: { ...process.env, ...TEST_CMS_ENV, DATABASE_FILENAME: path.join(dir, 'data.db') },
      encoding: 'utf8',
    });
    const line = out.split('\n').find((l) => l.startsWith('@@START '));
    if (!line) throw new Error(`the start printed no timing:\n${out.slice(-2000)}`);
    const { wallMs, cpuMs } = JSON.parse(line.slice('@@START '.length));
    console.log(`${label.padEnd(36)} wall ${(wallMs / 1000).toFixed(1)} s, CPU ${(cpuMs / 1000).toFixed(1)} s`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
