import { defineConfig } from 'vitest/config';

// Local runner for the browser suite until it is a project of the root config:
//   npx vitest run --config tests/e2e/vitest.config.ts
// (from the repository root, Node 24 first on PATH). The project below is the snippet for the root config.
export default defineConfig({
  root: `${import.meta.dirname}/../..`,
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/support/portal-stack-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
