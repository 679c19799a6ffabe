import type { Core } from '@strapi/strapi';
import { ROLE_DEFINITIONS } from '../access/roles';

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';

/** Creates the portal's roles and sets their permissions to exactly ROLE_DEFINITIONS; running it twice changes nothing. */
export async function ensureRoles(strapi: Core.Strapi): Promise<void> {
  for (const definition of ROLE_DEFINITIONS) {
    let role = await strapi.db.query(ROLE_UID).findOne({ where: { type: definition.type } });
    if (!role) {
      role = await strapi.db.query(ROLE_UID).create({ data: { type: definition.type, name: definition.name, description: definition.description } });
    } else if (role.name !== definition.name || role.description !== definition.description) {
      await strapi.db.query(ROLE_UID).update({ where: { id: role.id }, data: { name: definition.name, description: definition.description } });
    }
    const granted = await strapi.db.query(PERMISSION_UID).findMany({ where: { role: role.id }, select: ['id', 'action'], orderBy: { id: 'asc' } });
    const wanted = new Set(definition.actions);
    const have = new Set(granted.map((permission: { action: string }) => permission.action));
    const surplus = granted.filter((permission: { action: string }) => !wanted.has(permission.action)).map((permission: { id: number }) => permission.id);
    if (surplus.length) await strapi.db.query(PERMISSION_UID).deleteMany({ where: { id: { $in: surplus } } });
    for (const action of definition.actions) {
      if (!have.has(action)) await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
    }
  }
  // A new registration starts as a pending member until an editor verifies the municipality.
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = ((await store.get()) as Record<string, unknown>) ?? {};
  if (advanced.default_role !== 'pending-member') await store.set({ value: { ...advanced, default_role: 'pending-member' } });
}
