// `npm test`: every test of the workspace (unit, the API suite on SQLite and on PostgreSQL, browser suites).
// PostgreSQL must listen on 127.0.0.1:5432 (TEST_POSTGRES_URL overrides); .ci/run starts it when it is down.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { requireNode24 } from './lib/node-version.mjs';
import { ROOT } from './lib/build.mjs';

requireNode24();
const vitest = path.join(ROOT, 'node_modules/vitest/vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
process.exit(result.status ?? 1);
