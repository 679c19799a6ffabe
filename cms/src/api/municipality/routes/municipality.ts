import { factories } from '@strapi/strapi';

// Municipalities are created by the importer, registration and editors; members only edit their own profile.
export default factories.createCoreRouter('api::municipality.municipality', {
  only: ['find', 'findOne', 'update'],
  config: {
    update: { policies: ['api::municipality.is-own-municipality'] },
  },
});
