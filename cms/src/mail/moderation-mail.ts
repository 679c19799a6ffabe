import type { Core } from '@strapi/strapi';
import { isLocaleCode, type LocaleCode } from '@community-sharing/config';
import { sendMail } from './send-mail';
import { MODERATION_MESSAGES, type ModerationMailTopic } from './messages/moderation';

/** What the moderation plugin announces after a decision has committed (see plugins/moderation). */
export interface ModerationDecision {
  subjectType: 'municipality' | 'listing';
  action: string;
  municipalityDocumentId: string;
  municipalityName: string;
  listing?: { documentId: string; title: string; slug: string; locale: string };
  reason: string | null;
}

const TOPICS = new Set<string>(Object.keys(MODERATION_MESSAGES.en));

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key) => values[key] ?? whole);
}

/** The mail for one decision in one language: subject and plain text. */
export function moderationMail(decision: ModerationDecision, locale: LocaleCode): { subject: string; text: string } | null {
  const topic = `${decision.subjectType}.${decision.action}` as ModerationMailTopic;
  if (!TOPICS.has(topic)) return null;
  const messages = MODERATION_MESSAGES[locale] ?? MODERATION_MESSAGES.en;
  const [subject, body] = messages[topic];
  const values = { municipality: decision.municipalityName, title: decision.listing?.title ?? '' };
  const lines = [fill(body, values)];
  if (decision.reason) lines.push('', `${messages.reasonLabel}: ${decision.reason}`);
  lines.push('', messages.signature);
  return { subject: fill(subject, values), text: lines.join('\n') };
}

/** E-mails each member of the municipality, in the member's preferred language. */
export async function sendModerationMails(strapi: Core.Strapi, decision: ModerationDecision): Promise<number> {
  const members = await strapi.db.query('plugin::users-permissions.user').findMany({
    where: { municipality: { documentId: decision.municipalityDocumentId }, blocked: false },
    select: ['email', 'preferredLocale'],
    orderBy: { id: 'asc' },
  });
  let sent = 0;
  for (const member of members) {
    const locale: LocaleCode = isLocaleCode(member.preferredLocale) ? member.preferredLocale : 'en';
    const mail = moderationMail(decision, locale);
    if (!mail || !member.email) continue;
    await sendMail(strapi, { to: member.email, subject: mail.subject, text: mail.text, locale, topic: `${decision.subjectType}.${decision.action}` });
    sent += 1;
  }
  return sent;
}

/** Subscribes the mails to the moderation plugin's decisions (called in register()). */
export function registerModerationMails(strapi: Core.Strapi): void {
  strapi.eventHub.on('moderation.decision', async (decision: ModerationDecision) => {
    try {
      await sendModerationMails(strapi, decision);
    } catch (error) {
      strapi.log.error(`moderation mail for ${decision.subjectType} ${decision.action} failed: ${(error as Error).message}`);
    }
  });
}
