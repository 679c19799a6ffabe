// `npm start`: builds what is missing, then runs the CMS (and the portal, once built) on the embedded defaults:
// SQLite, the embedded search engine, e-mail to a local outbox log, demo data seeded on first start.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { requireNode24 } from './lib/node-version.mjs';
import { CMS_DIR, ROOT, buildAdminIfStale, buildSiteIfStale, compilePackages, compileServer } from './lib/build.mjs';

requireNode24();
compilePackages();
// Check the environment before anything is built or started, so that a bad variable is named at once.
const { loadEnv, EnvError } = await import('@community-sharing/config');
try {
  loadEnv(process.env);
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const cmsPort = Number(process.env.CMS_PORT ?? 1337);
const sitePort = Number(process.env.SITE_PORT ?? 4321);
const cmsUrl = process.env.CMS_URL ?? `http://localhost:${cmsPort}`;

compileServer();
buildAdminIfStale();
buildSiteIfStale();

const children = [];
function startChild(name, args, cwd, env = {}) {
  const child = spawn(process.execPath, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code, signal) => {
    if (shuttingDown) return;
    console.error(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the platform.`);
    shutdown(code ?? 1);
  });
  children.push(child);
  return child;
}

let shuttingDown = false;
function shutdown(code = 0) {
  shuttingDown = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

async function waitFor(url, label, timeoutMs = 15 * 60_000) {
  const started = Date.now();
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${label} did not answer at ${url} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

startChild('The CMS', [path.join(ROOT, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'], CMS_DIR);
await waitFor(`http://127.0.0.1:${cmsPort}/_health`, 'The CMS');

const siteEntry = path.join(ROOT, 'site/server.mjs');
const lines = [`  CMS API and Strapi admin: ${cmsUrl}/admin`];
if (existsSync(path.join(ROOT, 'site/dist/server/entry.mjs'))) {
  startChild('The portal', [siteEntry], path.join(ROOT, 'site'), { PORT: String(sitePort), HOST: process.env.HOST ?? '0.0.0.0', CMS_URL: cmsUrl });
  await waitFor(`http://127.0.0.1:${sitePort}/`, 'The portal', 60_000);
  lines.unshift(`  Portal: http://localhost:${sitePort}`);
}
console.log(`\nCommunity Sharing is running:\n${lines.join('\n')}\nThe demo logins are printed above by the CMS. Stop with Ctrl+C.\n`);
