import type { Core } from '@strapi/strapi';
import { registerContentManagerAudit } from './content-manager-audit';
import editorCountry from './content-types/editor-country';
import moderationController from './http/moderation-controller';
import moderationService from './moderation-service';
import { ADMIN_ACTIONS, countryCondition } from './permissions';
import routes from './routes';

import { ensureEditorRoles, setEditorCountries } from './editor-roles';

/** The moderation plugin as Strapi loads it (strapi-server.js at the package root points here). */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerContentManagerAudit(strapi);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Before the admin's own bootstrap, which drops stored permissions whose action or condition is unknown.
    const permissions = strapi.service('admin::permission');
    await permissions.actionProvider.registerMany(ADMIN_ACTIONS);
    await permissions.conditionProvider.register(countryCondition(strapi));
  },
  contentTypes: { 'editor-country': editorCountry },
  services: {
    moderation: moderationService,
    // Called by the CMS's bootstrap, after the admin's: roles need the admin's roles and conditions in place.
    editors: ({ strapi }: { strapi: Core.Strapi }) => ({
      ensureRoles: () => ensureEditorRoles(strapi),
      setCountries: (adminUserId: number, countries: string[], note?: string) => setEditorCountries(strapi, adminUserId, countries, note),
    }),
  },
  controllers: { moderation: moderationController },
  routes,
};
