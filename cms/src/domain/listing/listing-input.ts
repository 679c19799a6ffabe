import { z } from 'zod';
import {
  CPV_KINDS,
  DELIVERY_MODES,
  ITEM_CONDITIONS,
  LISTING_KIND_SLUGS,
  LISTING_TYPES,
  LOCALE_CODES,
  UNITS,
  URGENCY_TYPES,
  normalizeCpvCode,
} from '@community-sharing/config';
import { InputError, type FieldIssue } from '../errors/field-error';
import { CONTROL_CHARS } from '../text-rules';

export const TITLE_MAX = 200;
export const TITLE_MIN = 3;
export const DESCRIPTION_MAX = 10_000;
export const CPV_MAX = 10;
/** A listing lives at most this long before it must be renewed. */
export const MAX_LIFETIME_DAYS = 730;
export const DEFAULT_LIFETIME_DAYS = 90;

// Control characters other than tab and newlines never belong in what a member writes.

const REQUIRED = 'is required';
/** A zod error option that says "is required" for a missing value and `message` for a wrong one. */
const err = (message: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? REQUIRED : message) });

const isoDate = z
  .string(err('must be a date (YYYY-MM-DD)'))
  .regex(/^\d{4}-\d{2}-\d{2}/, { error: 'must be a date (YYYY-MM-DD)' })
  .refine((value) => isCalendarDay(value.slice(0, 10)), { error: 'must be a real calendar date', params: { code: 'invalid_date' } })
  .transform((value) => value.slice(0, 10));

const text = (max: number, min = 0) =>
  z
    .string(err('must be text'))
    .transform((value) => value.trim())
    .refine((value) => value.length >= min, { error: min > 1 ? `must be at least ${min} characters long` : 'must not be empty', params: { code: min > 1 ? 'too_short' : 'required', min } })
    .refine((value) => value.length <= max, { error: `must be at most ${max} characters long`, params: { code: 'too_long', max } })
    .refine((value) => !CONTROL_CHARS.test(value), { error: 'must not contain control characters', params: { code: 'control_characters' } });

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, err(`must be one of: ${values.join(', ')}`));

/** The fields a member may write on a listing, with their rules; server-set fields are not here. */
export const listingFieldsSchema = z.object({
  type: oneOf(LISTING_TYPES as unknown as readonly [string, ...string[]]),
  kind: oneOf(LISTING_KIND_SLUGS as unknown as readonly [string, ...string[]]),
  cpvCodes: z
    .array(z.string({ error: 'must be a CPV code' }), err('must be a list of CPV codes'))
    .max(CPV_MAX, { error: `must hold at most ${CPV_MAX} codes` })
    .nullish(),
  title: text(TITLE_MAX, TITLE_MIN),
  description: text(DESCRIPTION_MAX).nullish(),
  originalLocale: oneOf(LOCALE_CODES as unknown as readonly [string, ...string[]]),
  // A decimal column (PostgreSQL numeric(10,2)): below 100 million.
  quantity: z.number(err('must be a number')).min(0, { error: 'must not be negative' }).max(99_999_999, { error: 'must be at most 99,999,999' }).nullish(),
  unit: oneOf(UNITS as unknown as readonly [string, ...string[]]).nullish(),
  condition: oneOf(ITEM_CONDITIONS as unknown as readonly [string, ...string[]]).nullish(),
  availableFrom: isoDate.nullish(),
  neededBy: isoDate.nullish(),
  expiresAt: isoDate,
  placeName: text(200).nullish(),
  lat: z.number(err('must be a number')).min(-90, { error: 'must be between -90 and 90' }).max(90, { error: 'must be between -90 and 90' }).nullish(),
  lng: z.number(err('must be a number')).min(-180, { error: 'must be between -180 and 180' }).max(180, { error: 'must be between -180 and 180' }).nullish(),
  radiusKm: z.number(err('must be a number')).int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).max(5000, { error: 'must be at most 5000' }).nullish(),
  delivery: z.array(oneOf(DELIVERY_MODES as unknown as readonly [string, ...string[]]), err('must be a list')).max(DELIVERY_MODES.length).nullish(),
  workingLanguages: z.array(oneOf(LOCALE_CODES as unknown as readonly [string, ...string[]]), err('must be a list')).max(LOCALE_CODES.length).nullish(),
  // A critical situation (request only, verified municipality only): who within urgencyRadiusKm can help is told at once.
  urgency: oneOf(URGENCY_TYPES as unknown as readonly [string, ...string[]]).nullish(),
  urgencyRadiusKm: z.number(err('must be a number')).int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).max(5000, { error: 'must be at most 5000' }).nullish(),
});

export type ListingFields = z.infer<typeof listingFieldsSchema>;

