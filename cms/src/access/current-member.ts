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

/**
 * Loads the member behind ctx.state.user once per request (users-permissions has already checked the JWT);
 * null for anonymous requests and API tokens.
 */
export async function currentMember(strapi: Core.Strapi, ctx: any): Promise<Member | null> {
  if (ctx.state.member !== undefined) return ctx.state.member;
  const userId = ctx.state.user?.id;
  if (!userId || ctx.state.auth?.strategy?.name !== 'users-permissions') {
    ctx.state.member = null;
    return null;
  }
  const user = await strapi.db.query('plugin::users-permissions.user').findOne({
    where: { id: userId },
    populate: { role: true, municipality: true },
  });
  const municipality = user?.municipality;
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
