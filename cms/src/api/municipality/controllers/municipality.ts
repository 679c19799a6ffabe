import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentMember, isVerifiedMember } from '../../../access/current-member';
import { refuseProtectedFields } from '../../../access/protected-fields';

const UID = 'api::municipality.municipality';

/** What a municipality's own members may change on its profile; the rest comes from the official list or an editor. */
export const MUNICIPALITY_MEMBER_FIELDS = ['descriptions', 'website', 'logo', 'contact', 'languages'] as const;

export default factories.createCoreController(UID, ({ strapi }) => ({
  /** A member edits its own municipality's public profile (the policy checked ownership). */
  async update(ctx) {
    const data = ctx.request.body?.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new errors.ValidationError('Missing "data" payload in the request body');
    const protectedFields = Object.keys(strapi.contentType(UID).attributes).filter((field) => !(MUNICIPALITY_MEMBER_FIELDS as readonly string[]).includes(field));
    refuseProtectedFields(data, protectedFields);
    return super.update(ctx);
  },

  /** The contact person, for logged-in members of verified municipalities only (personal data). */
  async contact(ctx) {
    const member = await currentMember(strapi, ctx);
    if (!isVerifiedMember(member)) throw new errors.PolicyError('Contact details are shown to members of verified municipalities only');
    const municipality = await strapi.documents(UID).findOne({ documentId: ctx.params.id, populate: { contact: true } as any });
    if (!municipality) throw new errors.NotFoundError('No municipality with this id');
    return { data: (municipality as any).contact ?? null };
  },
}));
