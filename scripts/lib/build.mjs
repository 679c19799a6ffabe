import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CMS_DIR = path.join(ROOT, 'cms');

function run(label, args, cwd = ROOT) {
  process.stdout.write(`• ${label}\n`);
  execFileSync(process.execPath, args, { cwd, stdio: 'inherit', env: process.env });
}

/** Compiles the shared packages and the CMS's TypeScript (incremental: quick when nothing changed). */
export function compileServer() {
  run('Compiling the shared packages', [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'config']);
  run('Compiling the CMS', ['-e', "require('@strapi/strapi').compileStrapi({ appDir: process.cwd() }).then(() => process.exit(0))"], CMS_DIR);
}

/** Builds the Strapi admin panel when it has not been built yet (about a minute). */
export function buildAdminIfMissing() {
  if (existsSync(path.join(CMS_DIR, 'dist/build/index.html'))) return;
  run('Building the Strapi admin panel (first start only, about a minute)', [path.join(ROOT, 'node_modules/@strapi/strapi/bin/strapi.js'), 'build', '--minify'], CMS_DIR);
}
