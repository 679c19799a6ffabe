import type { Core } from '@strapi/strapi';

/** The logged-in person behind a request, with the municipality they speak for. */
export interface Member {
  userId: number;
  email: string;
  roleType: string;
  isMunicipalityAdmin: boolean;
  municipality: null | {
    id: number;
    documentId: string;
    country: string;
    verificationStatus: string;
    trusted: boolean;
  };
}

/** True when the member may act for a verified municipality (post listings, start exchanges). */
export function isVerifiedMember(member: Member | null): boolean {
  return !!member && member.roleType === 'member' && member.municipality?.verificationStatus === 'verified';
}

export const MUNICIPALITY_FIELDS = ['id', 'documentId', 'country', 'verificationStatus', 'trusted'] as const;

/** Where the authenticated user carries the municipality read with it (runtime/auth-lookups.ts), if it was. */
export const JOINED_MUNICIPALITY = Symbol('the member\'s municipality, read with the user');

/**
 * Loads the member behind ctx.state.user once per request; null for anonymous requests and API tokens.
 * users-permissions has already checked the JWT and read the user with its role and municipality on this request
 * (fetchAuthenticatedUser, in runtime/auth-lookups.ts), so nothing is read here unless the user came some other way.
 */
export async function currentMember(strapi: Core.Strapi, ctx: any): Promise<Member | null> {
  if (ctx.state.member !== undefined) return ctx.state.member;
  const userId = ctx.state.user?.id;
  if (!userId || ctx.state.auth?.strategy?.name !== 'users-permissions') {
    ctx.state.member = null;
    return null;
  }
  // The strategy's user carries its role; a user set some other way is read again, role included.
  const user = typeof ctx.state.user.role?.type === 'string'
    ? ctx.state.user
    : await strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: userId }, populate: { role: true } });
  const municipality = !user
    ? null
    : JOINED_MUNICIPALITY in user
      ? user[JOINED_MUNICIPALITY]
      : await strapi.db.query('api::municipality.municipality').findOne({ where: { members: { id: userId } }, select: [...MUNICIPALITY_FIELDS] });
  const member: Member | null = user
    ? {
        userId: user.id,
        email: user.email,
        roleType: user.role?.type ?? 'authenticated',
        isMunicipalityAdmin: !!user.isMunicipalityAdmin,
        municipality: municipality
          ? {
              id: municipality.id,
              documentId: municipality.documentId,
              country: municipality.country,
              verificationStatus: municipality.verificationStatus,
              trusted: !!municipality.trusted,
            }
          : null,
      }
    : null;
  ctx.state.member = member;
  return member;
}
