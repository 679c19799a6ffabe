import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::kind-text.kind-text');
