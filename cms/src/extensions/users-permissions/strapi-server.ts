// users-permissions' own login (POST /api/auth/local) stays open for scripts and tests; it counts against the
// same rate limits as POST /api/accounts/login, so it is no way around them.
import { accountKey, RateLimited } from '../../access/rate-limit';

export default (plugin: any) => {
  const factory = plugin.controllers.auth;
  plugin.controllers.auth = (deps: any) => {
    const controller = factory(deps);
    const callback = controller.callback;
    controller.callback = async function (ctx: any, ...rest: unknown[]) {
      const identifier = ctx.request.body?.identifier;
      if (ctx.params?.provider && ctx.params.provider !== 'local') return callback.call(controller, ctx, ...rest);
      const limits = deps.strapi.service('api::account.rate-limit').limits();
      const address = String(ctx.request.ip ?? '');
      const account = accountKey(String(identifier ?? ''));
      try {
        await limits.check('loginAddress', address);
        await limits.check('loginAccount', account);
      } catch (error) {
        if (!(error instanceof RateLimited)) throw error;
        ctx.set('Retry-After', String(error.retryAfterSeconds));
        ctx.status = 429;
        ctx.body = { data: null, error: { status: 429, name: 'RateLimitError', message: error.message, details: { code: 'rate.limited', retryAfter: error.retryAfterSeconds } } };
        return;
      }
      try {
        const result = await callback.call(controller, ctx, ...rest);
        await limits.clear('loginAccount', account);
        return result;
      } catch (error) {
        await limits.hit('loginAddress', address).catch(() => undefined);
        await limits.hit('loginAccount', account).catch(() => undefined);
        throw error;
      }
    };
    return controller;
  };
  return plugin;
};
