import { describe, it, expect } from 'vitest';
import {
  CPV_KINDS, DELIVERY_MODES, EXCHANGE_STATES, ITEM_CONDITIONS, LISTING_KIND_SLUGS, LISTING_TYPES, MODERATION_STATUSES,
  UNITS, URGENCY_TYPES, VERIFICATION_STATUSES, isCpvKind, isDeliveryMode, isExchangeState, isItemCondition,
  isListingKindSlug, isListingType, isModerationStatus, isUnit, isUrgencyType, isVerificationStatus,
} from './listing-vocabulary.js';

describe('listing vocabulary', () => {
  it('holds the agreed values in the agreed order', () => {
    expect(LISTING_TYPES).toEqual(['offer', 'request']);
    expect(LISTING_KIND_SLUGS).toHaveLength(10);
    expect(LISTING_KIND_SLUGS[0]).toBe('expertise');
    expect(LISTING_KIND_SLUGS[9]).toBe('business-partnership');
    expect(CPV_KINDS).toEqual(['equipment', 'goods', 'materials', 'services']);
    expect(DELIVERY_MODES).toEqual(['pickup', 'delivery', 'remote', 'on-site']);
    expect(ITEM_CONDITIONS).toEqual(['new', 'like-new', 'good', 'fair', 'for-parts']);
    expect(MODERATION_STATUSES).toEqual(['pending', 'published', 'rejected', 'closed', 'expired']);
    expect(VERIFICATION_STATUSES).toEqual(['pending', 'verified', 'refused', 'suspended']);
    expect(EXCHANGE_STATES).toEqual(['requested', 'accepted', 'declined', 'withdrawn', 'completed', 'cancelled']);
    expect(UNITS).toHaveLength(12);
    expect(URGENCY_TYPES).toEqual(['flood', 'fire', 'earthquake', 'other']);
  });

  it('guards each enumeration', () => {
    expect(isListingType('offer')).toBe(true);
    expect(isListingType('Offer')).toBe(false);
    expect(isListingKindSlug('volunteers-community')).toBe(true);
    expect(isListingKindSlug('volunteers')).toBe(false);
    expect(isCpvKind('goods')).toBe(true);
    expect(isCpvKind('expertise')).toBe(false);
    expect(isDeliveryMode('on-site')).toBe(true);
    expect(isItemCondition('for-parts')).toBe(true);
    expect(isModerationStatus('published')).toBe(true);
    expect(isVerificationStatus('verified')).toBe(true);
    expect(isExchangeState('completed')).toBe(true);
    expect(isUnit('m3')).toBe(true);
    expect(isUnit('toString')).toBe(false);
    expect(isUrgencyType('flood')).toBe(true);
    expect(isUrgencyType(undefined)).toBe(false);
    expect(isListingType(null)).toBe(false);
  });
});
