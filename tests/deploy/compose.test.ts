// docker-compose.yml, the Dockerfiles and .env.example checked against the code, since no Docker engine runs on
// these machines: the services and their health checks, ports, volumes, and every environment variable the CMS and
// the portal read reaching the right container.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EnvError, SECRET_VARIABLES, isExampleSecret, loadEnv } from '@community-sharing/config';
import { ROOT, envSchemaVariables, parseDockerfile, parseDotenv, processEnvReads, read } from './read-sources';

// Merge keys (`<<: *node-service`) as docker compose reads them.
const compose = parse(read('docker-compose.yml'), { merge: true });
const services: Record<string, any> = compose.services;
const example = parseDotenv(read('.env.example'));

/** Variables read by code that are not deployment settings. */
const NOT_SETTINGS: Record<string, string> = {
  CI: 'progress bars on a terminal only',
  CPV_TUNING: 'experiments of the CPV evaluation script only',
  BENCH_QUERIES: 'benchmark scripts only',
};
/** CMS settings the compose stack has no use for. */
const NOT_IN_COMPOSE: Record<string, string> = { DATABASE_FILENAME: 'SQLite only; the stack runs PostgreSQL' };

const cmsReads = [...new Set([...envSchemaVariables(), ...processEnvReads('cms/src', 'cms/config', 'plugins/search/src', 'plugins/matching/src', 'config/src')])].filter((name) => !(name in NOT_SETTINGS));
const siteReads = [...processEnvReads('site/src', 'site/astro.config.mjs')].filter((name) => !(name in NOT_SETTINGS));

/** A service's environment as a map of strings. */
function environmentOf(service: string): Map<string, string> {
  const env = services[service].environment ?? {};
  return new Map(Object.entries(env).map(([key, value]) => [key, String(value)]));
}

