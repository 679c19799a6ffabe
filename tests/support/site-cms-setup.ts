// @ts-expect-error: a plain ES module of the repository's scripts, without type declarations
import { compileServer } from '../../scripts/lib/build.mjs';
import { requireCms, startTestCms, type TestCms } from './strapi-instance';

/**
 * Global setup of the site's tests: a real CMS on a fresh SQLite database with a small demo seed, served on a
 * free port whose address the tests read from CMS_URL. The site's page tests render from what it answers.
 */
export default async function setup() {
  compileServer();
  const previous = process.env.TEST_DATABASE;
  process.env.TEST_DATABASE = 'sqlite';
  const cms: TestCms = await startTestCms({ DEMO_PASSWORD: 'Demo-password-1' });
  const { seedDemo } = requireCms('src/seed/seed-on-first-start.js');
  await seedDemo(cms.strapi, { municipalitiesPerCountry: 2, listings: 400 });
  await cms.strapi.plugin('search').service('search').drain();
  process.env.CMS_URL = cms.baseUrl;
  if (previous === undefined) delete process.env.TEST_DATABASE;
  return async () => {
    await cms.stop();
  };
}
