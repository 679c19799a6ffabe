import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CMS_DIR = path.join(ROOT, 'cms');
/** The TypeScript projects the CMS loads, in build order (tsc -b follows their references). */
export const PACKAGES = ['config', 'plugins/search', 'plugins/matching', 'plugins/moderation'];

/** The newest modification time of the files under `paths` (skipping dependencies and build output). */
function newestMtime(paths) {
  let newest = 0;
  const visit = (entry) => {
    const stat = statSync(entry, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of readdirSync(entry)) if (name !== 'node_modules' && name !== 'dist' && !name.startsWith('.')) visit(path.join(entry, name));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

/** True when `output` is missing or older than any file under `inputs`. */
function isStale(output, inputs) {
  const built = statSync(output, { throwIfNoEntry: false });
  return !built || built.mtimeMs < newestMtime(inputs);
}

function run(label, args, cwd = ROOT) {
  process.stdout.write(`• ${label}\n`);
  // No usage data leaves the machine (Strapi's is off in cms/package.json, strapi.telemetryDisabled).
  execFileSync(process.execPath, args, { cwd, stdio: 'inherit', env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env } });
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

export const SITE_DIR = path.join(ROOT, 'site');

/** Builds the portal (Astro, server-rendered) into site/dist. */
export function buildSite() {
  run('Building the portal', [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], SITE_DIR);
}

/** Builds the portal when it has not been built yet or its sources (or the shared config) changed since. */
export function buildSiteIfStale() {
  if (isStale(path.join(SITE_DIR, 'dist/server/entry.mjs'), [path.join(SITE_DIR, 'src'), path.join(SITE_DIR, 'astro.config.mjs'), path.join(ROOT, 'config/src')])) buildSite();
}

/** Builds the Strapi admin panel when it has not been built yet or its customisations changed since. */
export function buildAdminIfStale() {
  if (isStale(path.join(CMS_DIR, 'dist/build/index.html'), [path.join(CMS_DIR, 'src/admin'), path.join(ROOT, 'plugins/search/admin'), path.join(ROOT, 'plugins/matching/admin'), path.join(ROOT, 'plugins/moderation/admin')])) buildAdmin();
}
