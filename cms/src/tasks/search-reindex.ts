import type { Core } from '@strapi/strapi';
import { createProgress } from '../seed/progress';

/**
 * `npm run search:reindex`: rebuilds the search index from the database with a progress bar. With Algolia
 * this replaces the shared index (searches keep answering from the old one meanwhile); the embedded engine
 * lives inside each running CMS, so the task also asks running instances, through the outbox, to rebuild.
 */
export async function run(strapi: Core.Strapi): Promise<number> {
  const search = strapi.plugin('search').service('search');
  const total = await strapi.db.query('api::listing.listing').count({ where: { moderationStatus: 'published' } });
  const progress = createProgress('Reindexing', total);
  const started = Date.now();
  const indexed = await search.reindex((read: number) => progress.update(Math.min(read, total)));
  progress.update(total);
  progress.stop();
  await search.requestFullReindex();
  console.log(`Indexed ${indexed} listings with the ${search.provider().name} provider in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
}
