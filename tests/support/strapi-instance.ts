import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CMS_DIR, loadCms, stopCms } from './cms-boot';
import { createTestDatabase, databaseUnderTest, type TestDatabase } from './databases';
import { createPreparedTestDatabase } from './template-database';

export interface TestCms {
  strapi: any;
  baseUrl: string;
  database: TestDatabase;
  /** Calls the CMS's HTTP API; `token` is a member's JWT. */
  request(method: string, urlPath: string, options?: { token?: string; body?: unknown }): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

/**
 * Boots the real CMS (compiled by the global setup) on a new database of the project's kind and serves its HTTP
 * API on a free port. The admin panel is not served; everything else is as in production. The database is a copy
 * of one a first start has prepared (template-database.ts), or with `emptyDatabase` an empty one, for tests of
 * the first start itself.
 */
export async function startTestCms(extraEnv: Record<string, string> = {}, options: { emptyDatabase?: boolean } = {}): Promise<TestCms> {
  const kind = databaseUnderTest();
  const database = options.emptyDatabase ? await createTestDatabase(kind) : await createPreparedTestDatabase(kind);
  const strapi = await loadCms({ ...database.env, ...extraEnv });
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
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await stopCms(strapi);
      await database.drop();
    },
  };
}

/** Loads a compiled CMS module (CommonJS in cms/dist) the way Strapi itself does, sharing its module cache. */
export function requireCms<T = any>(relativePath: string): T {
  return createRequire(path.join(CMS_DIR, 'package.json'))(path.join(CMS_DIR, 'dist', relativePath)) as T;
}
