// The one way the CMS sends an e-mail. Every feature (accounts, moderation, matching, exchanges) calls
// sendMail() with a message already written in the recipient's language. sendMail() does not talk to SMTP: it
// stores the mail in the outbox (api::mail-job.mail-job) inside the caller's transaction when there is one, so
// a mail exists exactly when the change that caused it was committed; the mail worker (mail-queue/worker.ts)
// hands it to Strapi's e-mail plugin (SMTP through nodemailer, or the local outbox log of the embedded default)
// with retries, so that no mail is lost while the SMTP server is down.
import type { Core } from '@strapi/strapi';
import { MAIL_JOB_UID, pokeMailWorker } from './mail-queue/worker';

export interface OutgoingMail {
  to: string;
  subject: string;
  /** Plain text: every mail has it. */
  text: string;
  /** Optional HTML alternative, built from escaped text only. */
  html?: string;
  /** The recipient's language (a locale code of config/), kept for the record. */
  locale?: string;
  /** What the mail is about, e.g. 'account.confirm', 'listing.rejected', 'match.digest'. */
  topic?: string;
  /** Extra headers, e.g. List-Unsubscribe for notification mails. */
  headers?: Record<string, string>;
}

export async function sendMail(strapi: Core.Strapi, mail: OutgoingMail): Promise<void> {
  // db.transaction reuses the caller's open transaction; onCommit fires after the outermost commit.
  await strapi.db.transaction(async ({ onCommit }) => {
    await strapi.db.query(MAIL_JOB_UID).create({
      data: {
        to: mail.to,
        subject: mail.subject.slice(0, 500),
        text: mail.text,
        html: mail.html ?? null,
        headers: mail.headers ?? null,
        locale: mail.locale ?? null,
        topic: mail.topic ?? null,
        attempts: 0,
        nextAttemptAt: new Date(),
      },
    });
    onCommit(() => pokeMailWorker(strapi));
  });
}
