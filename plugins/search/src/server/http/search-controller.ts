import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { InvalidSearchQueryError, SearchUnavailableError } from '../../contract/types';
import { parseSearchParams } from './search-params';
import { presentResult } from './search-response';

/** GET /api/search: public listing search (text, filters, facets, geo), answered from the search provider. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async search(ctx: any) {
    const started = performance.now();
    const parsed = parseSearchParams(ctx.query ?? {});
    if ('issues' in parsed) {
      throw new errors.ValidationError(parsed.issues.map((issue) => issue.message).join('; '), {
        errors: parsed.issues.map((issue) => ({ path: [issue.param], message: issue.message, name: 'ValidationError' })),
      });
    }
    try {
      const result = await strapi.plugin('search').service('search').search(parsed.query);
      ctx.set('Cache-Control', 'public, max-age=10');
      return presentResult(result, parsed.query, Math.round((performance.now() - started) * 10) / 10);
    } catch (error) {
      if (error instanceof InvalidSearchQueryError) throw new errors.ValidationError(error.message);
      if (error instanceof SearchUnavailableError) {
        ctx.status = 503;
        ctx.set('Retry-After', '10');
        return { data: null, error: { status: 503, name: 'SearchUnavailable', message: 'Search is unavailable for a moment; please try again.' } };
      }
      throw error;
    }
  },

  /** GET /api/search/status: how far the index is behind (outbox), for operators and the readiness check. */
  async status() {
    const service = strapi.plugin('search').service('search');
    // Counts only: the last error's text (addresses, provider messages) is for the editors, in the admin's sync jobs.
    const { pending, failing } = await service.outboxState();
    return { provider: service.provider().name, indexed: await service.provider().count(), outbox: { pending, failing } };
  },
});
