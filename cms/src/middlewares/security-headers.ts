import helmet from 'koa-helmet';
import { CSP_DEFAULTS } from '@strapi/utils';

// Strapi's strapi::security builds its helmet middleware anew on every request (a deep merge of its defaults, then
// helmet's own parsing of them): measurable CPU on every API request under load. This sends the same headers
// with the middlewares built once, for the same three cases: every request; GET /documentation (the API
// documentation plugin's page); and, in development and test, GET of the admin (Vite's module reloading).
// security-headers.test.ts compares its headers with Strapi's own middleware's.

const BASE = {
  crossOriginEmbedderPolicy: false,
  crossOriginOpenerPolicy: false,
  crossOriginResourcePolicy: false,
  originAgentCluster: false,
  contentSecurityPolicy: { useDefaults: true, directives: { ...CSP_DEFAULTS, upgradeInsecureRequests: null } },
  xssFilter: false,
  hsts: { maxAge: 31536000, includeSubDomains: true },
  frameguard: { action: 'sameorigin' },
} as const;

/** BASE with more sources added to some CSP directives (lists concatenated, as Strapi merges them). */
function withDirectives(more: Record<string, string[]>, extra: Record<string, unknown> = {}) {
  const directives: Record<string, unknown> = { ...BASE.contentSecurityPolicy.directives };
  for (const [name, sources] of Object.entries(more)) {
    const current = directives[name];
    directives[name] = Array.isArray(current) ? [...current, ...sources] : sources;
  }
  return { ...BASE, ...extra, contentSecurityPolicy: { ...BASE.contentSecurityPolicy, directives } };
}

export default (_config: unknown, { strapi }: { strapi: any }) => {
  const everyRequest = helmet(BASE as any);
  const documentation = helmet(
    withDirectives(
      { 'script-src': ["'self'", "'unsafe-inline'", 'cdn.jsdelivr.net'], 'img-src': ["'self'", 'data:', 'cdn.jsdelivr.net', 'strapi.io'], 'manifest-src': [], 'frame-src': [] },
      { crossOriginEmbedderPolicy: false },
    ) as any,
  );
  const developmentAdmin = helmet(withDirectives({ 'script-src': ["'self'", "'unsafe-inline'"], 'connect-src': ["'self'", 'http:', 'https:', 'ws:'] }) as any);
  const adminPath = String(strapi.config.get('admin.path', '/admin'));
  const development = ['development', 'test'].includes(process.env.NODE_ENV ?? '');
  return (ctx: any, next: () => Promise<unknown>) => {
    if (ctx.method === 'GET' && ctx.path.startsWith('/documentation')) return documentation(ctx, next);
    if (development && ctx.method === 'GET' && ctx.path.startsWith(adminPath)) return developmentAdmin(ctx, next);
    return everyRequest(ctx, next);
  };
};
