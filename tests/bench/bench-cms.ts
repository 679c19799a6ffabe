// The CMS as the benchmarks load it: compiled, the portal built if stale, loaded in this process (not yet
// listening), with the search sync worker stopped, since bulkLoadListings writes around the Document Service
// and the worker must not race it (a benchmark calls search.start() once its data is in).
// @ts-expect-error: plain ES module without declarations
import { buildSiteIfStale, compileServer } from '../../scripts/lib/build.mjs';
import { createCms } from '../support/cms-boot.ts';

/** Strapi, loaded on the database the environment names, with its search service stopped. */
export async function loadBenchCms(): Promise<any> {
  compileServer();
  buildSiteIfStale();
  const strapi = await createCms();
  strapi.plugin('search').service('search').stop();
  return strapi;
}
