// The built portal (site/server.mjs around site/dist) as a child process, the way production runs it: Node, PORT,
// HOST and CMS_URL. Used by the browser suite's global setup, by tests that need a second portal (the CMS-down
// test) and by the site benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';

export const SITE_ENTRY = path.resolve(import.meta.dirname, '../../site/server.mjs');

export interface PortalProcess {
  /** e.g. http://127.0.0.1:43567 */
  url: string;
  port: number;
  child: ChildProcess;
  /** What the portal printed (stdout and stderr), for error messages. */
  output(): string;
  stop(): Promise<void>;
}

const EXIT_WITH_PARENT = 'process.stdin.on("end", () => process.exit(0)); process.stdin.on("error", () => process.exit(0)); process.stdin.resume();';

/** A TCP port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the built portal against a CMS and resolves once it answers HTTP. `extraEnv` is added to the
 * environment (e.g. CMS_TIMEOUT_MS); `entry` runs another build than site/dist (a benchmark's baseline). The
 * process is killed when this process exits.
 */
export async function startPortal(cmsUrl: string, extraEnv: Record<string, string> = {}, entry = SITE_ENTRY): Promise<PortalProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  // The portal exits when its stdin closes, so it never outlives this process, however this one ends.
  const child = spawn(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(EXIT_WITH_PARENT)}`, entry], {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', CMS_URL: cmsUrl, SITE_URL: '', ...extraEnv },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code, signal) => reject(new Error(`the portal exited (${code ?? signal}) before answering:\n${log}`))),
  );
  exited.catch(() => {});
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      // robots.txt needs no CMS: it answers as soon as the server listens.
      const response = await Promise.race([fetch(`${url}/robots.txt`), exited]);
      await response.arrayBuffer();
      if (response.ok) break;
    } catch (error) {
      if (child.exitCode !== null || child.signalCode !== null) throw error;
      if (Date.now() > deadline) throw new Error(`the portal did not answer on ${url} within 30 s:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  return {
    url,
    port,
    child,
    output: () => log,
    async stop() {
      process.off('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      // Closing stdin lets it exit normally (so that, say, --cpu-prof writes its profile); signals if it does not.
      child.stdin!.end();
      const term = setTimeout(() => child.kill('SIGTERM'), 2000);
      const kill = setTimeout(() => child.kill('SIGKILL'), 7000);
      await gone;
      clearTimeout(term);
      clearTimeout(kill);
    },
  };
}
