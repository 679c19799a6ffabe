import type { Core } from '@strapi/strapi';
import { COUNTRY_CODES } from '@community-sharing/config';

export const PLUGIN = 'moderation';
export const ACTIONS = {
  read: 'plugin::moderation.read',
  verify: 'plugin::moderation.verify',
  moderate: 'plugin::moderation.moderate',
  audit: 'plugin::moderation.audit',
} as const;
export type ActionKey = keyof typeof ACTIONS;

export const CONDITION_NAME = 'in-editor-country';
export const CONDITION_ID = `plugin::${PLUGIN}.${CONDITION_NAME}`;
export const EDITOR_COUNTRY_UID = 'plugin::moderation.editor-country';

/** The plugin's admin actions, shown under Settings → Roles → Plugins → Moderation. */
export const ADMIN_ACTIONS = [
  { section: 'plugins', displayName: 'Read the moderation queue', uid: 'read', pluginName: PLUGIN },
  { section: 'plugins', displayName: 'Verify, refuse, trust and suspend municipalities', uid: 'verify', pluginName: PLUGIN },
  { section: 'plugins', displayName: 'Approve, reject, hide and feature listings; close reports', uid: 'moderate', pluginName: PLUGIN },
  { section: 'plugins', displayName: 'Read the audit log', uid: 'audit', pluginName: PLUGIN },
];

/** Where the country of a record sits, per subject of a permission (null: the plugin's own actions). */
const COUNTRY_PATH: Record<string, string> = {
  'api::municipality.municipality': 'country',
  'api::listing.listing': 'municipality.country',
  'api::report.report': 'country',
};

/** The countries an admin user edits, from plugin::moderation.editor-country (empty: none). */
export async function editorCountries(strapi: Core.Strapi, adminUserId: number | string): Promise<string[]> {
  const row = await strapi.db.query(EDITOR_COUNTRY_UID).findOne({ where: { user: { id: adminUserId } }, select: ['countries'] });
  const countries = Array.isArray(row?.countries) ? row.countries : [];
  return countries.filter((c: unknown): c is string => typeof c === 'string' && (COUNTRY_CODES as readonly string[]).includes(c));
}

// One lookup per ability: the engine calls the handler once per conditioned permission with the same user object.
const countriesOfAbility = new WeakMap<object, Promise<string[]>>();

/**
 * "Is in the editor's country": limits a permission on municipalities, listings and reports (and the plugin's
 * own actions, whose records carry a `country`) to the countries mapped to the admin user.
 */
export function countryCondition(strapi: Core.Strapi) {
  return {
    displayName: "Is in the editor's country",
    name: CONDITION_NAME,
    plugin: PLUGIN,
    category: 'Moderation',
    async handler(user: any) {
      let pending = countriesOfAbility.get(user);
      if (!pending) countriesOfAbility.set(user, (pending = editorCountries(strapi, user.id)));
      const countries = await pending;
      const subject: string | null = user.permission?.subject ?? null;
      const path = subject ? COUNTRY_PATH[subject] : 'country';
      // A subject with no country (pages, articles…): the condition cannot hold.
      if (!path) return false;
      return { [path]: { $in: countries } };
    },
  };
}

/**
 * The countries in which the admin user may perform a plugin action: 'all' when unrestricted, else the list
 * (possibly empty). Read from the user's CASL ability, so the role's conditions decide, not this plugin.
 */
export function countryScope(ability: any, action: string): 'all' | string[] {
  if (!ability?.can(action)) return [];
  const allowed = COUNTRY_CODES.filter((country) => ability.can(action, { country }));
  return allowed.length === COUNTRY_CODES.length ? 'all' : allowed;
}

export function mayActIn(ability: any, action: string, country: string | null | undefined): boolean {
  return !!country && !!ability?.can(action, { country });
}
