// The portal's /health and /ready answers against the real CMS the site tests start (CMS_URL), a closed port and
// a CMS that never answers; and the portal's JSON log lines.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { log } from './log';
import { healthResponse, readinessResponse } from './readiness';

const CMS_URL = process.env.CMS_URL ?? 'http://localhost:1337';

let silent: Server;
let silentUrl: string;
let closedUrl: string;

beforeAll(async () => {
  // Accepts connections and never answers: a CMS stuck behind a dead database or a full event loop.
  silent = createServer(() => {});
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
});

afterAll(async () => {
  silent.closeAllConnections();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});

describe('GET /health', () => {
  it('answers 200 without asking the CMS', async () => {
    const response = healthResponse();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect((await response.json()).status).toBe('ok');
  });
});

describe('GET /ready', () => {
  it('is ready when the CMS answers', async () => {
    const response = await readinessResponse(CMS_URL, 5000);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ready', cms: { ok: true } });
  });

  it('answers 503 with Retry-After at once when the CMS is not listening', async () => {
    const started = Date.now();
    const response = await readinessResponse(closedUrl, 5000);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toMatchObject({ status: 'unavailable', cms: { ok: false, error: 'the CMS cannot be reached' } });
  });

  it('gives up on a CMS that does not answer within the timeout', async () => {
    const started = Date.now();
    const response = await readinessResponse(silentUrl, 300);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ cms: { ok: false, error: 'no answer within 300 ms' } });
  });
});

describe('the portal log', () => {
  function capture(run: () => void): string {
    const write = process.stderr.write;
    let written = '';
    process.stderr.write = ((chunk: string) => {
      written += chunk;
      return true;
    }) as typeof process.stderr.write;
    try {
      run();
    } finally {
      process.stderr.write = write;
    }
    return written;
  }

  it('writes one JSON object a line with LOG_FORMAT=json, a readable line with pretty', () => {
    const previous = process.env.LOG_FORMAT;
    try {
      process.env.LOG_FORMAT = 'json';
      const line = capture(() => log('error', 'request failed', { status: 503, path: '/bg/listings' }));
      expect(line.endsWith('\n')).toBe(true);
      expect(JSON.parse(line)).toMatchObject({ level: 'error', service: 'portal', message: 'request failed', status: 503, path: '/bg/listings' });
      process.env.LOG_FORMAT = 'pretty';
      expect(capture(() => log('warn', 'slow'))).toBe('[portal] warn slow\n');
    } finally {
      if (previous === undefined) delete process.env.LOG_FORMAT;
      else process.env.LOG_FORMAT = previous;
    }
  });
});
