// @ts-expect-error: a plain ES module of the repository's scripts, without type declarations
import { compileServer } from '../../scripts/lib/build.mjs';

/**
 * Builds what the suites load: the shared packages, the plugins and the CMS's compiled TypeScript (cms/dist).
 * Runs once per `vitest run`; tsc's incremental build makes a second run quick.
 */
export default function setup() {
  compileServer();
}
