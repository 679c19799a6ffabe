import { errors } from '@strapi/utils';
import { DEFAULT_LOCALE, isCountryCode, isLocaleCode, type LocaleCode } from '@community-sharing/config';

/** The reader's locale from ?locale=, refusing what the platform does not speak. */
function readerLocale(ctx: any): LocaleCode {
  const locale = ctx.query.locale ?? DEFAULT_LOCALE;
  if (!isLocaleCode(locale)) throw new errors.ValidationError(`locale: "${String(locale).slice(0, 20)}" is not a supported locale`, { errors: [{ path: ['locale'], message: 'locale: not a supported locale', name: 'ValidationError' }] });
  return locale;
}

function positiveInt(value: unknown, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > max) {
    throw new errors.ValidationError(`${name}: must be a whole number from 1 to ${max}`, { errors: [{ path: [name], message: `${name}: must be a whole number from 1 to ${max}`, name: 'ValidationError' }] });
  }
  return number;
}

const service = () => strapi.service('api::portal.portal') as any;

export default {
  async stats(ctx: any) {
    ctx.set('Cache-Control', 'public, max-age=30');
    return service().stats();
  },

  /** The ten kinds' labels and descriptions in the reader's locale, as the editors keep them (kind-text). */
  async kinds(ctx: any) {
    ctx.set('Cache-Control', 'public, max-age=60');
    return { data: await service().kinds(readerLocale(ctx)) };
  },

  /** The listings the editors feature on the home page, in the reader's locale. */
  async featured(ctx: any) {
    ctx.set('Cache-Control', 'public, max-age=30');
    return { data: await service().featured(readerLocale(ctx), positiveInt(ctx.query.limit, 'limit', 6, 24)) };
  },

  async listing(ctx: any) {
    const data = await service().listing(String(ctx.params.slug), readerLocale(ctx));
    if (!data) throw new errors.NotFoundError('No public listing with this address');
    return { data };
  },

  async related(ctx: any) {
    const related = await service().related(String(ctx.params.slug), readerLocale(ctx));
    if (!related) throw new errors.NotFoundError('No public listing with this address');
    return related;
  },

  async municipalities(ctx: any) {
    const country = ctx.query.country;
    if (country !== undefined && !isCountryCode(String(country).toUpperCase())) {
      throw new errors.ValidationError(`country: "${String(country).slice(0, 10)}" is not a country the platform serves`, { errors: [{ path: ['country'], message: 'country: not served', name: 'ValidationError' }] });
    }
    const q = ctx.query.q === undefined ? undefined : String(ctx.query.q);
    if (q !== undefined && q.length > 100) throw new errors.ValidationError('q: must be at most 100 characters', { errors: [{ path: ['q'], message: 'q: too long', name: 'ValidationError' }] });
    // ids: the municipalities a page needs to name (a search's facets), instead of the whole directory.
    let ids: string[] | undefined;
    if (ctx.query.ids !== undefined) {
      ids = String(ctx.query.ids).split(',').filter(Boolean);
      if (ids.length === 0 || ids.length > 100 || ids.some((id) => !/^[a-z0-9]{10,40}$/.test(id))) {
        throw new errors.ValidationError('ids: give 1 to 100 municipality documentIds separated by commas', { errors: [{ path: ['ids'], message: 'ids: 1 to 100 documentIds separated by commas', name: 'ValidationError' }] });
      }
    }
    return service().municipalities({
      country: country ? String(country).toUpperCase() : undefined,
      q,
      ids,
      page: positiveInt(ctx.query.page, 'page', 1, 10_000),
      pageSize: positiveInt(ctx.query.pageSize, 'pageSize', 50, 100),
    });
  },

  async municipality(ctx: any) {
    const data = await service().municipality(String(ctx.params.slug), readerLocale(ctx));
    if (!data) throw new errors.NotFoundError('No member municipality with this address');
    return { data };
  },
};
