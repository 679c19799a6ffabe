import type { StrapiApp } from '@strapi/strapi/admin';

// The editors work in the admin in their own language; these are the admin UI languages offered.
export default {
  config: {
    locales: ['bg', 'cs', 'de', 'el', 'es', 'fr', 'hu', 'it', 'nl', 'pl', 'pt', 'ro', 'sk', 'sv', 'hr', 'sl', 'da', 'fi', 'et', 'lt', 'lv'],
  },
  bootstrap(_app: StrapiApp) {},
};
