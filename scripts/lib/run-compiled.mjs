// Runs a script of a compiled package (plugins' benchmarks and evaluations) after compiling the packages,
// passing the remaining arguments through: node scripts/lib/run-compiled.mjs plugins/x/dist/y.js ARGS…
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { requireNode24 } from './node-version.mjs';
import { ROOT, compilePackages } from './build.mjs';

requireNode24();
const [script, ...args] = process.argv.slice(2);
compilePackages();
// A relative path among the arguments is meant from where npm was called; other arguments pass as they are.
const cwd = process.env.INIT_CWD ?? process.cwd();
const resolved = args.map((arg) => (!arg.startsWith('-') && !path.isAbsolute(arg) && existsSync(path.resolve(cwd, arg)) ? path.resolve(cwd, arg) : arg));
const result = spawnSync(process.execPath, ['--expose-gc', path.join(ROOT, script), ...resolved], { stdio: 'inherit' });
process.exit(result.status ?? 1);
