// Reads what the deployment files must agree with: the Dockerfiles, .env.example, and the environment variables the
// code reads (the env schema's keys and every process.env.NAME in the sources).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** One instruction of a Dockerfile, continuation lines joined. */
export interface DockerInstruction {
  keyword: string;
  args: string;
  /** Index of the build stage (FROM) it belongs to. */
  stage: number;
}

/** Parses a Dockerfile into instructions (comments dropped, `\` continuations joined, stages numbered). */
export function parseDockerfile(text: string): DockerInstruction[] {
  const instructions: DockerInstruction[] = [];
  let stage = -1;
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#') || (line === '' && pending === '')) continue;
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1) + ' ';
      continue;
    }
    const whole = (pending + line).trim();
    pending = '';
    if (!whole) continue;
    const [keyword, ...rest] = whole.split(/\s+/);
    const upper = keyword.toUpperCase();
    if (upper === 'FROM') stage += 1;
    instructions.push({ keyword: upper, args: rest.join(' '), stage });
  }
  return instructions;
}

/** Parses KEY=value lines (comments and blanks skipped). */
export function parseDotenv(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^\s*([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (match) values.set(match[1], match[2].trim());
  }
  return values;
}

/** The variables of the env schema (the keys of `fields` in config/src/env.ts). */
export function envSchemaVariables(): string[] {
  const source = readFileSync(path.join(ROOT, 'config/src/env.ts'), 'utf8');
  const block = /\nconst fields = \{\n([\s\S]*?)\n\};/.exec(source);
  if (!block) throw new Error('config/src/env.ts: no `const fields = {...}` block');
  return [...block[1].matchAll(/^\s{2}([A-Z][A-Z0-9_]*):/gm)].map((m) => m[1]);
}

function sourceFiles(dir: string): string[] {
  const found: string[] = [];
  const visit = (entry: string) => {
    const stat = statSync(entry, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of readdirSync(entry)) if (!['node_modules', 'dist', '.astro', '.tmp'].includes(name)) visit(path.join(entry, name));
    } else if (/\.(ts|mts|mjs|js|astro)$/.test(entry) && !/\.test\.|[\\/]testing[\\/]|test-data\.ts$/.test(entry)) found.push(entry);
  };
  visit(dir);
  return found;
}

/** Every NAME of process.env.NAME (or process.env['NAME']) in the non-test sources under the given folders. */
export function processEnvReads(...dirs: string[]): Set<string> {
  const names = new Set<string>();
  for (const dir of dirs) {
    for (const file of sourceFiles(path.join(ROOT, dir))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/process\.env(?:\.([A-Z][A-Z0-9_]*)|\[['"]([A-Z][A-Z0-9_]*)['"]\])/g)) names.add(m[1] ?? m[2]);
    }
  }
  return names;
}

export const read = (relative: string) => readFileSync(path.join(ROOT, relative), 'utf8');
