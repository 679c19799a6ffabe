import type { Core } from '@strapi/strapi';
import syncJob from './content-types/sync-job';
import searchController from './http/search-controller';
import searchService from './search-service';
import { registerSyncHooks } from './sync/sync-hooks';

/** The search plugin as Strapi loads it (strapi-server.js at the package root points here). */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerSyncHooks(strapi, () => strapi.plugin('search').service('search').poke());
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.plugin('search').service('search').start();
  },
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await strapi.plugin('search').service('search').close();
  },
  contentTypes: { 'sync-job': syncJob },
  services: { search: searchService },
  controllers: { search: searchController },
  routes: {
    'content-api': {
      type: 'content-api',
      prefix: '',
      routes: [
        { method: 'GET', path: '/search', handler: 'search.search', config: { auth: false } },
        { method: 'GET', path: '/search/status', handler: 'search.status', config: { auth: false } },
      ],
    },
  },
};
