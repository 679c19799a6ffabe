// A PostgreSQL cluster of the test's own (initdb into a temporary folder, on a free port), which a fault test may
// stop and restart. Never the shared server on 127.0.0.1:5432, which other suites and machines use.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The folder of the PostgreSQL server binaries (initdb, pg_ctl, pg_dump, pg_restore). */
export function postgresBinDir(): string {
  for (const version of ['16', '15']) {
    const dir = `/usr/lib/postgresql/${version}/bin`;
    if (existsSync(path.join(dir, 'pg_ctl'))) return dir;
  }
  throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql/{16,15}/bin');
}

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface PrivatePostgres {
  port: number;
  /** postgres://postgres@127.0.0.1:PORT/<database> */
  url(database?: string): string;
  /** Stops the server (fast shutdown: open sessions are terminated, as in a restart or a failover). */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Removes the cluster (stopping it first). */
  destroy(): void;
}

/** PostgreSQL refuses to run as root: run its tools as the postgres OS user then. */
function runAsOwner(binary: string, args: string[]): string {
  const asRoot = process.getuid?.() === 0;
  const [command, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
  return execFileSync(command, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const execFileAsync = promisify(execFile);

/** The same, without blocking the event loop (a CMS in this process keeps serving while the server goes down). */
async function runAsOwnerAsync(binary: string, args: string[]): Promise<void> {
  const asRoot = process.getuid?.() === 0;
  const [command, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
  await execFileAsync(command, argv);
}

/** Creates and starts a throw-away cluster (trust authentication, loopback only, fsync off: it holds test data). */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBinDir();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cs-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  runAsOwner(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync', '--locale=C.UTF-8']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const pgCtlArgs = (args: string[]) => ['-D', data, '-l', path.join(dir, 'server.log'), ...args];
  const pgCtl = (...args: string[]) => runAsOwnerAsync(path.join(bin, 'pg_ctl'), pgCtlArgs(args));
  const cluster: PrivatePostgres = {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start: () => pgCtl('-o', options, '-w', '-t', '60', 'start'),
    stop: () => pgCtl('-m', 'fast', '-w', '-t', '60', 'stop'),
    destroy() {
      try {
        runAsOwner(path.join(bin, 'pg_ctl'), pgCtlArgs(['-m', 'immediate', '-w', 'stop']));
      } catch {
        /* already stopped */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}
