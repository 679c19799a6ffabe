// The one way the CMS sends an e-mail. Every feature (accounts, moderation, matching, exchanges) calls
// sendMail() with a message already written in the recipient's language; how it goes out (the configured
// Strapi e-mail provider: SMTP through nodemailer, or the local outbox log of the embedded default) is decided
// here and in config/plugins.ts, not by the callers.
import type { Core } from '@strapi/strapi';

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
}

export async function sendMail(strapi: Core.Strapi, mail: OutgoingMail): Promise<void> {
  await strapi.plugin('email').service('email').send({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
}
