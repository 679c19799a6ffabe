// Run by Node as a child of a test worker (template-database.ts): starts the CMS once on the database its
// environment names, so that the database has been through a first start, then stops it.
import { loadCms, stopCms } from './cms-boot.ts';

const strapi = await loadCms({});
await stopCms(strapi);
process.exit(0);
