// Runs after `npm install` / `npm ci`: compiles the shared config package that every other package imports.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-b', 'config'], { cwd: root, stdio: 'inherit' });
