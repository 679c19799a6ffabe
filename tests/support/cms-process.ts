import { spawn } from 'node:child_process';
import path from 'node:path';

const CMS_DIR = path.resolve(import.meta.dirname, '../../cms');

export interface CmsProcess {
  baseUrl: string;
  /** Everything the process wrote so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * The compiled CMS in a child process of its own, on a free port (Strapi keeps process-wide registries, so a
 * second CMS cannot load beside startTestCms's in one process). `env` points it at its database.
 */
export function startCmsProcess(env: Record<string, string>, timeoutMs = 120_000): Promise<CmsProcess> {
  const script = `
    const path = require('path');
    require('@strapi/strapi').createStrapi({ appDir: process.cwd(), distDir: path.join(process.cwd(), 'dist'), serveAdminPanel: false, autoReload: false })
      .load().then((strapi) => {
        strapi.server.mount();
        strapi.server.httpServer.listen(0, '127.0.0.1', () => console.log('LISTENING ' + strapi.server.httpServer.address().port));
      }, (error) => { console.error(error); process.exit(1); });`;
  const child = spawn(process.execPath, ['-e', script], {
    cwd: CMS_DIR,
    env: { ...process.env, NODE_ENV: 'test', SEED_DEMO: 'false', LOG_LEVEL: 'warn', CMS_PORT: '1337', ...env },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the CMS did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /LISTENING (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({
          baseUrl: `http://127.0.0.1:${match[1]}`,
          output: () => output,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGKILL');
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the CMS exited (${code}) before listening:\n${output}`));
    });
  });
}
