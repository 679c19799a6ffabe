// The fixed enumerations of a listing and of what happens around it. The CMS schemas, the site's forms and
// the plugins all take their allowed values from here, so the order of each list is the order users see.

/** Builds a type guard telling whether an unknown value is one of the given string constants. */
function guard<T extends string>(values: readonly T[]): (x: unknown) => x is T {
  const set = new Set<string>(values);
  return (x: unknown): x is T => typeof x === 'string' && set.has(x);
}

/** Whether a listing gives something away or asks for something. */
export const LISTING_TYPES = ['offer', 'request'] as const;
/** One of LISTING_TYPES. */
export type ListingType = (typeof LISTING_TYPES)[number];
/** Tells whether a value is a listing type. */
export const isListingType = guard(LISTING_TYPES);

/** The platform's ten kinds of listing, in the order the portal presents them. */
export const LISTING_KIND_SLUGS = [
  'expertise', // expertise and good practice
  'interim-managers', // experienced managers who help set up a new service
  'volunteers-emergency', // volunteers for critical situations
  'volunteers-community', // volunteers for the community, e.g. young people for a clean-up
  'equipment',
  'goods',
  'materials', // materials and raw materials
  'services',
  'investment', // investors for an unused local resource
  'business-partnership', // partners for local companies
] as const;
/** One of LISTING_KIND_SLUGS. */
export type ListingKindSlug = (typeof LISTING_KIND_SLUGS)[number];
/** Tells whether a value is a listing kind slug. */
export const isListingKindSlug = guard(LISTING_KIND_SLUGS);

/** The kinds whose listings carry CPV 2008 codes (things and services that public buyers classify). */
export const CPV_KINDS = ['equipment', 'goods', 'materials', 'services'] as const satisfies readonly ListingKindSlug[];
/** One of CPV_KINDS. */
export type CpvKind = (typeof CPV_KINDS)[number];
/** Tells whether a value is a kind that carries CPV codes. */
export const isCpvKind = guard(CPV_KINDS);

/** How an offered thing or service reaches the receiver. */
export const DELIVERY_MODES = ['pickup', 'delivery', 'remote', 'on-site'] as const;
/** One of DELIVERY_MODES. */
export type DeliveryMode = (typeof DELIVERY_MODES)[number];
/** Tells whether a value is a delivery mode. */
export const isDeliveryMode = guard(DELIVERY_MODES);

/** The condition of an offered item, best first. */
export const ITEM_CONDITIONS = ['new', 'like-new', 'good', 'fair', 'for-parts'] as const;
/** One of ITEM_CONDITIONS. */
export type ItemCondition = (typeof ITEM_CONDITIONS)[number];
/** Tells whether a value is an item condition. */
export const isItemCondition = guard(ITEM_CONDITIONS);

/** Where a listing stands in moderation; only 'published' listings are public. */
export const MODERATION_STATUSES = ['pending', 'published', 'rejected', 'closed', 'expired'] as const;
/** One of MODERATION_STATUSES. */
export type ModerationStatus = (typeof MODERATION_STATUSES)[number];
/** Tells whether a value is a moderation status. */
export const isModerationStatus = guard(MODERATION_STATUSES);

/** Where a municipality stands in verification; only 'verified' ones may post. */
export const VERIFICATION_STATUSES = ['pending', 'verified', 'refused', 'suspended'] as const;
/** One of VERIFICATION_STATUSES. */
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];
/** Tells whether a value is a verification status. */
export const isVerificationStatus = guard(VERIFICATION_STATUSES);

/** The states of an exchange: requested -> accepted | declined | withdrawn; accepted -> completed | cancelled. */
export const EXCHANGE_STATES = ['requested', 'accepted', 'declined', 'withdrawn', 'completed', 'cancelled'] as const;
/** One of EXCHANGE_STATES. */
export type ExchangeState = (typeof EXCHANGE_STATES)[number];
/** Tells whether a value is an exchange state. */
export const isExchangeState = guard(EXCHANGE_STATES);

/** The units in which a listing's quantity is given. */
export const UNITS = ['piece', 'kg', 'tonne', 'litre', 'm', 'm2', 'm3', 'hour', 'day', 'person', 'set', 'pallet'] as const;
/** One of UNITS. */
export type Unit = (typeof UNITS)[number];
/** Tells whether a value is a unit. */
export const isUnit = guard(UNITS);

/** The emergencies an urgent request can be flagged with. */
export const URGENCY_TYPES = ['flood', 'fire', 'earthquake', 'other'] as const;
/** One of URGENCY_TYPES. */
export type UrgencyType = (typeof URGENCY_TYPES)[number];
/** Tells whether a value is an urgency type. */
export const isUrgencyType = guard(URGENCY_TYPES);
