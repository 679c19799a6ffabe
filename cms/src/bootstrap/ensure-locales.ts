import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES } from '@community-sharing/config';

/** Creates the 30 portal locales in Strapi's i18n (with their native names) and makes English the default. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('i18n').service('locales');
  const existing: { code: string; name: string; id: number }[] = await service.find();
  const byCode = new Map(existing.map((locale) => [locale.code, locale]));
  for (const locale of LOCALES) {
    const name = `${locale.name} (${locale.code})`;
    const found = byCode.get(locale.code);
    if (!found) await service.create({ code: locale.code, name });
    else if (found.name !== name) await service.update({ id: found.id }, { name });
  }
  if ((await service.getDefaultLocale()) !== DEFAULT_LOCALE) await service.setDefaultLocale({ code: DEFAULT_LOCALE });
}
