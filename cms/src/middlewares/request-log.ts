// Strapi's strapi::logger formats a line for every request and hands it to winston, which drops it unless the
// level is `http` or lower: a few tenths of a millisecond per request for nothing at the default level. This
// logs the same line, but only when the level is on.
export default (_config: unknown, { strapi }: { strapi: any }) => {
  return async (ctx: any, next: () => Promise<unknown>) => {
    if (!strapi.log.isLevelEnabled('http')) return next();
    const start = Date.now();
    await next();
    strapi.log.http(`${ctx.method} ${ctx.url} (${Math.ceil(Date.now() - start)} ms) ${ctx.status}`);
  };
};
