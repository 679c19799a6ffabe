import { LICENCE } from '../services/open-data';

const service = () => strapi.service('api::open-data.open-data') as any;

/** Sets the licence link and the content type, then streams the file. */
function send(ctx: any, kind: 'csv' | 'json', name: string, body: unknown) {
  ctx.set('Link', `<${LICENCE.url}>; rel="license"`);
  ctx.set('Cache-Control', 'public, max-age=300');
  ctx.set('Content-Disposition', `inline; filename="${name}.${kind}"`);
  ctx.type = kind === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
  ctx.body = body;
}

export default {
  listingsCsv: (ctx: any) => send(ctx, 'csv', 'listings', service().listingsCsv()),
  listingsJson: (ctx: any) => send(ctx, 'json', 'listings', service().listingsJson()),
  statsCsv: (ctx: any) => send(ctx, 'csv', 'exchange-stats', service().statsCsv()),
  statsJson: (ctx: any) => send(ctx, 'json', 'exchange-stats', service().statsJson()),
};
