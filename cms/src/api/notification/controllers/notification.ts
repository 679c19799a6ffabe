import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isLocaleCode } from '@community-sharing/config';
import { currentMember } from '../../../access/current-member';
import { notificationMessages } from '../../../mail/messages/notifications';
import { verifyUnsubscribeToken } from '../../../mail/unsubscribe-token';
import { NOTIFICATION_UID, reasonsDescriber } from '../../../notifications/notify';
import { EMAIL_PREFERENCES, emailPreference, setEmailPreference, type EmailPreference } from '../../../notifications/preferences';
import { renderNotification } from '../../../notifications/render';

const MAX_PAGE_SIZE = 100;

function badRequest(field: string, message: string): never {
  throw new errors.ValidationError(`${field}: ${message}`, { errors: [{ path: [field], message: `${field}: ${message}`, name: 'ValidationError' }] });
}

function positiveInt(value: unknown, field: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) badRequest(field, `must be a whole number from 1 to ${max}`);
  return n;
}

/** The member behind the request and the municipality they speak for; 403 for anyone else. */
async function memberOf(strapi: any, ctx: any) {
  const member = await currentMember(strapi, ctx);
  if (!member) throw new errors.UnauthorizedError('Log in as a member of a municipality');
  if (!member.municipality) throw new errors.PolicyError('Notifications are for members of a municipality');
  return member as typeof member & { municipality: NonNullable<typeof member.municipality> };
}

/** The notifications a member sees: the municipality's, without those addressed to another member. */
function visibleTo(member: { userId: number; municipality: { id: number } }) {
  return { municipality: { id: member.municipality.id }, $or: [{ user: { id: { $null: true } } }, { user: { id: member.userId } }] };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export default factories.createCoreController(NOTIFICATION_UID, ({ strapi }) => ({
  /** GET /api/notifications?page=&pageSize=&locale=: newest first, with the unread count. */
  async find(ctx) {
    const member = await memberOf(strapi, ctx);
    const page = positiveInt(ctx.query.page, 'page', 1, 100_000);
    const pageSize = positiveInt(ctx.query.pageSize, 'pageSize', 20, MAX_PAGE_SIZE);
    if (ctx.query.locale !== undefined && !isLocaleCode(ctx.query.locale)) badRequest('locale', 'is not a supported locale');
    const user = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: member.userId }, select: ['preferredLocale'] });
    const locale = (ctx.query.locale as string) ?? (isLocaleCode(user?.preferredLocale) ? user.preferredLocale : 'en');
    const where = visibleTo(member);
    const [rows, total, unreadCount] = await Promise.all([
      strapi.db.query(NOTIFICATION_UID).findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize }),
      strapi.db.query(NOTIFICATION_UID).count({ where }),
      strapi.db.query(NOTIFICATION_UID).count({ where: { ...where, readAt: { $null: true } } }),
    ]);
    const describe = reasonsDescriber(strapi);
    return {
      data: rows.map((row: any) => {
        const rendered = renderNotification(row.event, row.data, locale, describe);
        return {
          documentId: row.documentId,
          event: row.event,
          title: rendered.title,
          text: rendered.lines.join(' '),
          link: typeof row.data?.link === 'string' ? row.data.link : null,
          urgent: row.event === 'urgent.request',
          data: row.data ?? {},
          read: !!row.readAt,
          readAt: row.readAt ?? null,
          createdAt: row.createdAt,
        };
      }),
      meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total }, unreadCount, locale },
    };
  },

  /** POST /api/notifications/:documentId/read */
  async read(ctx) {
    const member = await memberOf(strapi, ctx);
    const row = await strapi.db.query(NOTIFICATION_UID).findOne({
      where: { documentId: ctx.params.documentId },
      populate: { municipality: { select: ['id'] }, user: { select: ['id'] } },
    });
    if (!row) throw new errors.NotFoundError('No notification with this id');
    if (row.municipality?.id !== member.municipality.id || (row.user && row.user.id !== member.userId)) {
      throw new errors.PolicyError('This notification is for another municipality');
    }
    const readAt = row.readAt ?? new Date();
    if (!row.readAt) await strapi.db.query(NOTIFICATION_UID).update({ where: { id: row.id }, data: { readAt } });
    // Where it leads, so that the portal can open it and mark it read in one step.
    return { data: { documentId: row.documentId, read: true, readAt, link: typeof row.data?.link === 'string' ? row.data.link : null, data: row.data ?? {} } };
  },

  /** POST /api/notifications/read-all */
  async readAll(ctx) {
    const member = await memberOf(strapi, ctx);
    const unread = await strapi.db.query(NOTIFICATION_UID).findMany({ where: { ...visibleTo(member), readAt: { $null: true } }, select: ['id'], orderBy: { id: 'asc' } });
    if (unread.length) await strapi.db.query(NOTIFICATION_UID).updateMany({ where: { id: { $in: unread.map((r: any) => r.id) } }, data: { readAt: new Date() } });
    return { data: { updated: unread.length }, meta: { unreadCount: 0 } };
  },

  /** GET /api/notifications/preferences */
  async preferences(ctx) {
    const member = await memberOf(strapi, ctx);
    return { data: { email: await emailPreference(strapi, member.userId), choices: EMAIL_PREFERENCES } };
  },

  /** PUT /api/notifications/preferences { data: { email } } */
  async updatePreferences(ctx) {
    const member = await memberOf(strapi, ctx);
    const data = ctx.request.body?.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) badRequest('data', 'is required ({ "data": { "email": "daily" } })');
    const unknown = Object.keys(data).filter((key) => key !== 'email');
    if (unknown.length) badRequest(unknown[0], 'is not a preference (only email)');
    if (!(EMAIL_PREFERENCES as readonly string[]).includes(data.email)) badRequest('email', `must be one of: ${EMAIL_PREFERENCES.join(', ')}`);
    return { data: { email: await setEmailPreference(strapi, member.userId, data.email as EmailPreference), choices: EMAIL_PREFERENCES } };
  },

  /** GET /api/notifications/unsubscribe?token=: the link in every notification mail; HTML for browsers, JSON otherwise. */
  async unsubscribe(ctx) {
    const userId = verifyUnsubscribeToken(ctx.query.token);
    const user = userId ? await strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: userId }, select: ['id', 'preferredLocale'] }) : null;
    const locale = isLocaleCode(user?.preferredLocale) ? user.preferredLocale : 'en';
    const t = notificationMessages(locale);
    const ok = !!user;
    if (ok) await setEmailPreference(strapi, user.id, 'off');
    const title = ok ? t.unsubscribedTitle : t.invalidLinkTitle;
    const text = ok ? t.unsubscribedText : t.invalidLinkText;
    ctx.status = ok ? 200 : 400;
    ctx.set('Cache-Control', 'no-store');
    if (ctx.accepts(['json', 'html']) === 'html') {
      ctx.type = 'html';
      ctx.body = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></main></body></html>`;
      return;
    }
    if (!ok) {
      ctx.body = { data: null, error: { status: 400, name: 'ValidationError', message: 'token: is missing, malformed or forged', details: { errors: [{ path: ['token'], message: 'token: is missing, malformed or forged' }] } } };
      return;
    }
    ctx.body = { data: { email: 'off', title, message: text } };
  },
}));