/** The `${NAME...}` references in a compose value (a literal `$$` is not one). */
function references(value: string): string[] {
  return [...value.replace(/\$\$/g, '').matchAll(/\$\{([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]);
}

/** The URL path a health check test fetches. */
function healthPath(test: string[] | string): string {
  const text = Array.isArray(test) ? test.join(' ') : test;
  // Either a whole URL ('http://127.0.0.1:1337/api/ready') or one built from the port ('...' + port + '/health').
  const whole = /https?:\/\/[^/'"\s]+(\/[^'"\s)]*)'/.exec(text);
  if (whole) return whole[1];
  const tail = /\+ '(\/[\w/-]+)'/.exec(text);
  if (!tail) throw new Error(`no URL in health check ${text}`);
  return tail[1];
}

/** Whether a path is served: the CMS's /api/<route> of a routes file, or a page of the portal. */
function isRoute(service: 'cms' | 'site', urlPath: string): boolean {
  if (service === 'cms') {
    const route = urlPath.replace(/^\/api/, '');
    return read('cms/src/api/health/routes/health.ts').includes(`path: '${route}'`);
  }
  return existsSync(path.join(ROOT, 'site/src/pages', `${urlPath.slice(1)}.ts`));
}

describe('docker-compose.yml', () => {
  it('runs PostgreSQL 15 or 16, Redis 7, the CMS, the portal and an SMTP catcher with a web view', () => {
    expect(Object.keys(services).sort()).toEqual(['cms', 'mailpit', 'postgres', 'redis', 'site']);
    expect(services.postgres.image).toMatch(/^postgres:1[56]([.-]|$)/);
    expect(services.redis.image).toMatch(/^redis:7([.-]|$)/);
    expect(services.mailpit.image).toMatch(/^axllent\/mailpit:/);
    expect(services.mailpit.ports).toContain('127.0.0.1:8025:8025');
    expect(services.cms.build.dockerfile).toBe('cms/Dockerfile');
    expect(services.site.build.dockerfile).toBe('site/Dockerfile');
  });

  it('restarts every service after a crash or a reboot', () => {
    for (const [name, service] of Object.entries(services)) expect(service.restart, name).toBe('unless-stopped');
    expect(services.cms.init).toBe(true);
    expect(Object.keys(services.cms)).not.toContain('<<');
  });

  it('gives every service a health check, and starts each after what it needs is healthy', () => {
    for (const [name, service] of Object.entries(services)) expect(service.healthcheck?.test, `${name} has no health check`).toBeTruthy();
    const needs: Record<string, string[]> = { cms: ['postgres', 'redis', 'mailpit'], site: ['cms', 'redis'] };
    for (const [name, wanted] of Object.entries(needs)) {
      const dependsOn = services[name].depends_on;
      expect(Object.keys(dependsOn).sort()).toEqual([...wanted].sort());
      for (const dependency of wanted) expect(dependsOn[dependency]).toEqual({ condition: 'service_healthy' });
    }
  });

  it('checks health at paths the CMS and the portal serve', () => {
    expect(healthPath(services.cms.healthcheck.test)).toBe('/api/ready');
    expect(isRoute('cms', '/api/ready')).toBe(true);
    expect(healthPath(services.site.healthcheck.test)).toBe('/health');
    expect(isRoute('site', '/health')).toBe(true);
  });

  it('keeps data in named volumes, each declared and used', () => {
    const declared = Object.keys(compose.volumes).sort();
    const used = Object.values(services)
      .flatMap((service: any) => service.volumes ?? [])
      .map((volume: string) => volume.split(':')[0])
      .sort();
    expect(used).toEqual(declared);
    expect(services.postgres.volumes).toContain('postgres-data:/var/lib/postgresql/data');
    expect(services.cms.volumes).toContain('uploads:/app/cms/public/uploads');
  });

  it('publishes the CMS and the portal on the ports the apps listen on by default', () => {
    const defaults = loadEnv({});
    expect(environmentOf('cms').get('CMS_PORT')).toBe(String(defaults.CMS_PORT));
    expect(services.cms.ports).toEqual([`${defaults.CMS_PORT}:${defaults.CMS_PORT}`]);
    // The portal's adapter listens on PORT, 4321 when unset (site/astro.config.mjs).
    expect(read('site/astro.config.mjs')).toContain(`process.env.PORT ?? ${defaults.SITE_PORT}`);
    expect(environmentOf('site').get('PORT')).toBe(String(defaults.SITE_PORT));
    expect(services.site.ports).toEqual([`${defaults.SITE_PORT}:${defaults.SITE_PORT}`]);
    expect(environmentOf('site').get('CMS_URL')).toBe(`http://cms:${defaults.CMS_PORT}`);
    expect(environmentOf('cms').get('DATABASE_URL')).toMatch(/@postgres:5432\//);
  });

  it('passes every variable the CMS reads to the cms service', () => {
    expect(cmsReads.length).toBeGreaterThan(30);
    const env = environmentOf('cms');
    expect(cmsReads.filter((name) => !env.has(name) && !(name in NOT_IN_COMPOSE))).toEqual([]);
  });

  it('passes every variable the portal reads to the site service, and none of the CMS secrets', () => {
    expect(siteReads).toEqual(expect.arrayContaining(['CMS_URL', 'SITE_URL', 'PORT', 'HOST', 'CMS_TIMEOUT_MS']));
    const env = environmentOf('site');
    expect(siteReads.filter((name) => !env.has(name))).toEqual([]);
    for (const secret of [...SECRET_VARIABLES, 'DATABASE_URL', 'POSTGRES_PASSWORD', 'SMTP_PASS', 'ALGOLIA_ADMIN_KEY', 'S3_SECRET_ACCESS_KEY']) {
      expect([...env.values()].join(' '), secret).not.toContain(secret);
      expect(env.has(secret), secret).toBe(false);
    }
  });

  it('takes every value it interpolates from a variable that .env.example lists', () => {
    const referenced = new Set(references(read('docker-compose.yml')));
    expect(referenced.size).toBeGreaterThan(30);
    expect([...referenced].filter((name) => !example.has(name))).toEqual([]);
  });
});

describe('.env.example', () => {
  it('lists every variable the CMS and the portal read (set by compose where the container fixes it)', () => {
    const fixedByCompose = (service: string, name: string) => environmentOf(service).has(name) && references(environmentOf(service).get(name)!).length === 0;
    const missing = [
      ...cmsReads.filter((name) => !example.has(name) && !fixedByCompose('cms', name)),
      ...siteReads.filter((name) => !example.has(name) && !fixedByCompose('site', name) && !references(environmentOf('site').get(name) ?? '').some((ref) => example.has(ref))),
    ];
    expect(missing).toEqual([]);
  });

  it('lists nothing that nobody reads', () => {
    const composeRefs = new Set(references(read('docker-compose.yml')));
    const unread = [...example.keys()].filter((name) => !cmsReads.includes(name) && !siteReads.includes(name) && !composeRefs.has(name));
    expect(unread).toEqual([]);
  });

  it('holds example secrets that a production start refuses, each named', () => {
    expect(example.get('NODE_ENV')).toBe('production');
    let error: unknown;
    try {
      loadEnv(Object.fromEntries(example));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvError);
    const refused = (error as EnvError).problems.map((p) => p.variable);
    expect(refused.sort()).toEqual([...SECRET_VARIABLES].sort());
    for (const name of [...SECRET_VARIABLES, 'POSTGRES_PASSWORD']) {
      for (const value of example.get(name)!.split(',')) expect(isExampleSecret(value), name).toBe(true);
    }
    // The database password appears in the example URL too, as the same example value.
    expect(example.get('DATABASE_URL')).toContain(example.get('POSTGRES_PASSWORD'));
  });
});

describe('the Dockerfiles', () => {
  const images = [
    { name: 'cms', file: 'cms/Dockerfile', port: 1337, health: '/api/health', service: 'cms' as const },
    { name: 'site', file: 'site/Dockerfile', port: 4321, health: '/health', service: 'site' as const },
  ];

  for (const image of images) {
    describe(image.file, () => {
      const instructions = parseDockerfile(read(image.file));
      const stages = Math.max(...instructions.map((i) => i.stage)) + 1;
      const last = instructions.filter((i) => i.stage === stages - 1);
      const args = new Map(instructions.filter((i) => i.keyword === 'ARG').map((i) => i.args.split('=') as [string, string]));

      it('builds in several stages, each on Node 24 (Debian bookworm slim)', () => {
        expect(stages).toBeGreaterThanOrEqual(2);
        for (const from of instructions.filter((i) => i.keyword === 'FROM')) {
          const base = from.args.split(/\s+/)[0].replace(/^\$\{(\w+)\}$/, (_, name) => args.get(name) ?? '');
          expect(base).toBe('node:24-bookworm-slim');
        }
      });

      it('installs the workspace from its lockfile and builds it', () => {
        const runs = instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args).join('\n');
        expect(runs).toMatch(/npm ci\b/);
        expect(runs).toMatch(/scripts\/lib\/build\.mjs/);
        expect(runs).toMatch(/npm prune --omit=dev/);
        expect(instructions.some((i) => i.keyword === 'COPY' && i.args.includes('package-lock.json'))).toBe(true);
      });

      it('runs as an unprivileged user, exposes the app port and checks a served health path', () => {
        const user = last.filter((i) => i.keyword === 'USER').at(-1)?.args;
        expect(user).toBeDefined();
        expect(['root', '0', '0:0']).not.toContain(user);
        expect(last.find((i) => i.keyword === 'EXPOSE')?.args).toBe(String(image.port));
        const healthcheck = last.find((i) => i.keyword === 'HEALTHCHECK');
        expect(healthcheck?.args).toContain('CMD');
        expect(healthPath(healthcheck!.args)).toBe(image.health);
        expect(isRoute(image.service, image.health)).toBe(true);
        expect(last.some((i) => i.keyword === 'CMD')).toBe(true);
        // The runtime image never carries local secrets or databases made during the build.
        expect(instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args).join(' ')).toMatch(/rm -rf [^&]*\b(cms\/\.tmp|cms)\b/);
      });

      it('sets production defaults', () => {
        const env = last.filter((i) => i.keyword === 'ENV').map((i) => i.args).join(' ');
        expect(env).toContain('NODE_ENV=production');
        expect(env).toContain('LOG_FORMAT=json');
      });
    });
  }

  it('keeps dependencies, build output, local data and secrets out of the build context', () => {
    const ignored = read('.dockerignore').split('\n').map((line) => line.trim());
    for (const pattern of ['**/node_modules', '**/dist', '**/.tmp', '.env', '.git']) expect(ignored).toContain(pattern);
    expect(ignored).toContain('!.env.example');
  });
});

describe('usage data', () => {
  it('leaves the machine from neither Strapi nor the Astro build (requests to the API carried their URLs)', () => {
    expect(JSON.parse(read('cms/package.json')).strapi.telemetryDisabled).toBe(true);
    expect(read('scripts/lib/build.mjs')).toMatch(/ASTRO_TELEMETRY_DISABLED: '1'/);
  });
});
