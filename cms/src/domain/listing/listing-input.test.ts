import { describe, expect, it } from 'vitest';
import { InputError } from '../errors/field-error';
import { defaultExpiry, validateListingFields } from './listing-input';

const today = '2026-11-28';
const valid = { type: 'offer', kind: 'equipment', cpvCodes: ['34144210'], title: 'Fire engine', description: 'Works well.', originalLocale: 'en', expiresAt: '2027-02-01' };

function issuesOf(data: Record<string, unknown>, partial = false) {
  try {
    validateListingFields(data, { partial, today });
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
  return [];
}

describe('validateListingFields', () => {
  it('accepts a complete listing and cleans it', () => {
    const clean = validateListingFields({ ...valid, title: '  Fire engine ', cpvCodes: ['34144210-3', '34144210'] }, { partial: false, today });
    expect(clean.title).toBe('Fire engine');
    expect(clean.cpvCodes).toEqual(['34144210']);
  });

  it('names each missing required field', () => {
    const issues = issuesOf({});
    expect(issues.map((issue) => issue.path[0]).sort()).toEqual(['expiresAt', 'kind', 'originalLocale', 'title', 'type']);
    expect(issues.every((issue) => issue.code === 'required')).toBe(true);
    expect(issues.find((issue) => issue.path[0] === 'title')!.message).toBe('title: is required');
  });

  it('checks an update only on the fields it carries', () => {
    expect(issuesOf({ title: 'New title' }, true)).toEqual([]);
    expect(issuesOf({ title: 'x'.repeat(201) }, true)).toMatchObject([{ path: ['title'], code: 'too_long', params: { max: 200 } }]);
  });

  it('refuses an unknown CPV code and names its position', () => {
    expect(issuesOf({ ...valid, cpvCodes: ['34144210', '12345678'] })).toMatchObject([{ path: ['cpvCodes', 1], code: 'unknown_cpv_code' }]);
  });

  it('refuses CPV codes on kinds that do not carry them', () => {
    expect(issuesOf({ ...valid, kind: 'volunteers-community' })).toMatchObject([{ path: ['cpvCodes'], code: 'not_allowed_for_kind' }]);
  });

  it('refuses a past or far expiry of a live listing but not of a closed one', () => {
    expect(issuesOf({ ...valid, expiresAt: '2026-11-28' })).toMatchObject([{ path: ['expiresAt'], code: 'in_the_past' }]);
    expect(issuesOf({ ...valid, expiresAt: '2031-01-01' })).toMatchObject([{ path: ['expiresAt'], code: 'too_far' }]);
    expect(() => validateListingFields({ ...valid, expiresAt: '2020-01-01' }, { partial: false, today, moderationStatus: 'expired' })).not.toThrow();
  });

  it('refuses an impossible date and control characters', () => {
    expect(issuesOf({ ...valid, expiresAt: '2027-02-31x' }).map((issue) => issue.path[0])).toContain('expiresAt');
    expect(issuesOf({ ...valid, description: 'a\u0007b' })).toMatchObject([{ path: ['description'], code: 'control_characters' }]);
  });

  it('gives new listings a 90-day default expiry', () => {
    expect(defaultExpiry('2026-11-28')).toBe('2027-02-26');
  });
});

describe('urgent requests', () => {
  const request = { ...valid, type: 'request', kind: 'volunteers-emergency', cpvCodes: [], urgency: 'flood', urgencyRadiusKm: 80 };
  const check = (data: Record<string, unknown>, options: Record<string, unknown>) => {
    try {
      validateListingFields(data, { partial: false, today, ...options });
      return [];
    } catch (error) {
      if (error instanceof InputError) return error.issues;
      throw error;
    }
  };

  it('accepts an urgent request of a verified municipality', () => {
    expect(check(request, { municipalityVerified: true })).toEqual([]);
  });

  it('refuses an urgent offer, an unverified municipality, an unknown urgency and a missing radius, naming the field', () => {
    expect(check({ ...request, type: 'offer' }, { municipalityVerified: true }).map((i) => [i.path[0], i.code])).toEqual([['urgency', 'request_only']]);
    expect(check(request, { municipalityVerified: false }).map((i) => [i.path[0], i.code])).toEqual([['urgency', 'not_verified']]);
    expect(check({ ...request, urgency: 'tsunami' }, { municipalityVerified: true }).map((i) => i.path[0])).toEqual(['urgency']);
    expect(check({ ...request, urgencyRadiusKm: undefined }, { municipalityVerified: true }).map((i) => [i.path[0], i.code])).toEqual([['urgencyRadiusKm', 'required']]);
  });

  it('lets an update mark the stored request urgent with its stored radius', () => {
    expect(() => validateListingFields({ urgency: 'fire' }, { partial: true, today, currentType: 'request', currentUrgencyRadiusKm: 40, municipalityVerified: true })).not.toThrow();
    expect(() => validateListingFields({ urgency: null }, { partial: true, today, currentType: 'offer' })).not.toThrow();
  });
});
