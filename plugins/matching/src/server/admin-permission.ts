import type { Core } from '@strapi/strapi';

/** The admin permission behind the Matching page and its routes; editors get it at every start. */
export const MANAGE_ACTION = 'plugin::matching.manage';

export async function registerAdminPermission(strapi: Core.Strapi): Promise<void> {
  const permissions = strapi.service('admin::permission') as any;
  await permissions.actionProvider.registerMany([{ section: 'plugins', displayName: 'Manage matches and urgent requests', uid: 'manage', pluginName: 'matching' }]);
}

/**
 * Gives the Editor and Super Admin roles the permission. Called from the app's bootstrap (cms/src/index.ts), which
 * runs after every plugin's: on a fresh database the admin creates its default roles in its own bootstrap.
 */
export async function grantAdminPermission(strapi: Core.Strapi): Promise<void> {
  const permissions = strapi.service('admin::permission') as any;
  for (const code of ['strapi-editor', 'strapi-super-admin']) {
    const role = await strapi.db.query('admin::role').findOne({ where: { code }, select: ['id'] });
    if (!role) continue;
    const granted = await strapi.db.query('admin::permission').findOne({ where: { action: MANAGE_ACTION, role: { id: role.id } }, select: ['id'] });
    if (!granted) await permissions.createMany([{ action: MANAGE_ACTION, subject: null, properties: {}, conditions: [], role: role.id }]);
  }
}
