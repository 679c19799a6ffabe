import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LISTING_KINDS, LOCALE_CODES } from '@community-sharing/config';

const UID = 'api::kind-text.kind-text';

/**
 * Seeds the editable kind texts from config/ (the ten kinds in every locale) when the collection is empty; from
 * then on the editors' texts in the admin are the ones the portal serves (GET /api/portal/kinds).
 */
export async function ensureKindTexts(strapi: Core.Strapi): Promise<void> {
  if ((await strapi.db.query(UID).count()) > 0) return;
  await strapi.db.transaction(async () => {
    for (const kind of LISTING_KINDS) {
      const created = await strapi.documents(UID).create({
        locale: DEFAULT_LOCALE,
        data: { kind: kind.slug, label: kind.labels[DEFAULT_LOCALE], description: kind.descriptions[DEFAULT_LOCALE] } as any,
      });
      for (const locale of LOCALE_CODES) {
        if (locale === DEFAULT_LOCALE) continue;
        await strapi.documents(UID).update({ documentId: created.documentId, locale, data: { label: kind.labels[locale], description: kind.descriptions[locale] } as any });
      }
    }
  });
}
