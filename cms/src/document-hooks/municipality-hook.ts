import type { Core } from '@strapi/strapi';
import { slugify } from './slug';

const UID = 'api::municipality.municipality';

/** Gives a new municipality its slug from its Latin name and country ("sofia-bg"), unique by official code. */
export function registerMunicipalityHook(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== UID || context.action !== 'create') return next();
    const data = ((context.params as any).data ??= {}) as Record<string, any>;
    if (!data.slug && data.name) {
      const base = `${slugify(data.nameLatin || data.name, 80)}-${String(data.country ?? '').toLowerCase()}`;
      const taken = await strapi.db.query(UID).count({ where: { slug: base } });
      data.slug = taken ? `${base}-${slugify(String(data.officialCode ?? ''), 30)}` : base;
    }
    return next();
  });
}
