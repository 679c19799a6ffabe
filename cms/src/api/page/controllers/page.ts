import { factories } from '@strapi/strapi';
import { publishedOnly } from '../../../access/published-only';

export default factories.createCoreController('api::page.page', () => ({
  async find(ctx) {
    publishedOnly(ctx);
    return super.find(ctx);
  },
  async findOne(ctx) {
    publishedOnly(ctx);
    return super.findOne(ctx);
  },
}));
