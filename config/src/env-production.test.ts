import { describe, expect, it } from 'vitest';
import { EnvError, loadEnv } from './env.js';

// The production settings of the deployable stack: log format, trusted proxy, the upload provider.
const SECRETS = {
  APP_KEYS: 'k1-3f9a8b7c6d5e4f3a,k2-1a2b3c4d5e6f7a8b',
  API_TOKEN_SALT: 'Vq3nP8sLw2Zr6Ty1Hk',
  ADMIN_JWT_SECRET: 'Rf7Gd2Jm9Xc4Nb8Qs5',
  TRANSFER_TOKEN_SALT: 'Lp0Oi9Uy8Tr7Ew6Qa5',
  JWT_SECRET: 'Mz1Xn2Cb3Vq4Wl5Ek6',
  ENCRYPTION_KEY: 'Hs9Dj8Fk7Gl6Az5Sx4',
};
const S3 = { UPLOAD_PROVIDER: 's3', S3_BUCKET: 'cs-uploads', S3_REGION: 'eu-central-1', S3_ACCESS_KEY_ID: 'AKIAEXAMPLEKEY', S3_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY' };

function problems(source: Record<string, string>): string[] {
  try {
    loadEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as EnvError).problems.map((p) => `${p.variable} ${p.message}`);
  }
  throw new Error('loadEnv did not throw');
}

describe('log format and trusted proxy', () => {
  it('log JSON and trust the proxy in production, pretty and untrusted elsewhere, unless set', () => {
    expect(loadEnv({})).toMatchObject({ LOG_FORMAT: 'pretty', TRUST_PROXY: false });
    expect(loadEnv({ NODE_ENV: 'production', ...SECRETS })).toMatchObject({ LOG_FORMAT: 'json', TRUST_PROXY: true });
    expect(loadEnv({ LOG_FORMAT: 'json', TRUST_PROXY: 'yes' })).toMatchObject({ LOG_FORMAT: 'json', TRUST_PROXY: true });
    expect(loadEnv({ NODE_ENV: 'production', ...SECRETS, LOG_FORMAT: 'pretty', TRUST_PROXY: 'false' })).toMatchObject({ LOG_FORMAT: 'pretty', TRUST_PROXY: false });
  });

  it('names a bad value', () => {
    expect(problems({ LOG_FORMAT: 'xml', TRUST_PROXY: 'maybe' })).toEqual([
      'LOG_FORMAT must be one of pretty, json, auto (got "xml")',
      'TRUST_PROXY must be true or false (got "maybe")',
    ]);
  });
});

describe('upload provider', () => {
  it('is the local disk by default', () => {
    expect(loadEnv({}).UPLOAD_PROVIDER).toBe('local');
  });

  it('accepts a complete S3 configuration', () => {
    const env = loadEnv({ ...S3, S3_ENDPOINT: 'https://s3.example.net/', S3_FORCE_PATH_STYLE: 'true' });
    expect(env).toMatchObject({ UPLOAD_PROVIDER: 's3', S3_BUCKET: 'cs-uploads', S3_ENDPOINT: 'https://s3.example.net', S3_FORCE_PATH_STYLE: true });
  });

  it('names every missing S3 variable', () => {
    expect(problems({ UPLOAD_PROVIDER: 's3' })).toEqual([
      'S3_BUCKET must be set when UPLOAD_PROVIDER is s3',
      'S3_REGION must be set when UPLOAD_PROVIDER is s3',
      'S3_ACCESS_KEY_ID must be set when UPLOAD_PROVIDER is s3',
      'S3_SECRET_ACCESS_KEY must be set when UPLOAD_PROVIDER is s3',
    ]);
  });

  it('refuses an unknown provider and a malformed endpoint', () => {
    expect(problems({ UPLOAD_PROVIDER: 'ftp' })).toEqual(['UPLOAD_PROVIDER must be one of local, s3 (got "ftp")']);
    expect(problems({ ...S3, S3_ENDPOINT: 'minio:9000' })).toEqual(['S3_ENDPOINT must be an http:// or https:// URL (got "minio:9000")']);
  });

  it('refuses an example S3 secret in production, never echoing it', () => {
    const found = problems({ NODE_ENV: 'production', ...SECRETS, ...S3, S3_SECRET_ACCESS_KEY: 'example-s3-secret-key' });
    expect(found).toEqual(['S3_SECRET_ACCESS_KEY must not be an example value in production']);
    expect(found.join()).not.toContain('example-s3-secret-key');
  });
});
