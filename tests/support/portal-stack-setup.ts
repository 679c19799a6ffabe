// Global setup of the browser suite (tests/e2e): the whole stack as production runs it — the compiled CMS with a
// small demo seed in a process of its own, the built portal as a child process — for the tests to drive with a
// real browser. Tests read it with inject('portalStack'); nothing goes through process.env, which the setups of
// other projects share.
import type { TestProject } from 'vitest/node';
import { startPortalStack } from './portal-stack';
import type { PortalStackInfo } from './portal-stack-data';

declare module 'vitest' {
  export interface ProvidedContext {
    portalStack: PortalStackInfo;
  }
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  const stack = await startPortalStack();
  project.provide('portalStack', stack.info);
  const phases = Object.entries(stack.info.phases).map(([name, seconds]) => `${name} ${seconds} s`).join(', ');
  console.log(`e2e stack ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${phases}): portal ${stack.info.portalUrl}, CMS ${stack.info.cmsUrl}`);
  return async () => {
    await stack.stop();
  };
}
