import type { Core } from '@strapi/strapi';

export interface Recipient {
  userId: number;
  email: string;
  locale: string;
}

/** The people who speak for a municipality and can receive mail: confirmed, not blocked. */
export async function municipalityMembers(strapi: Core.Strapi, municipalityId: number): Promise<Recipient[]> {
  const users = await strapi.db.query('plugin::users-permissions.user').findMany({
    where: { municipality: { id: municipalityId }, blocked: false, confirmed: true },
    select: ['id', 'email', 'preferredLocale'],
    orderBy: { id: 'asc' },
  });
  return users.filter((u: any) => u.email).map((u: any) => ({ userId: u.id, email: u.email, locale: u.preferredLocale ?? 'en' }));
}
