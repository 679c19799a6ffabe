import type { Core } from '@strapi/strapi';
import { LOCALE_CODES } from '@community-sharing/config';
import { ACTIONS, CONDITION_ID, EDITOR_COUNTRY_UID } from './permissions';

export const COUNTRY_EDITOR_ROLE = { name: 'Country editor', description: "Moderates the municipalities, listings and reports of the editor's own country (see Editor country)." };

const COUNTRY_SUBJECTS = ['api::municipality.municipality', 'api::listing.listing', 'api::report.report'];
const CM_ACTIONS = ['plugin::content-manager.explorer.read', 'plugin::content-manager.explorer.update'];
/** Only super admins read the audit log and keep the editors' countries. */
const SUPER_ADMIN_ONLY_SUBJECTS = ['api::audit-entry.audit-entry', EDITOR_COUNTRY_UID];

/** The national editors curate these in every locale (pages, news, the kinds' texts) besides moderating. */
const CURATED_SUBJECTS = ['api::page.page', 'api::article.article', 'api::kind-text.kind-text'];
const ALL_CM_ACTIONS = [...CM_ACTIONS, 'plugin::content-manager.explorer.create', 'plugin::content-manager.explorer.delete', 'plugin::content-manager.explorer.publish'];

/** Content Manager permissions for `actions` on `subjects` (where the action applies), every field and every locale. */
function contentManagerPermissions(strapi: Core.Strapi, actionIds: string[], subjects: string[], conditions: string[]) {
  const actionProvider = strapi.service('admin::permission').actionProvider;
  const actions = actionIds
    .map((id) => actionProvider.get(id))
    .filter(Boolean)
    .map((action: any) => ({ ...action, subjects: (action.subjects ?? []).filter((subject: string) => subjects.includes(subject)) }));
  const withFields = strapi.service('admin::content-type').getPermissionsWithNestedFields(actions);
  return withFields.map((permission: any) => ({
    action: permission.action,
    subject: permission.subject,
    properties: {
      ...permission.properties,
      // Localized types: every locale (without a list the i18n permission hook allows none).
      ...((strapi.contentTypes as any)[permission.subject]?.pluginOptions?.i18n?.localized ? { locales: [...LOCALE_CODES] } : {}),
    },
    conditions,
  }));
}

/**
 * Fields a country editor changes only through the Moderation page, whose actions are audited and e-mailed: the
 * Content Manager's update permission leaves them out.
 */
const DECISION_FIELDS: Record<string, string[]> = {
  'api::listing.listing': ['moderationStatus', 'rejectionReason', 'publishedOn'],
  'api::municipality.municipality': ['verificationStatus', 'verifiedAt', 'verifiedBy', 'verificationNote', 'trusted'],
  'api::report.report': ['status', 'resolution'],
};

/** The Content Manager permissions of the country editor, all under the "is in the editor's country" condition. */
function countryEditorPermissions(strapi: Core.Strapi) {
  const contentManager = contentManagerPermissions(strapi, CM_ACTIONS, COUNTRY_SUBJECTS, [CONDITION_ID]).map((permission: any) => {
    const excluded = permission.action === 'plugin::content-manager.explorer.update' ? DECISION_FIELDS[permission.subject] ?? [] : [];
    if (!excluded.length || !Array.isArray(permission.properties.fields)) return permission;
    const fields = permission.properties.fields.filter((field: string) => !excluded.some((name) => field === name || field.startsWith(`${name}.`)));
    return { ...permission, properties: { ...permission.properties, fields } };
  });
  const plugin = [ACTIONS.read, ACTIONS.verify, ACTIONS.moderate].map((action) => ({ action, subject: null, properties: {}, conditions: [CONDITION_ID] }));
  return [...contentManager, ...plugin];
}

/**
 * Run at every start (after the admin's own bootstrap): the "Country editor" role gets exactly its conditioned
 * permissions; the national "Editor" role may use the moderation page everywhere; only super admins keep the
 * audit log and the editor-country mapping in the Content Manager.
 */
export async function ensureEditorRoles(strapi: Core.Strapi): Promise<{ countryEditorRoleId: number }> {
  const roles = strapi.service('admin::role');
  let countryEditor = await strapi.db.query('admin::role').findOne({ where: { name: COUNTRY_EDITOR_ROLE.name } });
  if (!countryEditor) countryEditor = await roles.create(COUNTRY_EDITOR_ROLE);
  await roles.assignPermissions(countryEditor.id, countryEditorPermissions(strapi));

  const editor = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
  if (editor) {
    const existing = await strapi.db.query('admin::permission').findMany({ where: { role: { id: editor.id }, action: { $in: Object.values(ACTIONS) } }, select: ['action'] });
    const missing = [ACTIONS.read, ACTIONS.verify, ACTIONS.moderate].filter((action) => !existing.some((p: any) => p.action === action));
    if (missing.length) await roles.addPermissions(editor.id, missing.map((action) => ({ action, subject: null, properties: {}, conditions: [] })));
    await ensureEditorContentManager(strapi, editor.id);
  }

  const superAdmin = await roles.getSuperAdmin();
  const leaks = await strapi.db.query('admin::permission').findMany({
    where: { subject: { $in: SUPER_ADMIN_ONLY_SUBJECTS }, role: { id: { $ne: superAdmin?.id ?? 0 } } },
    select: ['id'],
  });
  if (leaks.length) await strapi.service('admin::permission').deleteByIds(leaks.map((p: any) => p.id));
  return { countryEditorRoleId: countryEditor.id };
}

/**
 * The national editor's Content Manager rights on what they moderate and curate: added where missing, and an
 * existing permission on a localized type that names no locale at all is given every locale. Restrictions a
 * super admin chose (a list of locales, fewer fields) are left as they are.
 */
async function ensureEditorContentManager(strapi: Core.Strapi, roleId: number): Promise<void> {
  const wanted = contentManagerPermissions(strapi, ALL_CM_ACTIONS, [...COUNTRY_SUBJECTS, ...CURATED_SUBJECTS], []);
  const existing = await strapi.db.query('admin::permission').findMany({
    where: { role: { id: roleId }, subject: { $in: [...COUNTRY_SUBJECTS, ...CURATED_SUBJECTS] } },
    select: ['id', 'action', 'subject', 'properties'],
  });
  const missing = [];
  for (const permission of wanted) {
    const found = existing.find((p: any) => p.action === permission.action && p.subject === permission.subject);
    if (!found) missing.push(permission);
    else if (permission.properties.locales && !Array.isArray(found.properties?.locales)) {
      await strapi.db.query('admin::permission').update({ where: { id: found.id }, data: { properties: { ...found.properties, locales: permission.properties.locales } } });
    }
  }
  if (missing.length) await strapi.service('admin::role').addPermissions(roleId, missing);
}

/** Gives an admin user the countries they edit (creating or replacing their mapping). */
export async function setEditorCountries(strapi: Core.Strapi, adminUserId: number, countries: string[], note?: string): Promise<void> {
  const existing = await strapi.db.query(EDITOR_COUNTRY_UID).findOne({ where: { user: { id: adminUserId } }, select: ['documentId'] });
  if (existing) await strapi.documents(EDITOR_COUNTRY_UID as any).update({ documentId: existing.documentId, data: { countries } as any });
  else await strapi.documents(EDITOR_COUNTRY_UID as any).create({ data: { user: adminUserId, countries, note: note ?? null } as any });
}
