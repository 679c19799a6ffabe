// The compiled CMS started the way production starts it: refused with .env.example's placeholder secrets (each
// named), started with real ones and writing JSON log lines; and the S3 upload provider accepting our configuration.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET_VARIABLES, loadEnv } from '@community-sharing/config';
import { createTestDatabase, type TestDatabase } from '../support/databases';
import { requireCms } from '../support/strapi-instance';
import { ROOT, parseDotenv, read } from './read-sources';

const CMS_DIR = path.join(ROOT, 'cms');

/** Loads the compiled CMS in a child process with exactly `env` (plus PATH), as `strapi start` would, then stops. */
function loadCms(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const script = `require('@strapi/strapi').createStrapi({ appDir: process.cwd(), distDir: require('path').join(process.cwd(), 'dist'), serveAdminPanel: false, autoReload: false })
    .load().then(async (strapi) => { console.log('LOADED'); strapi.plugin('search').service('search').stop(); await strapi.db.destroy(); process.exit(0); },
      (error) => { console.error(error.message); process.exit(1); })`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', script], { cwd: CMS_DIR, env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('a production start', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('is refused with the placeholder secrets of .env.example, naming each one', async () => {
    const example = Object.fromEntries(parseDotenv(read('.env.example')));
    const result = await loadCms({ ...example, ...database.env });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('LOADED');
    for (const name of SECRET_VARIABLES) expect(result.stderr).toContain(`${name} must not be an example value in production`);
    // The values themselves are never echoed.
    expect(result.stderr).not.toContain('change-me-jwt-secret-value');
  });

  it('is refused when a secret is missing', async () => {
    const result = await loadCms({ NODE_ENV: 'production', ...database.env });
    expect(result.code).toBe(1);
    for (const name of SECRET_VARIABLES) expect(result.stderr).toContain(`${name} must be set in production`);
  });

  it('starts with real secrets and logs one JSON object a line', async () => {
    const secret = () => randomBytes(24).toString('base64url');
    const secrets = Object.fromEntries(SECRET_VARIABLES.map((name) => [name, name === 'APP_KEYS' ? `${secret()},${secret()}` : secret()]));
    const result = await loadCms({ NODE_ENV: 'production', ...secrets, ...database.env, LOG_LEVEL: 'info' });
    expect(result.stderr + result.stdout).toContain('LOADED');
    expect(result.code).toBe(0);
    const logLines = result.stdout.split('\n').filter((line) => line.trim() !== '' && line !== 'LOADED');
    expect(logLines.length).toBeGreaterThan(0);
    for (const line of logLines) expect(() => JSON.parse(line), line).not.toThrow();
    expect(JSON.parse(logLines[0])).toMatchObject({ level: expect.any(String), message: expect.any(String), timestamp: expect.anything() });
  }, 120_000);
});

describe('uploads', () => {
  const { uploadPluginConfig } = requireCms('src/runtime/upload-config.js');

  it('go to the local disk by default', () => {
    expect(uploadPluginConfig(loadEnv({})).config.provider).toBe('local');
  });

  it('go to an S3-compatible bucket with UPLOAD_PROVIDER=s3, in a shape the provider accepts', () => {
    const env = loadEnv({
      UPLOAD_PROVIDER: 's3', S3_BUCKET: 'cs-uploads', S3_REGION: 'eu-central-1', S3_ENDPOINT: 'https://s3.example.net',
      S3_ACCESS_KEY_ID: 'AKIA0000', S3_SECRET_ACCESS_KEY: 'a-real-looking-secret-0000', S3_PUBLIC_URL: 'https://cdn.example.net', S3_FORCE_PATH_STYLE: 'true',
    });
    const { config } = uploadPluginConfig(env);
    expect(config.provider).toBe('aws-s3');
    // Strapi resolves provider "aws-s3" to this package, from the CMS.
    const provider = createRequire(path.join(CMS_DIR, 'package.json'))('@strapi/provider-upload-aws-s3');
    const instance = (provider.default ?? provider).init(config.providerOptions);
    for (const method of ['upload', 'uploadStream', 'delete']) expect(typeof instance[method]).toBe('function');
    expect(config.providerOptions.s3Options).toMatchObject({ region: 'eu-central-1', endpoint: 'https://s3.example.net', forcePathStyle: true, params: { Bucket: 'cs-uploads' } });
  });
});
