// The environment the CMS and the site run with, validated in one place. A blank variable counts as unset
// (a `.env` line `DATABASE_URL=` means "no database URL"). Values that may hold credentials (URLs, secrets,
// passwords) are never echoed in error messages.
import { z } from 'zod';

/** The run modes. */
export const NODE_ENVS = ['development', 'test', 'production'] as const;
/** One of NODE_ENVS. */
export type NodeEnv = (typeof NODE_ENVS)[number];

/** The log levels, most severe first. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;
/** One of LOG_LEVELS. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The secrets the CMS needs: optional in development and test (it generates local ones), required in production. */
export const SECRET_VARIABLES = [
  'APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY',
] as const;

/** Placeholder secrets from templates and tutorials, refused in production whatever their case. */
export const EXAMPLE_SECRET_VALUES: readonly string[] = [
  'secret', 'password', 'changeme', 'change-me', 'change_me', 'tobemodified', 'tobemodified1', 'tobemodified2',
  'example', 'your-secret', 'yoursecret', 'your_secret', 'replace-me', 'replaceme', 'default', 'test', 'xxx',
  'mysecret', 'supersecret', 'secretkey', 'secret-key', '1234567890123456', '0123456789abcdef',
];
// A secret containing one of these anywhere is a placeholder ("toBeModified1", "example-jwt-secret-value").
const EXAMPLE_SECRET_PARTS = ['changeme', 'change-me', 'change_me', 'tobemodified', 'example'];

/** Where the CMS keeps uploaded files: its own disk (one instance) or an S3-compatible bucket (several). */
export const UPLOAD_PROVIDERS = ['local', 's3'] as const;
/** One of UPLOAD_PROVIDERS. */
export type UploadProvider = (typeof UPLOAD_PROVIDERS)[number];

/** The log line formats: readable lines for a terminal, one JSON object a line for a log collector. */
export const LOG_FORMATS = ['pretty', 'json'] as const;
/** One of LOG_FORMATS. */
export type LogFormat = (typeof LOG_FORMATS)[number];

/** The variables UPLOAD_PROVIDER=s3 needs. */
export const S3_REQUIRED_VARIABLES = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

/** The minimum length of a production secret. */
export const MIN_SECRET_LENGTH = 16;

/** The validated, defaulted environment. */
export interface Env {
  NODE_ENV: NodeEnv;
  HOST: string;
  CMS_PORT: number;
  SITE_PORT: number;
  /** The CMS's public base URL, without a trailing slash. */
  CMS_URL: string;
  /** The portal's public base URL, without a trailing slash. */
  PUBLIC_SITE_URL: string;
  /** When set the CMS uses PostgreSQL, else SQLite at DATABASE_FILENAME. */
  DATABASE_URL: string | undefined;
  /** The SQLite file, relative to cms/. */
  DATABASE_FILENAME: string;
  DATABASE_SSL: boolean;
  DATABASE_POOL_MAX: number;
  /** The CMS's session keys, split on commas. */
  APP_KEYS: string[] | undefined;
  API_TOKEN_SALT: string | undefined;
  ADMIN_JWT_SECRET: string | undefined;
  TRANSFER_TOKEN_SALT: string | undefined;
  JWT_SECRET: string | undefined;
  ENCRYPTION_KEY: string | undefined;
  SEED_DEMO: boolean;
  DEMO_PASSWORD: string | undefined;
  ALGOLIA_APP_ID: string | undefined;
  ALGOLIA_ADMIN_KEY: string | undefined;
  ALGOLIA_SEARCH_KEY: string | undefined;
  SMTP_HOST: string | undefined;
  SMTP_PORT: number;
  SMTP_USER: string | undefined;
  SMTP_PASS: string | undefined;
  SMTP_SECURE: boolean;
  MAIL_FROM: string;
  REDIS_URL: string | undefined;
  /** Prefix of the rate-limit keys in Redis, so that deployments sharing one Redis keep their counts apart. */
  RATE_LIMIT_PREFIX: string;
  LOG_LEVEL: LogLevel;
  /** json in production unless set; pretty elsewhere. */
  LOG_FORMAT: LogFormat;
  /** Trust X-Forwarded-For/-Proto from a reverse proxy: true in production unless set. */
  TRUST_PROXY: boolean;
  UPLOAD_PROVIDER: UploadProvider;
  S3_BUCKET: string | undefined;
  S3_REGION: string | undefined;
  /** An S3-compatible endpoint (MinIO, Scaleway, OVH...); unset for AWS itself. */
  S3_ENDPOINT: string | undefined;
  S3_ACCESS_KEY_ID: string | undefined;
  S3_SECRET_ACCESS_KEY: string | undefined;
  /** The public base URL of the bucket (a CDN), when files are not served from the endpoint itself. */
  S3_PUBLIC_URL: string | undefined;
  S3_FORCE_PATH_STYLE: boolean;
}

/** A problem found in one raw value, phrased to follow the variable's name. */
class Problem {
  constructor(readonly text: string) {}
}

