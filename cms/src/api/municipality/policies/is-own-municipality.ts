import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentMember } from '../../../access/current-member';

/**
 * Lets a write to a municipality profile through only for its own admin (pending or verified), as
 * PUT /api/accounts/me/municipality does: a colleague without the admin flag could otherwise replace the
 * public profile and the contact person through this route.
 */
export default async (policyContext: any, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const member = await currentMember(strapi, policyContext);
  if (!member?.municipality) throw new errors.UnauthorizedError('Log in as a member of a municipality');
  if (policyContext.params?.id !== member.municipality.documentId) {
    throw new errors.PolicyError('You can only edit the profile of your own municipality', { reason: 'not_owner' });
  }
  if (!member.isMunicipalityAdmin) {
    throw new errors.PolicyError("Only the municipality's admin can edit its profile", { reason: 'admin_required' });
  }
  if (member.municipality.verificationStatus === 'suspended' || member.municipality.verificationStatus === 'refused') {
    throw new errors.PolicyError('Your municipality cannot edit its profile while it is suspended or refused', { reason: 'municipality_blocked' });
  }
  return true;
};
