// GET /api/health: the process answers (liveness: restart it when this fails).
// GET /api/ready: the database answers a query within READY_TIMEOUT_MS (readiness: send it traffic); 503 when it
// does not. The search provider's state is reported too; a search outage alone does not take an instance out
// of the load balancer, since writes still work and are queued for search in the outbox.

const READY_TIMEOUT_MS = 2000;

/** Resolves with the promise's value, or rejects after `ms`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function check<T>(what: string, run: () => Promise<T>): Promise<{ ok: boolean; ms: number; value?: T; error?: string }> {
  const started = performance.now();
  try {
    const value = await within(run(), READY_TIMEOUT_MS, what);
    return { ok: true, ms: Math.round(performance.now() - started), value };
  } catch (error) {
    return { ok: false, ms: Math.round(performance.now() - started), error: (error as Error).message };
  }
}

export default {
  async health(ctx: any) {
    ctx.set('Cache-Control', 'no-store');
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  },

  async ready(ctx: any) {
    ctx.set('Cache-Control', 'no-store');
    const database = await check('the database', () => strapi.db.connection.raw('select 1'));
    const search = strapi.plugin('search')?.service('search');
    const index = await check('the search index', async () => ({
      provider: search.provider().name as string,
      indexed: (await search.provider().count()) as number,
      // Counts only: the last error's text is for the editors (the admin's sync jobs), not for anyone who asks.
      outbox: database.ok ? (({ pending, failing }) => ({ pending, failing }))(await search.outboxState()) : null,
    }));
    const ready = database.ok;
    ctx.status = ready ? 200 : 503;
    if (!ready) ctx.set('Retry-After', '5');
    return {
      status: ready ? (index.ok ? 'ready' : 'degraded') : 'unavailable',
      database: database.ok ? { ok: true, client: strapi.db.dialect.client, ms: database.ms } : { ok: false, client: strapi.db.dialect.client, ms: database.ms, error: 'the database does not answer' },
      search: index.ok ? { ok: true, ms: index.ms, ...index.value } : { ok: false, ms: index.ms, error: index.error },
    };
  },
};
