import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: ParsedMail['headers'];
  messageId: string | undefined;
}

export interface TestSmtp {
  /** The port it listens on; stop() and start() keep it. */
  port: number;
  /** Every mail received since the server was created, in order. */
  received: ReceivedMail[];
  running: boolean;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Resolves once `predicate(received)` holds, or fails after `timeoutMs`. */
  waitFor(predicate: (received: ReceivedMail[]) => boolean, timeoutMs?: number): Promise<void>;
  /** The CMS environment that sends through this server. */
  env(): Record<string, string>;
}

/** A real SMTP server (npm smtp-server, no TLS, no auth) that parses what it receives with mailparser. */
export async function startTestSmtp(): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  let server: SMTPServer | null = null;

  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail) => {
            const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
            received.push({ to, subject: mail.subject ?? '', text: mail.text ?? '', html: typeof mail.html === 'string' ? mail.html : '', headers: mail.headers, messageId: mail.messageId });
            callback();
          })
          .catch((error) => callback(error));
      },
    });

  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server = create();
      server.on('error', reject);
      server.listen(port, '127.0.0.1', () => resolve(((server as any).server.address() as AddressInfo).port));
    });

  const smtp: TestSmtp = {
    port: await listen(0),
    received,
    running: true,
    async stop() {
      const current = server;
      server = null;
      smtp.running = false;
      if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
    },
    async start() {
      await listen(smtp.port);
      smtp.running = true;
    },
    async waitFor(predicate, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(received)) {
        if (Date.now() > deadline) throw new Error(`SMTP: condition not met after ${timeoutMs} ms; received ${received.length} mails: ${received.map((m) => `${m.to}: ${m.subject}`).join(' | ')}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    env() {
      return { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_SECURE: 'false', MAIL_FROM: 'Community Sharing <noreply@community-sharing.test>' };
    },
  };
  return smtp;
}
