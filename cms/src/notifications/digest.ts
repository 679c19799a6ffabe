import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { fill, notificationMessages } from '../mail/messages/notifications';
import { sendMail } from '../mail/send-mail';
import { unsubscribeUrl } from '../mail/unsubscribe-token';
import { NOTIFICATION_UID, reasonsDescriber } from './notify';
import { claimDigestDay, emailPreferences, ensurePreferenceRow, DEFAULT_EMAIL_PREFERENCE } from './preferences';
import { municipalityMembers } from './recipients';
import { mailBody, renderNotification } from './render';

/**
 * The daily digest: for every municipality with digest notifications not yet digested, one mail per member who
 * chose 'daily' (the default) listing them, in the member's language. At most one digest per member and day
 * (claimed on the member's preference row), and each notification goes into one digest run only (claimed with a
 * token), so several instances may run it at once. Returns how many digest mails were queued.
 */
export async function sendDailyDigest(strapi: Core.Strapi, now = new Date()): Promise<{ mails: number; notifications: number }> {
  const day = now.toISOString().slice(0, 10);
  const pending = await strapi.db.query(NOTIFICATION_UID).findMany({
    where: { delivery: 'digest', digestedAt: { $null: true }, createdAt: { $lte: now } },
    select: ['id'],
    populate: { municipality: { select: ['id', 'name', 'nameLatin'] } },
    orderBy: { id: 'asc' },
  });
  const byMunicipality = new Map<number, { municipality: any; ids: number[] }>();
  for (const row of pending) {
    if (!row.municipality) continue;
    const entry = byMunicipality.get(row.municipality.id) ?? { municipality: row.municipality, ids: [] };
    entry.ids.push(row.id);
    byMunicipality.set(row.municipality.id, entry);
  }
  let mails = 0;
  let notifications = 0;
  const describe = reasonsDescriber(strapi);
  for (const { municipality, ids } of byMunicipality.values()) {
    const members = await municipalityMembers(strapi, municipality.id);
    const preferences = await emailPreferences(strapi, members.map((m) => m.userId));
    const daily = members.filter((m) => (preferences.get(m.userId) ?? DEFAULT_EMAIL_PREFERENCE) === 'daily');
    for (const member of daily) await ensurePreferenceRow(strapi, member.userId);
    await strapi.db.transaction(async () => {
      // Claim the notifications for this run; another instance's run gets none of them.
      const token = randomUUID();
      await strapi.db.query(NOTIFICATION_UID).updateMany({ where: { id: { $in: ids }, digestedAt: { $null: true } }, data: { digestedAt: now, digestToken: token } });
      const claimed = await strapi.db.query(NOTIFICATION_UID).findMany({ where: { digestToken: token }, select: ['id', 'event', 'data', 'createdAt'], orderBy: { id: 'asc' } });
      if (claimed.length === 0) return;
      notifications += claimed.length;
      const name = municipality.name ?? municipality.nameLatin ?? '';
      const recipients = [];
      for (const member of daily) if (await claimDigestDay(strapi, member.userId, day)) recipients.push(member);
      if (daily.length > 0 && recipients.length === 0) {
        // Every member already had today's digest: these wait for tomorrow's.
        await strapi.db.query(NOTIFICATION_UID).updateMany({ where: { digestToken: token }, data: { digestedAt: null, digestToken: null } });
        notifications -= claimed.length;
        return;
      }
      for (const member of recipients) {
        const t = notificationMessages(member.locale);
        const blocks = claimed.map((n: any) => {
          const rendered = renderNotification(n.event, n.data, member.locale, describe);
          return { lines: [`• ${rendered.title}`, ...rendered.lines.map((line) => `  ${line}`)], url: rendered.url };
        });
        const unsubscribe = unsubscribeUrl(member.userId);
        const body = mailBody(member.locale, [{ lines: [fill(t.digestIntro, { municipality: name })], url: null }, ...blocks], { municipality: name, unsubscribeUrl: unsubscribe });
        await sendMail(strapi, {
          to: member.email,
          subject: fill(t.digestSubject, { count: claimed.length }),
          text: body.text,
          html: body.html,
          locale: member.locale,
          topic: 'notification.digest',
          headers: { 'List-Unsubscribe': `<${unsubscribe}>` },
        });
        mails++;
      }
    });
  }
  if (mails) strapi.log.info(`[notifications] daily digest: ${mails} mails about ${notifications} notifications`);
  return { mails, notifications };
}
