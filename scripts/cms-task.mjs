// Runs one of the CMS's maintenance tasks (cms/src/tasks/<name>.ts) inside a loaded Strapi, without serving HTTP:
//   node scripts/cms-task.mjs import-municipalities PATH
// The database is the one the environment selects (DATABASE_URL, else the embedded SQLite file).
import { createRequire } from 'node:module';
import path from 'node:path';
import { requireNode24 } from './lib/node-version.mjs';
import { CMS_DIR, compileServer } from './lib/build.mjs';

requireNode24();
const [task, ...args] = process.argv.slice(2);
if (!task || !/^[a-z-]+$/.test(task)) {
  console.error('Usage: node scripts/cms-task.mjs TASK [ARGS…]');
  process.exit(2);
}
// A maintenance task never seeds demo data into the database it works on.
process.env.SEED_DEMO = 'false';
// Resolve relative paths against the directory npm was called from, not cms/.
const cwd = process.env.INIT_CWD ?? process.cwd();
const resolvedArgs = args.map((arg) => (arg.startsWith('-') ? arg : path.resolve(cwd, arg)));

compileServer();
const require = createRequire(path.join(CMS_DIR, 'package.json'));
const { createStrapi } = require('@strapi/strapi');
const { run } = require(path.join(CMS_DIR, 'dist/src/tasks', `${task}.js`));
const strapi = await createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist'), serveAdminPanel: false }).load();
let code = 1;
try {
  code = await run(strapi, resolvedArgs);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await strapi.destroy();
}
process.exit(code);
