import { describe, it, expect } from 'vitest';
import { EXAMPLE_SECRET_VALUES, EnvError, databaseClient, isExampleSecret, isProduction, loadEnv } from './env.js';

const GOOD_SECRETS = {
  APP_KEYS: 'k1-3f9a8b7c6d5e4f3a,k2-1a2b3c4d5e6f7a8b',
  API_TOKEN_SALT: 'Vq3nP8sLw2Zr6Ty1Hk',
  ADMIN_JWT_SECRET: 'Rf7Gd2Jm9Xc4Nb8Qs5',
  TRANSFER_TOKEN_SALT: 'Lp0Oi9Uy8Tr7Ew6Qa5',
  JWT_SECRET: 'Mz1Xn2Cb3Vq4Wl5Ek6',
  ENCRYPTION_KEY: 'Hs9Dj8Fk7Gl6Az5Sx4',
};

/** Runs loadEnv and returns the EnvError it throws. */
function envError(source: Record<string, string | undefined>): EnvError {
  try {
    loadEnv(source);
  } catch (err) {
    expect(err).toBeInstanceOf(EnvError);
    return err as EnvError;
  }
  throw new Error('loadEnv did not throw');
}

describe('loadEnv', () => {
  it('applies the defaults', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      NODE_ENV: 'development', HOST: '0.0.0.0', CMS_PORT: 1337, SITE_PORT: 4321,
      CMS_URL: 'http://localhost:1337', PUBLIC_SITE_URL: 'http://localhost:4321',
      DATABASE_FILENAME: '.tmp/data.db', DATABASE_SSL: false, DATABASE_POOL_MAX: 10, SEED_DEMO: true,
      SMTP_PORT: 587, SMTP_SECURE: false, MAIL_FROM: 'Community Sharing <no-reply@localhost>', LOG_LEVEL: 'info',
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.APP_KEYS).toBeUndefined();
    expect(databaseClient(env)).toBe('sqlite');
    expect(isProduction(env)).toBe(false);
  });

  it('derives the URLs from the ports and treats blanks as unset', () => {
    const env = loadEnv({ CMS_PORT: '8080', SITE_PORT: '3000', DATABASE_URL: '', HOST: '  ' });
    expect(env.CMS_URL).toBe('http://localhost:8080');
    expect(env.PUBLIC_SITE_URL).toBe('http://localhost:3000');
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.HOST).toBe('0.0.0.0');
    expect(env.TRUST_PROXY).toBe(false);
    expect(loadEnv({ NODE_ENV: 'production', ...productionSecretsForProxyTest() }).TRUST_PROXY).toBe(true);
    expect(loadEnv({ NODE_ENV: 'production', TRUST_PROXY: 'false', ...productionSecretsForProxyTest() }).TRUST_PROXY).toBe(false);
    expect(loadEnv({ TRUST_PROXY: 'yes' }).TRUST_PROXY).toBe(true);
  });

  it('parses values', () => {
    const env = loadEnv({
      NODE_ENV: 'test', CMS_URL: 'https://cms.example.org/', DATABASE_URL: 'postgresql://u:p@127.0.0.1:5432/cs',
      DATABASE_SSL: 'YES', DATABASE_POOL_MAX: '25', APP_KEYS: 'a, b ,c', SEED_DEMO: 'no', SMTP_SECURE: '1',
      REDIS_URL: 'rediss://cache:6380', LOG_LEVEL: 'debug', DEMO_PASSWORD: 'demo-pass-1',
    });
    expect(env).toMatchObject({
      NODE_ENV: 'test', CMS_URL: 'https://cms.example.org', DATABASE_SSL: true, DATABASE_POOL_MAX: 25,
      APP_KEYS: ['a', 'b', 'c'], SEED_DEMO: false, SMTP_SECURE: true, REDIS_URL: 'rediss://cache:6380', LOG_LEVEL: 'debug',
    });
    expect(databaseClient(env)).toBe('postgres');
    for (const [raw, value] of [['true', true], ['False', false], ['0', false], ['NO', false], ['Yes', true]] as const) {
      expect(loadEnv({ SEED_DEMO: raw }).SEED_DEMO).toBe(value);
    }
  });

  it('names every bad variable in one message', () => {
    const err = envError({ CMS_PORT: 'abc', DATABASE_URL: 'mysql://x/y', SEED_DEMO: 'maybe' });
    expect(err.message).toBe(
      'Invalid environment: CMS_PORT must be a port number (got "abc"); DATABASE_URL must be a postgres:// URL; ' +
        'SEED_DEMO must be true or false (got "maybe")',
    );
    expect(err.problems.map((p) => p.variable)).toEqual(['CMS_PORT', 'DATABASE_URL', 'SEED_DEMO']);
    expect(err.name).toBe('EnvError');
    expect(err).toBeInstanceOf(Error);
  });

  it.each([
    ['NODE_ENV', 'staging'],
    ['CMS_PORT', '70000'],
    ['SITE_PORT', '-1'],
    ['SMTP_PORT', '5 87'],
    ['CMS_URL', 'localhost:1337'],
    ['PUBLIC_SITE_URL', 'ftp://site'],
    ['DATABASE_URL', 'sqlite://data.db'],
    ['DATABASE_SSL', 'sometimes'],
    ['DATABASE_POOL_MAX', '0'],
    ['APP_KEYS', 'only-one-key'],
    ['SEED_DEMO', 'maybe'],
    ['SMTP_SECURE', 'tls'],
    ['DEMO_PASSWORD', 'short'],
    ['REDIS_URL', 'http://cache'],
    ['LOG_LEVEL', 'verbose'],
  ])('refuses a bad %s', (name, value) => {
    const err = envError({ [name]: value });
    expect(err.message).toMatch(new RegExp(`^Invalid environment: ${name} must `));
    expect(err.problems).toHaveLength(1);
  });

  it('never echoes credentials', () => {
    const err = envError({ DATABASE_URL: 'mysql://user:hunter2@db/x', DEMO_PASSWORD: 'hunter2', REDIS_URL: 'http://:hunter2@r' });
    expect(err.message).not.toContain('hunter2');
    expect(err.problems).toHaveLength(3);
  });

  it('wants both Algolia application id and admin key', () => {
    expect(envError({ ALGOLIA_APP_ID: 'APPID' }).message).toContain('ALGOLIA_ADMIN_KEY must be set when ALGOLIA_APP_ID is set');
    expect(envError({ ALGOLIA_ADMIN_KEY: 'key' }).message).toContain('ALGOLIA_APP_ID must be set when ALGOLIA_ADMIN_KEY is set');
    expect(loadEnv({ ALGOLIA_APP_ID: 'APPID', ALGOLIA_ADMIN_KEY: 'key' }).ALGOLIA_APP_ID).toBe('APPID');
    expect(loadEnv({ ALGOLIA_SEARCH_KEY: 'search-only' }).ALGOLIA_SEARCH_KEY).toBe('search-only');
  });
});

