import type { Core } from '@strapi/strapi';
import { ensureLocales } from './bootstrap/ensure-locales';
import { ensureRoles } from './bootstrap/ensure-roles';
import { registerListingHook } from './document-hooks/listing-hook';
import { backfillMunicipalitySearchNames, registerMunicipalityHook } from './document-hooks/municipality-hook';
import { expireListings } from './scheduled/expire-listings';
import { seedOnFirstStart } from './seed/seed-on-first-start';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerListingHook(strapi);
    registerMunicipalityHook(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await ensureRoles(strapi);
    // Municipalities written before the registration type-ahead existed get their folded search name.
    await backfillMunicipalitySearchNames(strapi);
    // Connect the rate limits' store (Redis when REDIS_URL is set) before the first request counts.
    await (strapi.service('api::account.rate-limit') as any).limits().ready();
    await seedOnFirstStart(strapi);
    // Catch up on expiries missed while the CMS was stopped; the hourly cron does the rest.
    await expireListings(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await (strapi.service('api::account.rate-limit') as any)?.close();
  },
};
