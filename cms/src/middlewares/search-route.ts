/**
 * GET /api/search, the busiest route by far (most of the portal's traffic and of the load's 60%), answered as soon
 * as the query string is parsed: the errors, security headers, CORS, powered-by, deadline and NUL checks before it
 * in config/middlewares.ts still apply, but not the session, favicon and static-file middlewares or Strapi's
 * router, whose linear match over every route and per-route policy chain cost more than the handler here. The route
 * has no auth and no policies (plugins/search), so nothing that guards it is skipped; HEAD and any other method or
 * path go on to the router as before.
 */
export default (_config: unknown, { strapi }: { strapi: any }) => {
  let controller: { search(ctx: any): Promise<unknown> } | undefined;
  return async (ctx: any, next: () => Promise<void>) => {
    if (ctx.method !== 'GET' || ctx.path !== '/api/search') return next();
    controller ??= strapi.plugin('search').controller('search');
    ctx.body = await controller!.search(ctx);
  };
};