describe('production secrets', () => {
  it('accepts real secrets', () => {
    const env = loadEnv({ NODE_ENV: 'production', ...GOOD_SECRETS });
    expect(isProduction(env)).toBe(true);
    expect(env.APP_KEYS).toHaveLength(2);
  });

  it('are optional outside production', () => {
    expect(() => loadEnv({ NODE_ENV: 'development' })).not.toThrow();
    expect(() => loadEnv({ NODE_ENV: 'test', JWT_SECRET: 'short' })).not.toThrow();
  });

  it('refuses missing secrets, naming each', () => {
    const err = envError({ NODE_ENV: 'production' });
    expect(err.problems.map((p) => p.variable)).toEqual([
      'APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY',
    ]);
    expect(err.message).toContain('JWT_SECRET must be set in production');
  });

  it('refuses short and example secrets', () => {
    const cases: Record<string, string> = {
      API_TOKEN_SALT: 'tooshort',
      ADMIN_JWT_SECRET: 'SECRET',
      JWT_SECRET: 'toBeModified-toBeModified',
      ENCRYPTION_KEY: 'my-example-encryption-key',
      TRANSFER_TOKEN_SALT: 'please-CHANGEME-now-now',
      APP_KEYS: 'toBeModified1,toBeModified2',
    };
    const err = envError({ NODE_ENV: 'production', ...GOOD_SECRETS, ...cases });
    expect(err.problems.map((p) => p.variable).sort()).toEqual(Object.keys(cases).sort());
    expect(err.message).toContain('API_TOKEN_SALT must be at least 16 characters long in production');
    expect(err.message).toContain('ADMIN_JWT_SECRET must not be an example value in production');
    expect(err.message).not.toContain('tooshort');
  });

  it('refuses every listed example value whatever its case', () => {
    for (const value of EXAMPLE_SECRET_VALUES) {
      expect(isExampleSecret(value.toUpperCase()), value).toBe(true);
      const err = envError({ NODE_ENV: 'production', ...GOOD_SECRETS, JWT_SECRET: value.toUpperCase() });
      expect(err.problems.map((p) => p.variable)).toEqual(['JWT_SECRET']);
    }
    expect(isExampleSecret(GOOD_SECRETS.JWT_SECRET)).toBe(false);
  });
});

/** Acceptable production secrets, so that loadEnv passes in production mode. */
function productionSecretsForProxyTest(): Record<string, string> {
  const value = 'Zq8vW3nR5tY7uI9oP1aS';
  return { APP_KEYS: `${value}1,${value}2`, API_TOKEN_SALT: value, ADMIN_JWT_SECRET: value, TRANSFER_TOKEN_SALT: value, JWT_SECRET: value, ENCRYPTION_KEY: value };
}