export interface ValidateOptions {
  /** An update validates only the fields it carries. */
  partial: boolean;
  /** Today, as YYYY-MM-DD (injectable for tests). */
  today?: string;
  /** The listing's state after the write: closed and expired listings may carry a past expiry. */
  moderationStatus?: string;
  /** The stored kind, for an update that sends CPV codes without the kind. */
  currentKind?: string;
  /** The stored type, for an update that marks a listing urgent without sending the type. */
  currentType?: string;
  /** The stored urgency radius, for an update that sends the urgency alone. */
  currentUrgencyRadiusKm?: number | null;
  /** Whether the owning municipality is verified (only verified municipalities may mark a request urgent). */
  municipalityVerified?: boolean;
}

/**
 * Checks what a member or an editor writes to a listing and returns the cleaned values (trimmed text,
 * CPV codes normalised to 8 digits, dates as YYYY-MM-DD); throws InputError listing every bad field.
 */
export function validateListingFields(data: Record<string, unknown>, options: ValidateOptions): Partial<ListingFields> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const known = Object.keys(listingFieldsSchema.shape);
  const present = Object.fromEntries(Object.entries(data).filter(([key]) => known.includes(key)));
  const schema = options.partial ? listingFieldsSchema.partial() : listingFieldsSchema;
  const parsed = schema.safeParse(present);
  const issues: FieldIssue[] = parsed.success ? [] : parsed.error.issues.map(toFieldIssue);
  const values = (parsed.success ? parsed.data : {}) as Partial<ListingFields>;

  // Rules across fields and against the CPV vocabulary.
  if (parsed.success) {
    const kind = values.kind ?? options.currentKind;
    if (values.cpvCodes && values.cpvCodes.length > 0) {
      if (kind && !(CPV_KINDS as readonly string[]).includes(kind)) {
        issues.push({ path: ['cpvCodes'], code: 'not_allowed_for_kind', message: `cpvCodes: CPV codes apply only to the kinds ${CPV_KINDS.join(', ')}`, params: { kinds: [...CPV_KINDS] } });
      }
      const normalised: string[] = [];
      values.cpvCodes.forEach((code, index) => {
        const clean = normalizeCpvCode(code);
        if (!clean) issues.push({ path: ['cpvCodes', index], code: 'unknown_cpv_code', message: `cpvCodes: "${String(code).slice(0, 40)}" is not a CPV 2008 code`, params: { value: String(code).slice(0, 40) } });
        else if (!normalised.includes(clean)) normalised.push(clean);
      });
      values.cpvCodes = normalised;
    }
    const liveStatus = !options.moderationStatus || ['pending', 'published'].includes(options.moderationStatus);
    if (values.expiresAt && liveStatus) {
      if (values.expiresAt <= today) {
        issues.push({ path: ['expiresAt'], code: 'in_the_past', message: 'expiresAt: must be a date after today', params: { today } });
      } else if (values.expiresAt > addDays(today, MAX_LIFETIME_DAYS)) {
        issues.push({ path: ['expiresAt'], code: 'too_far', message: `expiresAt: must be within ${MAX_LIFETIME_DAYS} days from today`, params: { maxDays: MAX_LIFETIME_DAYS } });
      }
    }
    if (values.availableFrom && values.expiresAt && values.availableFrom > values.expiresAt) {
      issues.push({ path: ['availableFrom'], code: 'after_expiry', message: 'availableFrom: must not be after expiresAt' });
    }
    if (values.urgency) {
      const type = values.type ?? options.currentType;
      if (type !== 'request') {
        issues.push({ path: ['urgency'], code: 'request_only', message: 'urgency: only a request can be urgent' });
      } else if (options.municipalityVerified === false) {
        issues.push({ path: ['urgency'], code: 'not_verified', message: 'urgency: only a request of a verified municipality can be urgent' });
      }
      if (!(values.urgencyRadiusKm ?? options.currentUrgencyRadiusKm)) {
        issues.push({ path: ['urgencyRadiusKm'], code: 'required', message: 'urgencyRadiusKm: is required for an urgent request (1 to 5000 km)' });
      }
    }
    if (values.delivery) values.delivery = [...new Set(values.delivery)];
    if (values.workingLanguages) values.workingLanguages = [...new Set(values.workingLanguages)];
  }
  if (issues.length > 0) throw new InputError(issues);
  return values;
}

/** The default expiry of a new listing: DEFAULT_LIFETIME_DAYS from today. */
export function defaultExpiry(today = new Date().toISOString().slice(0, 10)): string {
  return addDays(today, DEFAULT_LIFETIME_DAYS);
}

/** True for a YYYY-MM-DD that names a real day (2027-02-31 does not, nor does 0000-01-01: there was no year 0, and PostgreSQL refused it with an error). */
function isCalendarDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !day.startsWith('0000') && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function toFieldIssue(issue: z.core.$ZodIssue): FieldIssue {
  const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)) as (string | number)[];
  const field = path.join('.') || 'data';
  const custom = (issue as { params?: Record<string, unknown> }).params;
  const message = issue.message;
  const code =
    typeof custom?.code === 'string' ? custom.code : message === REQUIRED ? 'required' : issue.code === 'invalid_value' ? 'unknown_value' : issue.code;
  const params = custom ? Object.fromEntries(Object.entries(custom).filter(([key]) => key !== 'code')) : undefined;
  return { path, code, message: `${field}: ${message}`, params };
}
