import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Builds what the suites load: the config package and the CMS's compiled TypeScript (cms/dist). Runs once per
 * `vitest run`; tsc's incremental build makes a second run quick.
 */
export default function setup() {
  const node = process.execPath;
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  execFileSync(node, [tsc, '-b', 'config'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(node, ['-e', "require('@strapi/strapi').compileStrapi({ appDir: process.cwd() }).then(() => process.exit(0))"], {
    cwd: path.join(ROOT, 'cms'),
    stdio: 'inherit',
  });
}
