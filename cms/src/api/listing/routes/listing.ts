import { factories } from '@strapi/strapi';

// Who may call each route is the role's permission (set at bootstrap); these policies add ownership.
export default factories.createCoreRouter('api::listing.listing', {
  config: {
    create: { policies: ['global::is-verified-member'] },
    update: { policies: ['global::is-verified-member', 'api::listing.is-own-listing'] },
    delete: { policies: ['global::is-verified-member', 'api::listing.is-own-listing'] },
  },
});
