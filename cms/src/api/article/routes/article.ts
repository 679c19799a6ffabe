import { factories } from '@strapi/strapi';

// Read-only on the content API: editors write in the admin.
export default factories.createCoreRouter('api::article.article', { only: ['find', 'findOne'] });
