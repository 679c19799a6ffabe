// The CMS as the benchmarks load it: compiled, the portal built if stale, loaded in this process (not yet
// listening), with the search sync worker stopped, since bulkLoadListings writes around the Document Service
// and the worker must not race it (a benchmark calls search.start() once its data is in).
import { createRequire } from 'node:module';
import path from 'node:path';
// @ts-expect-error: plain ES module without declarations
import { buildSiteIfStale, compileServer } from '../../scripts/lib/build.mjs';

const CMS_DIR = path.resolve(import.meta.dirname, '../../cms');

/** Strapi, loaded on the database the environment names, with its search service stopped. */
export async function loadBenchCms(): Promise<any> {
  compileServer();
  buildSiteIfStale();
  const { createStrapi } = createRequire(path.join(CMS_DIR, 'package.json'))('@strapi/strapi');
  const strapi = await createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist'), serveAdminPanel: false }).load();
  strapi.plugin('search').service('search').stop();
  return strapi;
}
