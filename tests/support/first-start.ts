// Run by Node as a child of a test worker (template-database.ts): starts the CMS once on the database its
// environment names, so that the database has been through a first start, then stops it. Prints what the start
// cost (npm run bench:start reads it).
import { loadCms, stopCms } from './cms-boot.ts';

const started = performance.now();
const strapi = await loadCms({});
const cpu = process.cpuUsage();
console.log(`@@START ${JSON.stringify({ wallMs: Math.round(performance.now() - started), cpuMs: Math.round((cpu.user + cpu.system) / 1000) })}`);
await stopCms(strapi);
process.exit(0);
