import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentMember, isVerifiedMember } from '../access/current-member';

/** Lets a request through only for a member of a verified municipality. */
export default async (policyContext: any, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const member = await currentMember(strapi, policyContext);
  if (!member) throw new errors.UnauthorizedError('Log in as a member of a municipality');
  if (!isVerifiedMember(member)) {
    throw new errors.PolicyError('Your municipality must be verified by an editor before it can do this', { reason: 'municipality_not_verified' });
  }
  return true;
};
