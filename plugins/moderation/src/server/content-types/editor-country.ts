import { COUNTRY_CODES } from '@community-sharing/config';

/**
 * Which countries an admin user edits as a country editor. The role "Country editor" grants the permissions;
 * this mapping, kept by super admins in the Content Manager, says where its condition holds for each person.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'moderation_editor_countries',
    info: {
      singularName: 'editor-country',
      pluralName: 'editor-countries',
      displayName: 'Editor country',
      description: 'The countries (ISO codes, e.g. ["BG"]) an admin user moderates as a country editor.',
    },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } },
    attributes: {
      user: { type: 'relation', relation: 'oneToOne', target: 'admin::user' },
      countries: { type: 'json', required: true },
      note: { type: 'string', maxLength: 200 },
    },
  },
};

export const KNOWN_COUNTRIES: readonly string[] = COUNTRY_CODES;
