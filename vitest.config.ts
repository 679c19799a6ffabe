import { defineConfig } from 'vitest/config';

// One Vitest run for the whole workspace: unit tests beside their code, the API suite in tests/api run twice
// (once per database, as two projects with their own environment), browser suites in tests/e2e.
const apiSuite = (database: 'sqlite' | 'postgres') => ({
  test: {
    name: `api-${database}`,
    include: ['tests/api/**/*.test.ts'],
    env: { TEST_DATABASE: database },
    pool: 'forks' as const,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});

/** Errors of a database connection that a fault test cut on purpose (tests/faults). */
const DATABASE_OUTAGE = /terminating connection due to administrator command|the database system is (shutting down|starting up)|Client has encountered a connection error|Connection terminated|ECONNREFUSED/;

export default defineConfig({
  test: {
    // A fault test shuts its private PostgreSQL down under load: Strapi's own background queries then reject with
    // nobody awaiting them. The CMS logs those (cms/src/runtime/process-guards.ts); only they are not test failures.
    onUnhandledError: (error) => (DATABASE_OUTAGE.test(String((error as Error)?.message)) ? false : undefined),
    // Two test files at a time (Vitest's default is one fewer than the cores: one file here). Most of an API file's
    // time is its CMS booting and waiting on the database: one file at a time took .ci/run 31.5 minutes, two about
    // 20 on one machine and 29 on another; three were slower still (two cores, oversubscribed).
    // Every file has its own database, upload names and rate-limit prefix, so files running together do not meet.
    maxWorkers: 2,
    // Once per run, for every project: compile the packages and the CMS the API suites boot.
    globalSetup: ['tests/support/global-setup.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['config/src/**/*.test.ts', 'cms/src/**/*.test.ts', 'plugins/*/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          pool: 'forks',
          testTimeout: 30_000,
        },
      },
      apiSuite('sqlite'),
      apiSuite('postgres'),
      // The deployment files (docker-compose.yml, Dockerfiles, .env.example) against the code: no Docker engine needed.
      {
        test: { name: 'deploy', include: ['tests/deploy/**/*.test.ts'], pool: 'forks' as const, testTimeout: 60_000 },
      },
      // Faults on a private PostgreSQL cluster the test starts and restarts (never the shared one).
      {
        test: { name: 'faults', include: ['tests/faults/**/*.test.ts'], pool: 'forks' as const, testTimeout: 180_000, hookTimeout: 180_000 },
      },
      // The portal's units and pages (Astro's container API needs Astro's Vite plugins: its own config).
      'site/vitest.config.ts',
      // The whole stack in a real browser (Debian's Chromium): journeys, no-JS, language, CMS down, axe, headers.
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/portal-stack-setup.ts'],
          pool: 'forks',
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
