import { createRequire } from 'node:module';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { afterEach, describe, expect, it } from 'vitest';
import securityHeaders from './security-headers';

// Strapi's own strapi::security, loaded by file (its package does not export it), to compare against.
const require = createRequire(import.meta.url);
const strapiCore = path.dirname(require.resolve('@strapi/core'));
const { security: strapiSecurity } = require(path.join(strapiCore, 'middlewares/security.js'));

const fakeStrapi = { plugin: () => undefined, config: { get: (key: string, fallback?: unknown) => (key === 'admin.path' ? '/admin' : fallback) } };

async function headersFrom(middleware: (ctx: any, next: () => Promise<unknown>) => unknown, method: string, url: string) {
  const app = new Koa();
  app.use(middleware as any);
  app.use((ctx) => {
    ctx.body = 'ok';
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${url}`, { method });
    const headers = Object.fromEntries(response.headers);
    delete headers.date;
    return headers;
  } finally {
    server.close();
  }
}

const environment = process.env.NODE_ENV;
afterEach(() => {
  process.env.NODE_ENV = environment;
});

describe('security headers', () => {
  for (const nodeEnv of ['production', 'development']) {
    it(`are Strapi's own, built once (NODE_ENV=${nodeEnv})`, async () => {
      process.env.NODE_ENV = nodeEnv;
      const ours = securityHeaders({}, { strapi: fakeStrapi });
      const theirs = strapiSecurity({}, { strapi: fakeStrapi });
      const csp = async (url: string) => (await headersFrom(ours, 'GET', url))['content-security-policy'];
      // The special cases are real: their policies differ from every other request's.
      expect(await csp('/documentation/v1.0.0')).not.toBe(await csp('/api/search'));
      expect((await csp('/admin/content-manager')) !== (await csp('/api/search'))).toBe(nodeEnv === 'development');
      for (const [method, url] of [['GET', '/api/search?q=x'], ['POST', '/api/listings'], ['GET', '/documentation/v1.0.0'], ['GET', '/admin/content-manager'], ['POST', '/admin/login']]) {
        const expected = await headersFrom(theirs, method!, url!);
        expect(expected['content-security-policy'], `${method} ${url}`).toBeTruthy();
        expect(await headersFrom(ours, method!, url!), `${method} ${url}`).toEqual(expected);
      }
    });
  }
});
