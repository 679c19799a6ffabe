import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentMember } from '../../../access/current-member';

/** Lets a write to a listing through only for members of the municipality that owns it. */
export default async (policyContext: any, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const member = await currentMember(strapi, policyContext);
  if (!member?.municipality) throw new errors.UnauthorizedError('Log in as a member of a municipality');
  const documentId = policyContext.params?.id;
  const listing = await strapi.db.query('api::listing.listing').findOne({
    where: { documentId },
    select: ['id', 'documentId'],
    populate: { municipality: { select: ['documentId'] } },
  });
  if (!listing) throw new errors.NotFoundError('No listing with this id');
  if (listing.municipality?.documentId !== member.municipality.documentId) {
    throw new errors.PolicyError('This listing belongs to another municipality', { reason: 'not_owner' });
  }
  return true;
};
