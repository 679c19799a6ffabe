import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CMS_DIR = path.join(ROOT, 'cms');
/** The TypeScript projects the CMS loads, in build order (tsc -b follows their references). */
export const PACKAGES = ['config', 'plugins/search'];

function run(label, args, cwd = ROOT) {
  process.stdout.write(`• ${label}\n`);
  execFileSync(process.execPath, args, { cwd, stdio: 'inherit', env: process.env });
}

/** Compiles the shared packages and the plugins (tsc -b: incremental, quick when nothing changed). */
export function compilePackages() {
  run('Compiling the shared packages and plugins', [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-b', ...PACKAGES]);
}

/** Compiles the packages and the CMS's TypeScript into cms/dist. */
export function compileServer() {
  compilePackages();
  run('Compiling the CMS', ['-e', "require('@strapi/strapi').compileStrapi({ appDir: process.cwd() }).then(() => process.exit(0))"], CMS_DIR);
}

/** Builds the Strapi admin panel (about a minute). */
export function buildAdmin() {
  run('Building the Strapi admin panel (about a minute)', [path.join(ROOT, 'node_modules/@strapi/strapi/bin/strapi.js'), 'build', '--minify'], CMS_DIR);
}

/** Builds the Strapi admin panel when it has not been built yet. */
export function buildAdminIfMissing() {
  if (!existsSync(path.join(CMS_DIR, 'dist/build/index.html'))) buildAdmin();
}