/** A variable read from a string: blank is unset and gives the fallback, else `parse` gives a value or a Problem. */
function variable<T, F extends T | undefined>(parse: (raw: string) => T | Problem, fallback: F) {
  return z
    .string({ error: 'must be a string' })
    .optional()
    .transform((value, ctx): T | F => {
      const raw = value?.trim();
      if (raw === undefined || raw === '') return fallback;
      const result = parse(raw);
      if (result instanceof Problem) {
        ctx.addIssue({ code: 'custom', message: result.text });
        return z.NEVER;
      }
      return result;
    });
}

const text = () => variable((raw) => raw, undefined);
const textOr = (fallback: string) => variable((raw) => raw, fallback);

const oneOf = <T extends string>(values: readonly T[], fallback: T) =>
  variable(
    (raw): T | Problem =>
      (values as readonly string[]).includes(raw) ? (raw as T) : new Problem(`must be one of ${values.join(', ')} (got "${raw}")`),
    fallback,
  );

const port = (fallback: number) =>
  variable((raw) => {
    const n = Number(raw);
    return /^\d+$/.test(raw) && n >= 1 && n <= 65535 ? n : new Problem(`must be a port number (got "${raw}")`);
  }, fallback);

const wholeNumber = (min: number, max: number, fallback: number) =>
  variable((raw) => {
    const n = Number(raw);
    return /^\d+$/.test(raw) && n >= min && n <= max ? n : new Problem(`must be a whole number from ${min} to ${max} (got "${raw}")`);
  }, fallback);

const TRUE = new Set(['true', '1', 'yes']);
const FALSE = new Set(['false', '0', 'no']);
function parseBool(raw: string): boolean | Problem {
  const lower = raw.toLowerCase();
  if (TRUE.has(lower)) return true;
  if (FALSE.has(lower)) return false;
  return new Problem(`must be true or false (got "${raw}")`);
}
const bool = (fallback: boolean) => variable(parseBool, fallback);
/** A boolean whose default depends on other variables (filled in after parsing). */

/** A URL whose scheme is one of `protocols`; `echo` says whether the value may appear in the message (no credentials). */
const url = (protocols: string[], what: string, echo: boolean) =>
  variable((raw) => {
    let parsed: URL | undefined;
    try {
      parsed = new URL(raw);
    } catch {
      parsed = undefined;
    }
    if (parsed && protocols.includes(parsed.protocol)) return echo ? raw.replace(/\/+$/, '') : raw;
    return new Problem(`must be ${what}` + (echo ? ` (got "${raw}")` : ''));
  }, undefined);

const appKeys = variable((raw) => {
  const keys = raw.split(',').map((k) => k.trim()).filter((k) => k !== '');
  return keys.length >= 2 ? keys : new Problem('must hold at least 2 comma-separated keys');
}, undefined);

const fields = {
  NODE_ENV: oneOf(NODE_ENVS, 'development'),
  HOST: textOr('0.0.0.0'),
  CMS_PORT: port(1337),
  SITE_PORT: port(4321),
  CMS_URL: url(['http:', 'https:'], 'an http:// or https:// URL', true),
  PUBLIC_SITE_URL: url(['http:', 'https:'], 'an http:// or https:// URL', true),
  DATABASE_URL: url(['postgres:', 'postgresql:'], 'a postgres:// URL', false),
  DATABASE_FILENAME: textOr('.tmp/data.db'),
  DATABASE_SSL: bool(false),
  DATABASE_POOL_MAX: wholeNumber(1, 1000, 10),
  APP_KEYS: appKeys,
  API_TOKEN_SALT: text(),
  ADMIN_JWT_SECRET: text(),
  TRANSFER_TOKEN_SALT: text(),
  JWT_SECRET: text(),
  ENCRYPTION_KEY: text(),
  SEED_DEMO: bool(true),
  DEMO_PASSWORD: variable((raw) => (raw.length >= 8 ? raw : new Problem('must be at least 8 characters long')), undefined),
  ALGOLIA_APP_ID: text(),
  ALGOLIA_ADMIN_KEY: text(),
  ALGOLIA_SEARCH_KEY: text(),
  SMTP_HOST: text(),
  SMTP_PORT: port(587),
  SMTP_USER: text(),
  SMTP_PASS: text(),
  SMTP_SECURE: bool(false),
  MAIL_FROM: textOr('Community Sharing <no-reply@localhost>'),
  REDIS_URL: url(['redis:', 'rediss:'], 'a redis:// or rediss:// URL', false),
  RATE_LIMIT_PREFIX: textOr('community-sharing'),
  LOG_LEVEL: oneOf(LOG_LEVELS, 'info'),
  LOG_FORMAT: oneOf<LogFormat | 'auto'>([...LOG_FORMATS, 'auto'], 'auto'),
  TRUST_PROXY: variable((raw): boolean | 'auto' | Problem => {
    const lower = raw.toLowerCase();
    if (TRUE.has(lower)) return true;
    if (FALSE.has(lower)) return false;
    return new Problem(`must be true or false (got "${raw}")`);
  }, 'auto' as const),
  UPLOAD_PROVIDER: oneOf(UPLOAD_PROVIDERS, 'local'),
  S3_BUCKET: text(),
  S3_REGION: text(),
  S3_ENDPOINT: url(['http:', 'https:'], 'an http:// or https:// URL', true),
  S3_ACCESS_KEY_ID: text(),
  S3_SECRET_ACCESS_KEY: text(),
  S3_PUBLIC_URL: url(['http:', 'https:'], 'an http:// or https:// URL', true),
  S3_FORCE_PATH_STYLE: bool(false),
};

