import type { Member } from './current-member';

/**
 * The filter that limits what a reader sees of listings: published ones, and the reader's own municipality's
 * in any state. The caller's own filters are kept and combined with it, so they can narrow but never widen.
 */
export function listingVisibilityFilter(callerFilters: unknown, member: Member | null): Record<string, unknown> {
  const visible = member?.municipality
    ? { $or: [{ moderationStatus: 'published' }, { municipality: { documentId: member.municipality.documentId } }] }
    : { moderationStatus: 'published' };
  const own = callerFilters && typeof callerFilters === 'object' ? [callerFilters] : [];
  return { $and: [...own, visible] };
}
