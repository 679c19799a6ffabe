import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::kind-text.kind-text');
