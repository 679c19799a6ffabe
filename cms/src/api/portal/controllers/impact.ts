import { errors } from '@strapi/utils';
import { DEFAULT_LOCALE, isLocaleCode } from '@community-sharing/config';

export default {
  /** GET /api/portal/impact?locale=xx: the public impact figures. */
  async impact(ctx: any) {
    const locale = ctx.query.locale ?? DEFAULT_LOCALE;
    if (!isLocaleCode(locale)) throw new errors.ValidationError(`locale: "${String(locale).slice(0, 20)}" is not a supported locale`, { errors: [{ path: ['locale'], message: 'locale: not a supported locale', name: 'ValidationError' }] });
    ctx.set('Cache-Control', 'public, max-age=60');
    return (strapi.service('api::portal.impact') as any).impact(locale);
  },
};
