import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createTestDatabase, databaseUnderTest, type TestDatabase } from './databases';

const CMS_DIR = path.resolve(import.meta.dirname, '../../cms');

export interface TestCms {
  strapi: any;
  baseUrl: string;
  database: TestDatabase;
  /** Calls the CMS's HTTP API; `token` is a member's JWT. */
  request(method: string, urlPath: string, options?: { token?: string; body?: unknown }): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

/**
 * Boots the real CMS (compiled by the global setup) on a fresh database of the project's kind and serves its
 * HTTP API on a free port. The admin panel is not served; everything else is as in production.
 */
export async function startTestCms(extraEnv: Record<string, string> = {}): Promise<TestCms> {
  const database = await createTestDatabase(databaseUnderTest());
  Object.assign(process.env, {
    NODE_ENV: 'test',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    CMS_PORT: '1337', // not listened on: the test serves the API on a free port of its own
    ...database.env,
    ...extraEnv,
  });
  // The CommonJS build, as the CLI loads it: the app's compiled code requires the same instances (error
  // classes included), which the ESM build would duplicate.
  const { createStrapi } = createRequire(path.join(CMS_DIR, 'package.json'))('@strapi/strapi');
  const strapi = await createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist'), serveAdminPanel: false, autoReload: false } as any).load();
  strapi.server.mount();
  const httpServer = strapi.server.httpServer;
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  return {
    strapi,
    baseUrl,
    database,
    async request(method, urlPath, options = {}) {
      const response = await fetch(`${baseUrl}${urlPath}`, {
        method,
        headers: {
          ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
      });
      const text = await response.text();
      let body: any = text;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        /* not JSON: keep the text */
      }
      return { status: response.status, body };
    },
    async stop() {
      // Not strapi.destroy(): it removes the worker's process listeners, which Vitest needs. The plugins'
      // background work (search outbox worker, matching catch-up) stops first, so it never meets a closed pool.
      strapi.plugin('search').service('search').stop();
      strapi.plugin('matching').service('matching').stop();
      await strapi.service('api::mail-job.mail-job').stop();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await strapi.db.destroy();
      await database.drop();
    },
  };
}

/** Loads a compiled CMS module (CommonJS in cms/dist) the way Strapi itself does, sharing its module cache. */
export function requireCms<T = any>(relativePath: string): T {
  return createRequire(path.join(CMS_DIR, 'package.json'))(path.join(CMS_DIR, 'dist', relativePath)) as T;
}
