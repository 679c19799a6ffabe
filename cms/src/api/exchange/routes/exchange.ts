import { factories } from '@strapi/strapi';

// Exchanges move by transitions (their own routes), never by a free update.
export default factories.createCoreRouter('api::exchange.exchange', {
  only: ['find', 'findOne', 'create'],
  config: {
    create: { policies: ['global::is-verified-member'] },
  },
});
