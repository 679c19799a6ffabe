// The CMS goes away and comes back. A second portal process reads the CMS through a TCP relay that the test
// switches off and on (the same port refusing connections, as a stopped CMS does): the portal must answer 503
// with a clear page while the CMS is away and recover by itself, without a restart, when it is back.
import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type PortalProcess } from '../support/portal-process';
import { newPage, stack, useBrowser } from './browser';

/** A TCP relay to the CMS that can be cut (listener closed, live connections reset) and restored on its port. */
class Relay {
  private server?: Server;
  private sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: URL) {}

  async start(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(Number(this.target.port), this.target.hostname);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.resetAndDestroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }
}

const browser = useBrowser();
const relay = new Relay(new URL(stack.cmsUrl));
let portal: PortalProcess;

beforeAll(async () => {
  await relay.start();
  portal = await startPortal(relay.url);
});

afterAll(async () => {
  await portal?.stop();
  await relay.stop();
});

async function get(path: string) {
  const started = Date.now();
  const response = await fetch(portal.url + path, { redirect: 'manual' });
  return { status: response.status, headers: response.headers, body: await response.text(), ms: Date.now() - started };
}

describe('when the CMS is down', () => {
  it('answers 503 with a clear page, then recovers by itself when the CMS is back', async () => {
    const up = await get('/en/listings');
    expect(up.status).toBe(200);
    const pid = portal.child.pid;

    await relay.stop();

    // Addresses the portal has not cached: each needs the CMS.
    const down = await get('/en/listings?q=fire');
    expect(down.status, down.body.slice(0, 500)).toBe(503);
    expect(down.ms, 'a refused connection is answered at once, not after a timeout').toBeLessThan(5000);
    expect(down.headers.get('retry-after')).toBe('30');
    expect(down.headers.get('cache-control')).toContain('no-store');
    expect(down.headers.get('content-type')).toMatch(/^text\/html/);
    expect(down.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(down.body).toContain('<html lang="en"');
    expect(down.body).toMatch(/<h1[^>]*>Temporarily unavailable<\/h1>/);
    // It offers to try the same address again.
    expect(down.body).toContain('href="/en/listings?q=fire"');

    for (const [path, heading] of [
      ['/bg/', 'Временно недостъпно'],
      ['/el/municipalities', null],
      [`/mk/listings/${stack.foreignListing.slug}`, null],
      ['/sr-Cyrl/news', null],
    ] as const) {
      const response = await get(path);
      expect(response.status, path).toBe(503);
      expect(response.body, path).toContain('data-testid="error"');
      if (heading) expect(response.body).toContain(heading);
    }

    // In a browser: the status, the page in the visitor's language, and its "try again" link.
    const session = await newPage(browser());
    const response = await session.page.goto(`${portal.url}/de/listings?q=pumpe`);
    expect(response?.status()).toBe(503);
    expect(await session.page.locator('html').getAttribute('lang')).toBe('de');
    expect(await session.page.getByTestId('error').isVisible()).toBe(true);
    expect(await session.page.getByTestId('error').locator('a[href="/de/listings?q=pumpe"]').count()).toBe(1);

    await relay.start();

    // Back: within the portal's pause after a failure (3 s) and its cache (10 s), with no restart.
    const deadline = Date.now() + 20_000;
    let back = await get('/en/listings?q=fire');
    while (back.status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      back = await get('/en/listings?q=fire');
    }
    expect(back.status).toBe(200);
    expect(back.body).toContain('data-testid="result-count"');
    expect(portal.child.pid).toBe(pid);
    expect(portal.child.exitCode).toBeNull();
    // The same browser page, reloaded, shows the results.
    const again = await session.page.reload();
    expect(again?.status()).toBe(200);
    expect(await session.page.getByTestId('result-count').isVisible()).toBe(true);
    await session.close();
  });
});
