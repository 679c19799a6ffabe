import type { Core } from '@strapi/strapi';
import { sendMail } from '../mail/send-mail';
import { unsubscribeUrl } from '../mail/unsubscribe-token';
import { emailPreferences, DEFAULT_EMAIL_PREFERENCE } from './preferences';
import { municipalityMembers, type Recipient } from './recipients';
import { mailBody, renderNotification, type ReasonsDescriber } from './render';

export const NOTIFICATION_UID = 'api::notification.notification';
export type Delivery = 'immediate' | 'digest' | 'none';

export interface NotifyInput {
  municipalityDocumentId: string;
  /** What happened, e.g. 'match.created', 'match.proposed', 'urgent.request'. */
  event: string;
  /** The event's data; `link` is a portal path without locale (e.g. /listings/slug). */
  data: Record<string, unknown>;
  /**
   * immediate: a mail now to every member who has not turned mail off (urgent matters);
   * digest: a mail now to members who chose 'immediate', the daily digest for the others;
   * none: the portal only.
   */
  delivery: Delivery;
  /** Only this member of the municipality (a personal notification). */
  userId?: number;
}

/** The matching plugin renders a match's reasons as a sentence in the reader's language. */
export function reasonsDescriber(strapi: Core.Strapi): ReasonsDescriber | undefined {
  const matching = strapi.plugin('matching')?.service('matching') as any;
  return matching?.describeReasons ? (reasons, locale, side) => matching.describeReasons(reasons, locale, side) : undefined;
}

/** Queues one notification mail to one member (inside the caller's transaction). */
async function mailOne(strapi: Core.Strapi, recipient: Recipient, municipality: string, event: string, data: any, topic: string) {
  const rendered = renderNotification(event, data, recipient.locale, reasonsDescriber(strapi));
  const unsubscribe = unsubscribeUrl(recipient.userId);
  const body = mailBody(recipient.locale, [{ lines: rendered.lines, url: rendered.url }], { municipality, unsubscribeUrl: unsubscribe });
  await sendMail(strapi, {
    to: recipient.email,
    subject: rendered.title,
    text: body.text,
    html: body.html,
    locale: recipient.locale,
    topic,
    headers: { 'List-Unsubscribe': `<${unsubscribe}>` },
  });
}

/**
 * Tells a municipality about an event: a row its members see in the portal and, depending on `delivery` and each
 * member's preference, a mail now (through the durable outbox) or a line in tomorrow's digest. The row and its
 * mails are written in one transaction (the caller's, when it has one).
 */
export async function notify(strapi: Core.Strapi, input: NotifyInput): Promise<{ documentId: string; mailed: number } | null> {
  return strapi.db.transaction(async () => {
    const municipality = await strapi.db.query('api::municipality.municipality').findOne({
      where: { documentId: input.municipalityDocumentId },
      select: ['id', 'name', 'nameLatin'],
    });
    if (!municipality) return null;
    const row = await strapi.db.query(NOTIFICATION_UID).create({
      data: { municipality: municipality.id, user: input.userId ?? null, event: input.event, data: input.data, delivery: input.delivery },
    });
    if (input.delivery === 'none') return { documentId: row.documentId, mailed: 0 };
    let members = await municipalityMembers(strapi, municipality.id);
    if (input.userId) members = members.filter((m) => m.userId === input.userId);
    const preferences = await emailPreferences(strapi, members.map((m) => m.userId));
    let mailed = 0;
    for (const member of members) {
      const preference = preferences.get(member.userId) ?? DEFAULT_EMAIL_PREFERENCE;
      const now = preference !== 'off' && (input.delivery === 'immediate' || preference === 'immediate');
      if (!now) continue;
      await mailOne(strapi, member, municipality.name ?? municipality.nameLatin ?? '', input.event, input.data, `notification.${input.event}`);
      mailed++;
    }
    if (mailed > 0) await strapi.db.query(NOTIFICATION_UID).update({ where: { id: row.id }, data: { emailedAt: new Date() } });
    return { documentId: row.documentId, mailed };
  });
}
