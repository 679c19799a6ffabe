import { runtimeEnv } from '../src/runtime/environment';
import cronTasks from './cron-tasks';

export default () => {
  const env = runtimeEnv();
  return {
    host: env.HOST,
    port: env.CMS_PORT,
    url: env.CMS_URL,
    // Behind a load balancer the client address and protocol come from X-Forwarded-* headers; only then
    // (TRUST_PROXY, on by default in production) may the rate limits key on the forwarded address.
    proxy: { koa: env.TRUST_PROXY },
    app: { keys: env.APP_KEYS_LIST },
    // Tests call scheduled work themselves; a cron firing while a test database is being dropped only adds noise.
    cron: { enabled: env.NODE_ENV !== 'test', tasks: cronTasks },
  };
};
