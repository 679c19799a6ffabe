import { factories } from '@strapi/strapi';

// Municipalities are created by the importer, registration and editors; members only edit their own profile.
// The `listings` relation is private (schema.json): populating it (?populate=*) bypassed the listing visibility
// filter and showed anyone a municipality's pending and rejected listings. Listings are read through /api/listings.
export default factories.createCoreRouter('api::municipality.municipality', {
  only: ['find', 'findOne', 'update'],
  config: {
    update: { policies: ['api::municipality.is-own-municipality'] },
  },
});
