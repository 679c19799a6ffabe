import { defineConfig } from 'vitest/config';

// One Vitest run for the whole workspace: unit tests beside their code, integration suites in tests/.
// The API suite runs twice, once per database, as two projects with their own environment.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['config/src/**/*.test.ts', 'cms/src/**/*.test.ts', 'plugins/*/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          pool: 'forks',
        },
      },
    ],
  },
});
