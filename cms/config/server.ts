import { runtimeEnv } from '../src/runtime/environment';
import cronTasks from './cron-tasks';

export default () => {
  const env = runtimeEnv();
  return {
    host: env.HOST,
    port: env.CMS_PORT,
    url: env.CMS_URL,
    // Behind a load balancer the client address and protocol come from X-Forwarded-* headers: TRUST_PROXY
    // (true in production unless set). Only then may the rate limits key on the forwarded address; never trust
    // them when clients can reach the CMS directly.
    proxy: { koa: env.TRUST_PROXY },
    app: { keys: env.APP_KEYS_LIST },
    // Tests call scheduled work themselves; a cron firing while a test database is being dropped only adds noise.
    cron: { enabled: env.NODE_ENV !== 'test', tasks: cronTasks },
  };
};
