// Runs after `npm install` / `npm ci`: compiles the shared config package and the plugins the CMS loads.
import { compilePackages } from './lib/build.mjs';

compilePackages();
