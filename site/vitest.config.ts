/// <reference types="vitest/config" />
// The site's tests: pure units and Astro components rendered with the container API, which needs Astro's Vite
// plugins (getViteConfig). Run: npx vitest run --root site, or as a project of the root config
// (projects: ['site/vitest.config.ts']): the roots below make both work.
import { getViteConfig } from 'astro/config';

const root = import.meta.dirname;

export default getViteConfig(
  {
    root,
    test: {
      name: 'site',
      dir: root,
      include: ['src/**/*.test.ts'],
      // A real CMS with a small demo seed, for the page tests (the site never opens the database).
      globalSetup: ['../tests/support/site-cms-setup.ts'],
      pool: 'forks',
      testTimeout: 30_000,
    },
  },
  { root },
);
