import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadEnv, type Env } from '@community-sharing/config';

/** The cms/ folder, found from this file whether it runs from src/ (tests) or dist/src/ (compiled). */
export const CMS_DIR = findCmsDir(__dirname);

function findCmsDir(from: string): string {
  let dir = from;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === '@community-sharing/cms') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the cms package above ${from}`);
    dir = parent;
  }
}

const SECRET_NAMES = ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'] as const;

export interface RuntimeEnv extends Env {
  APP_KEYS_LIST: string[];
  secrets: Record<(typeof SECRET_NAMES)[number], string>;
  /** Absolute path of the SQLite file (when DATABASE_URL is unset). */
  databaseFile: string;
}

/**
 * The validated environment of the CMS, with local secrets filled in outside production.
 * Outside production, missing secrets are generated once and kept in cms/.tmp/dev-secrets.json so that
 * sessions and tokens survive a restart; in production loadEnv has already refused missing ones.
 */
export function runtimeEnv(source: NodeJS.ProcessEnv = process.env): RuntimeEnv {
  const env = loadEnv(source);
  const local = env.NODE_ENV === 'production' ? {} : localSecrets();
  const secrets = Object.fromEntries(SECRET_NAMES.map((name) => [name, (env as any)[name] ?? local[name]])) as RuntimeEnv['secrets'];
  const appKeys = env.APP_KEYS ?? local.APP_KEYS;
  return {
    ...env,
    APP_KEYS_LIST: Array.isArray(appKeys) ? appKeys : String(appKeys).split(',').map((k) => k.trim()).filter(Boolean),
    secrets,
    databaseFile: path.resolve(CMS_DIR, env.DATABASE_FILENAME),
  };
}

function localSecrets(): Record<string, string> {
  const file = path.join(CMS_DIR, '.tmp', 'dev-secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const make = () => randomBytes(24).toString('base64url');
  const secrets: Record<string, string> = { APP_KEYS: [make(), make(), make(), make()].join(',') };
  for (const name of SECRET_NAMES) secrets[name] = make();
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
