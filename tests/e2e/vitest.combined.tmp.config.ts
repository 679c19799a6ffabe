import { defineConfig } from 'vitest/config';
export default defineConfig({
  root: `${import.meta.dirname}/../..`,
  test: {
    globalSetup: ['tests/support/global-setup.ts'],
    projects: [
      'site/vitest.config.ts',
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
