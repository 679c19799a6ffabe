// The browser suite's SMTP server (smtp-server, a real SMTP dialogue): every mail the stack's CMS sends is parsed
// and written to a file of its own in a temporary folder, which the tests (in other processes) read with
// readStackMails/waitForStackMail.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface StackMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

export interface StackMailServer {
  dir: string;
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startStackMailServer(): Promise<StackMailServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'stack-mail-'));
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail: StackMail = {
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          };
          count += 1;
          writeFileSync(path.join(dir, `${String(count).padStart(5, '0')}.json`), JSON.stringify(mail));
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    dir,
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_SECURE: 'false', MAIL_FROM: 'Community Sharing <no-reply@stack.example.eu>' },
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every mail received so far, oldest first. */
export function readStackMails(dir: string): StackMail[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as StackMail);
}

/** Waits for the newest mail to `address` that matches `predicate`. */
export async function waitForStackMail(dir: string, address: string, predicate: (mail: StackMail) => boolean = () => true, timeoutMs = 15_000): Promise<StackMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = readStackMails(dir).filter((m) => m.to.includes(address.toLowerCase()) && predicate(m)).at(-1);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail to ${address} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
