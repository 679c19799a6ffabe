// The public portal: server-rendered on Node (started by server.mjs), every page under /{locale}/ (see src/middleware.ts).
import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'server',
  // Middleware mode: server.mjs is the server (it skips the standalone server's file lookup before every page).
  adapter: node({ mode: 'middleware' }),
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  server: { port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? 'localhost' },
  trailingSlash: 'ignore',
  // No component <style> blocks are used: the stylesheet is served by src/pages/assets/[file].ts so that every
  // response, assets included, passes the middleware and carries the security headers.
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Forms are also guarded by a per-session token (src/lib/csrf.ts); Astro refuses cross-site form posts first.
  security: { checkOrigin: true },
  // Members' sessions live on the server (Redis when REDIS_URL is set, files otherwise: src/lib/session-driver.ts
  // decides when the server starts, not at build time); the browser holds only an httpOnly, SameSite=Lax cookie,
  // Secure when the built portal runs (production). The CMS token never leaves the server.
  session: {
    driver: { entrypoint: new URL('./src/lib/session-driver.ts', import.meta.url), config: {} },
    cookie: { name: 'cs-session', sameSite: 'lax', path: '/' },
    ttl: 60 * 60 * 8,
  },
  // Astro's own i18n routing is deliberately not used: its fallback answered existing pages with a 302 without
  // Location. Locales are a [locale] route segment validated by the middleware; text falls back at the data level.
  vite: {
    ssr: {
      // It reads the CPV data file from node_modules at run time, so it must not be bundled.
      external: ['@community-sharing/config', 'ioredis', 'rate-limiter-flexible'],
    },
  },
});
