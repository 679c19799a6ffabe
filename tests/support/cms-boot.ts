// Loading and stopping the compiled CMS in this process: shared by the API suites (strapi-instance.ts), the
// template builder (first-start.ts) and the benchmarks (bench-cms.ts), which Node runs directly; hence no imports
// of the tests' own modules.
import { createRequire } from 'node:module';
import path from 'node:path';

export const CMS_DIR = path.resolve(import.meta.dirname, '../../cms');

/** The environment every test CMS starts with; a test's own variables and its database come on top. */
export const TEST_CMS_ENV = {
  NODE_ENV: 'test',
  SEED_DEMO: 'false',
  LOG_LEVEL: 'warn',
  CMS_PORT: '1337', // not listened on: a test serves the API on a free port of its own
};

/** Loads the compiled CMS on the environment as it is; the admin panel is not served. */
export async function createCms(): Promise<any> {
  // The CommonJS build, as the CLI loads it: the app's compiled code requires the same instances (error
  // classes included), which the ESM build would duplicate.
  const { createStrapi } = createRequire(path.join(CMS_DIR, 'package.json'))('@strapi/strapi');
  return createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist'), serveAdminPanel: false, autoReload: false } as any).load();
}

/** Loads the CMS (compiled by the global setup) with the tests' environment and `env` added to process.env. */
export async function loadCms(env: Record<string, string>): Promise<any> {
  Object.assign(process.env, TEST_CMS_ENV, env);
  return createCms();
}

/**
 * Stops the plugins' background work (search outbox worker, matching catch-up, mail worker), so it never meets a
 * closed pool, then closes the database. Not strapi.destroy(): it removes the process listeners Vitest needs.
 */
export async function stopCms(strapi: any): Promise<void> {
  strapi.plugin('search').service('search').stop();
  strapi.plugin('matching').service('matching').stop();
  await strapi.service('api::mail-job.mail-job').stop();
  await strapi.db.destroy();
}
