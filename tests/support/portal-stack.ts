// The whole stack as production runs it, for the browser suite: the compiled CMS with a small demo seed and the
// listings the tests look for (portal-stack-cms.ts, a process of its own), and the built portal
// (site/server.mjs) as a child process pointed at it.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
// @ts-expect-error: a plain ES module of the repository's scripts, without type declarations
import { buildSiteIfStale, compileServer } from '../../scripts/lib/build.mjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { startPortal, type PortalProcess } from './portal-process';
import { startStackMailServer, type StackMailServer } from './portal-stack-mail';
import { UNIQUE_WORD, type PortalStackInfo, type StackCmsInfo } from './portal-stack-data';

export * from './portal-stack-data';

const CMS_SCRIPT = path.join(import.meta.dirname, 'portal-stack-cms.ts');

export interface PortalStack {
  info: PortalStackInfo;
  cms: ChildProcess;
  portal: PortalProcess;
  stop(): Promise<void>;
}

/** Starts portal-stack-cms.ts and resolves with what it reports once ready. */
function startStackCms(env: Record<string, string>): Promise<{ child: ChildProcess; info: StackCmsInfo; output: () => string }> {
  // Its stdin stays open: the CMS shuts down (and drops its database) when it closes, however this process ends.
  const child = spawn(process.execPath, [CMS_SCRIPT], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the CMS was not ready within 5 minutes:\n${log}`));
    }, 300_000);
    const onData = (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-50_000);
      const line = log.split('\n').find((l) => l.startsWith('@@READY '));
      if (line) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        // Keep draining its output, or it would block once the pipe is full.
        child.stdout!.on('data', (more: Buffer) => (log = (log + more.toString()).slice(-50_000)));
        resolve({ child, info: JSON.parse(line.slice('@@READY '.length)), output: () => log });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-50_000)));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the CMS exited (${code ?? signal}) before it was ready:\n${log}`));
    });
  });
}

/** Stops a child process: SIGTERM, then SIGKILL after `graceMs`. */
async function stopChild(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await gone;
  clearTimeout(timer);
}

/** Compiles what is stale, starts the CMS (demo seed and the tests' listings) and the built portal. */
export async function startPortalStack(options: { compile?: boolean; listings?: number } = {}): Promise<PortalStack> {
  const phases: Record<string, number> = {};
  let mark = Date.now();
  const phase = (name: string) => {
    phases[name] = Math.round((Date.now() - mark) / 100) / 10;
    mark = Date.now();
  };
  if (options.compile !== false) {
    compileServer();
    phase('compile');
    buildSiteIfStale();
    phase('portal build');
  }
  // The CMS sends its mail (registration, password reset…) to a real SMTP server that keeps each in a file.
  const mail: StackMailServer = await startStackMailServer();
  const sessionDir = mkdtempSync(path.join(tmpdir(), 'portal-sessions-'));
  let cms: Awaited<ReturnType<typeof startStackCms>>;
  try {
    cms = await startStackCms({ STACK_LISTINGS: String(options.listings ?? 300), ...mail.env, STACK_MAIL_DIR: mail.dir });
  } catch (error) {
    await mail.stop();
    throw error;
  }
  mark = Date.now();
  let portal: PortalProcess;
  try {
    // A low per-account log-in limit, which the accounts journey checks; a high per-address one, since every
    // browser test comes from 127.0.0.1.
    portal = await startPortal(cms.info.cmsUrl, { SESSION_DIR: sessionDir, RATE_LIMIT_LOGIN_ACCOUNT: '6', RATE_LIMIT_LOGIN_IP: '1000' });
  } catch (error) {
    await stopChild(cms.child);
    await mail.stop();
    throw error;
  }
  phase('portal start');
  const { 'portal start': portalStart, ...build } = phases;
  const info: PortalStackInfo = { ...cms.info, phases: { ...build, ...cms.info.phases, 'portal start': portalStart! }, portalUrl: portal.url, uniqueWord: UNIQUE_WORD };
  return {
    info,
    cms: cms.child,
    portal,
    async stop() {
      await portal.stop();
      await stopChild(cms.child);
      await mail.stop();
      rmSync(sessionDir, { recursive: true, force: true });
    },
  };
}
