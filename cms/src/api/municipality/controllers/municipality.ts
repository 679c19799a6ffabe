import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { currentMember, isVerifiedMember, type Member } from '../../../access/current-member';
import { refuseProtectedFields } from '../../../access/protected-fields';
import { parseInput, profileFieldsSchema } from '../../../domain/account/account-input';
import { InputError } from '../../../domain/errors/field-error';
import { CONTROL_CHARS, pathOfStringWhere } from '../../../domain/text-rules';
import { listingImageIssues, requestedImageIds, type StoredImage } from '../../../domain/listing/listing-images';
import { asStrapiValidation } from '../../../document-hooks/input-error';

const UID = 'api::municipality.municipality';

/** What a municipality's own members may change on its profile; the rest comes from the official list or an editor. */
export const MUNICIPALITY_MEMBER_FIELDS = ['descriptions', 'website', 'logo', 'contact', 'languages'] as const;

/**
 * Refuses a logo the member may not set: as with a listing's images, only an image they uploaded themself (or
 * the current logo). Without this, another member's fresh upload could be taken over by naming its id.
 */
async function checkLogo(strapi: any, data: Record<string, unknown>, member: Member, documentId: string): Promise<void> {
  if (!('logo' in data) || data.logo === null) return;
  const requested = Array.isArray(data.logo) ? data.logo : [data.logo];
  const ids = requestedImageIds(requested);
  const rows = ids.length
    ? await strapi.db.query('plugin::upload.file').findMany({ where: { id: { $in: ids } }, select: ['id', 'mime', 'size'], populate: { uploader: { select: ['id'] } }, orderBy: { id: 'asc' } })
    : [];
  const files = new Map<number, StoredImage>(rows.map((f: any) => [f.id, { id: f.id, mime: f.mime, sizeKb: Number(f.size), uploaderId: f.uploader?.id ?? null }]));
  const current = await strapi.db.query(UID).findOne({ where: { documentId }, select: ['id'], populate: { logo: { select: ['id'] } } });
  const attached = new Set<number>(current?.logo?.id ? [current.logo.id] : []);
  const issues = listingImageIssues(requested, files, member.userId, attached, 'logo');
  if (issues.length) asStrapiValidation(() => { throw new InputError(issues); });
}

export default factories.createCoreController(UID, ({ strapi }) => ({
  /** A member edits its own municipality's public profile (the policy checked ownership). */
  async update(ctx) {
    const data = ctx.request.body?.data;
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new errors.ValidationError('Missing "data" payload in the request body');
    const protectedFields = Object.keys(strapi.contentType(UID).attributes).filter((field) => !(MUNICIPALITY_MEMBER_FIELDS as readonly string[]).includes(field));
    refuseProtectedFields(data, protectedFields);
    // Strapi's schema takes any string as the web address and any JSON as the languages: checked as the accounts route does.
    const checked = asStrapiValidation(() => {
      // Control characters in any text (descriptions, the contact person), refused as the accounts route does.
      const at = pathOfStringWhere(data, (text) => CONTROL_CHARS.test(text));
      if (at) throw new InputError([{ path: at, code: 'control_characters', message: `${at.join('.') || 'data'}: must not contain control characters` }]);
      return parseInput(profileFieldsSchema, data);
    });
    if ('website' in data) data.website = checked.website;
    if ('languages' in data) data.languages = checked.languages;
    await checkLogo(strapi, data, (await currentMember(strapi, ctx))!, ctx.params.id);
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
