// Which CMS routes the load reached, how long the CMS took to answer them (request received to answer written) and
// how many PostgreSQL queries each caused: a request's route is kept in AsyncLocalStorage from the moment Node hands
// it to the server, and knex's query event reads it, so a query is counted to the request that made it. Work that a
// request's commit sets off (the search outbox's) counts to that request too; "background" is work no request began.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { quantile } from './stats.ts';

/** "/api/portal/listings/some-slug/related?locale=en" → "GET /api/portal/listings/:id/related". */
export function routeKey(method: string, url: string): string {
  const parts = url.split('?')[0]!.split('/');
  // /api/<collection>/<id> and /api/portal/<collection>/<slug>: the segment after the collection is a value.
  const valueAt = parts[2] === 'portal' ? 4 : 3;
  if (parts.length > valueAt && parts[valueAt]) parts[valueAt] = ':id';
  return `${method} ${parts.join('/')}`;
}

export function countRoutesAndQueries(server: Server, knex: any) {
  const route = new AsyncLocalStorage<string>();
  const counts = new Map<string, { requests: number; queries: number; ms: number[] }>();
  let counting = false;
  const entry = (key: string) => counts.get(key) ?? counts.set(key, { requests: 0, queries: 0, ms: [] }).get(key)!;
  // First among the request listeners, so that Koa's handler runs inside the route's context.
  server.prependListener('request', (request: IncomingMessage, response: ServerResponse) => {
    const key = routeKey(request.method ?? 'GET', request.url ?? '/');
    route.enterWith(key);
    if (!counting) return;
    const counted = entry(key);
    counted.requests++;
    const received = performance.now();
    response.once('finish', () => counting && counted.ms.push(performance.now() - received));
  });
  knex.on('query', () => {
    if (counting) entry(route.getStore() ?? 'background').queries++;
  });
  // How long a query waited for a connection of the pool (tarn's acquire events): the queue in front of PostgreSQL.
  const acquireStarted = new Map<number, number>();
  const poolWaits: number[] = [];
  const pool = knex.client.pool;
  pool.on('acquireRequest', (eventId: number) => counting && acquireStarted.set(eventId, performance.now()));
  pool.on('acquireSuccess', (eventId: number) => {
    const started = acquireStarted.get(eventId);
    if (started === undefined) return;
    acquireStarted.delete(eventId);
    if (counting) poolWaits.push(performance.now() - started);
  });
  return {
    start() {
      counts.clear();
      poolWaits.length = 0;
      counting = true;
    },
    /** The waits for a pool connection (p50, p99 in ms), and the routes, busiest first, with their requests, queries and the CMS's p50 and p99 in ms. */
    stop() {
      counting = false;
      const waits = { acquired: poolWaits.length, p50: quantile(poolWaits, 0.5), p99: quantile(poolWaits, 0.99) };
      const routes = [...counts]
        .map(([key, c]) => ({ route: key, requests: c.requests, queries: c.queries, p50: quantile(c.ms, 0.5), p99: quantile(c.ms, 0.99) }))
        .sort((a, b) => b.queries + b.requests - (a.queries + a.requests));
      return { poolWaits: waits, routes };
    },
  };
}
