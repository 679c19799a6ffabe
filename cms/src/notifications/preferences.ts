import type { Core } from '@strapi/strapi';

export const PREFERENCE_UID = 'api::notification-preference.notification-preference';
export const EMAIL_PREFERENCES = ['immediate', 'daily', 'off'] as const;
export type EmailPreference = (typeof EMAIL_PREFERENCES)[number];
export const DEFAULT_EMAIL_PREFERENCE: EmailPreference = 'daily';

/** The member's e-mail preference ('daily' when they never chose). */
export async function emailPreference(strapi: Core.Strapi, userId: number): Promise<EmailPreference> {
  const row = await strapi.db.query(PREFERENCE_UID).findOne({ where: { userKey: String(userId) }, select: ['email'] });
  return (row?.email as EmailPreference) ?? DEFAULT_EMAIL_PREFERENCE;
}

/** The preference rows of several members, by user id. */
export async function emailPreferences(strapi: Core.Strapi, userIds: number[]): Promise<Map<number, EmailPreference>> {
  if (userIds.length === 0) return new Map();
  const rows = await strapi.db.query(PREFERENCE_UID).findMany({ where: { userKey: { $in: userIds.map(String) } }, select: ['userKey', 'email'], orderBy: { id: 'asc' } });
  return new Map(rows.map((row: any) => [Number(row.userKey), row.email as EmailPreference]));
}

/** The member's row, created on first use (a concurrent creation by another request is tolerated). */
export async function ensurePreferenceRow(strapi: Core.Strapi, userId: number): Promise<any> {
  const where = { userKey: String(userId) };
  const found = await strapi.db.query(PREFERENCE_UID).findOne({ where });
  if (found) return found;
  try {
    return await strapi.db.query(PREFERENCE_UID).create({ data: { userKey: String(userId), user: userId, email: DEFAULT_EMAIL_PREFERENCE } });
  } catch (error) {
    const again = await strapi.db.query(PREFERENCE_UID).findOne({ where });
    if (again) return again;
    throw error;
  }
}

export async function setEmailPreference(strapi: Core.Strapi, userId: number, email: EmailPreference): Promise<EmailPreference> {
  const row = await ensurePreferenceRow(strapi, userId);
  await strapi.db.query(PREFERENCE_UID).update({ where: { id: row.id }, data: { email } });
  return email;
}

/**
 * Reserves today's digest for a member: true for exactly one caller per member and day, whichever instance runs
 * the digest (one conditional UPDATE).
 */
export async function claimDigestDay(strapi: Core.Strapi, userId: number, day: string): Promise<boolean> {
  // The row exists: ensurePreferenceRow ran before the digest's transaction (a failed insert would abort it on PostgreSQL).
  const result: any = await strapi.db.query(PREFERENCE_UID).updateMany({
    where: { userKey: String(userId), $or: [{ lastDigestOn: { $null: true } }, { lastDigestOn: { $ne: day } }] },
    data: { lastDigestOn: day },
  });
  return Number(result?.count ?? 0) === 1;
}