/** Tells whether a secret is a placeholder from a template (case-insensitive). */
export function isExampleSecret(value: string): boolean {
  const lower = value.trim().toLowerCase();
  return EXAMPLE_SECRET_VALUES.includes(lower) || EXAMPLE_SECRET_PARTS.some((part) => lower.includes(part));
}

/** The production rule for one secret value: the problem, or undefined when it is acceptable. */
function secretProblem(value: string): string | undefined {
  if (isExampleSecret(value)) return 'must not be an example value in production';
  if (value.length < MIN_SECRET_LENGTH) return `must be at least ${MIN_SECRET_LENGTH} characters long in production`;
  return undefined;
}

/** The environment schema: each variable parsed and defaulted, then the rules that involve several variables. */
export const envSchema = z
  .object(fields)
  .superRefine(
    (env, ctx) => {
      const add = (name: string, message: string) => ctx.addIssue({ code: 'custom', path: [name], message });
      if (env.NODE_ENV === 'production') {
        for (const name of SECRET_VARIABLES) {
          const value = env[name];
          if (value === undefined) {
            add(name, 'must be set in production');
            continue;
          }
          // APP_KEYS is a list; a malformed one was already reported and arrives as a non-array.
          const values = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
          const problem = values.map(secretProblem).find((p) => p !== undefined);
          if (problem) add(name, problem);
        }
      }
      if (env.UPLOAD_PROVIDER === 's3') {
        for (const name of S3_REQUIRED_VARIABLES) if (!env[name]) add(name, 'must be set when UPLOAD_PROVIDER is s3');
        const key = env.S3_SECRET_ACCESS_KEY;
        if (env.NODE_ENV === 'production' && typeof key === 'string' && isExampleSecret(key)) add('S3_SECRET_ACCESS_KEY', 'must not be an example value in production');
      }
      // Indexing needs both; a search-only key alone is fine for a read-only site.
      if (env.ALGOLIA_APP_ID && !env.ALGOLIA_ADMIN_KEY) add('ALGOLIA_ADMIN_KEY', 'must be set when ALGOLIA_APP_ID is set');
      if (env.ALGOLIA_ADMIN_KEY && !env.ALGOLIA_APP_ID) add('ALGOLIA_APP_ID', 'must be set when ALGOLIA_ADMIN_KEY is set');
    },
    // Run even when single variables failed, so that one error lists every problem.
    { when: () => true },
  )
  .transform(
    (env): Env => ({
      ...env,
      CMS_URL: env.CMS_URL ?? `http://localhost:${env.CMS_PORT}`,
      PUBLIC_SITE_URL: env.PUBLIC_SITE_URL ?? `http://localhost:${env.SITE_PORT}`,
      LOG_FORMAT: env.LOG_FORMAT === 'auto' ? (env.NODE_ENV === 'production' ? 'json' : 'pretty') : env.LOG_FORMAT,
      TRUST_PROXY: env.TRUST_PROXY === 'auto' ? env.NODE_ENV === 'production' : env.TRUST_PROXY,
    }),
  );

/** One invalid variable and what is wrong with it. */
export interface EnvProblem {
  variable: string;
  message: string;
}

/** Thrown by loadEnv; its message names every bad variable ("Invalid environment: CMS_PORT must be a port number (got "abc"); ..."). */
export class EnvError extends Error {
  /** The problems, one per invalid variable and rule. */
  readonly problems: readonly EnvProblem[];

  constructor(problems: readonly EnvProblem[]) {
    super('Invalid environment: ' + problems.map((p) => `${p.variable} ${p.message}`).join('; '));
    this.name = 'EnvError';
    this.problems = problems;
  }
}

/** Validates and defaults the environment (process.env by default); throws EnvError listing every problem. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvError(
    result.error.issues.map((issue) => ({ variable: issue.path.map(String).join('.') || '(environment)', message: issue.message })),
  );
}

/** Tells whether the environment is production (where secrets are enforced). */
export function isProduction(env: Pick<Env, 'NODE_ENV'>): boolean {
  return env.NODE_ENV === 'production';
}

/** Which database the CMS uses: PostgreSQL when DATABASE_URL is set, else SQLite. */
export function databaseClient(env: Pick<Env, 'DATABASE_URL'>): 'postgres' | 'sqlite' {
  return env.DATABASE_URL ? 'postgres' : 'sqlite';
}
