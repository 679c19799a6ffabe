import type { Core } from '@strapi/strapi';
import { clearOnWrites, createFreshCache } from '../../../runtime/fresh-cache';

const MUNICIPALITY = 'api::municipality.municipality';

/**
 * How long another instance's edit of a member municipality may take to show on this one's listing and profile
 * pages (an edit here shows at once). The portal keeps the CMS's answers for as long.
 */
export const MUNICIPALITY_CARDS_FRESH_MS = 10_000;

export interface VerifiedMunicipalities {
  byId: Map<number, any>;
  bySlug: Map<string, any>;
}

/**
 * The verified member municipalities with their descriptions, kept in memory: every listing page and profile page
 * shows one, and reading it with the page cost two more round trips to the database, each waiting for a pool
 * connection under load. A few hundred, a few thousand at most: read in two queries.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const cache = createFreshCache<VerifiedMunicipalities>(MUNICIPALITY_CARDS_FRESH_MS);
  let watching = false;

  return {
    async verified(): Promise<VerifiedMunicipalities> {
      if (!watching) {
        watching = true;
        // The descriptions are components of the municipality: editing them is a write to it, which clears too.
        clearOnWrites(strapi, [MUNICIPALITY], cache);
      }
      return cache.get('verified', async () => {
        const rows = await strapi.db.query(MUNICIPALITY).findMany({ where: { verificationStatus: 'verified' }, populate: { descriptions: true } });
        return { byId: new Map(rows.map((row: any) => [row.id, row])), bySlug: new Map(rows.map((row: any) => [row.slug, row])) };
      });
    },
  };
};
