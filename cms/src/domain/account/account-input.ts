// What a person sends to the accounts API, with its rules. Plain TypeScript and zod: no Strapi inside.
// Every problem becomes a FieldIssue naming the field, with a machine code the portal translates.
import { z } from 'zod';
import { LOCALE_CODES } from '@community-sharing/config';
import { InputError, type FieldIssue } from '../errors/field-error';
import { CONTROL_CHARS } from '../text-rules';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
export const EMAIL_MAX = 254;
export const DESCRIPTION_MAX = 5000;

const REQUIRED = 'is required';
/** Absent stays absent (a partial update leaves the field alone); blank or null means "none". */
const emptyAsNull = <T>(value: T | null | undefined) => (value === undefined ? undefined : value ? value : null);
const err = (message: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? REQUIRED : message) });

const text = (max: number, min = 0) =>
  z
    .string(err('must be text'))
    .transform((value) => value.trim())
    .refine((value) => value.length >= min, { error: min > 1 ? `must be at least ${min} characters long` : 'must not be empty', params: { code: min > 1 ? 'too_short' : 'required', min } })
    .refine((value) => value.length <= max, { error: `must be at most ${max} characters long`, params: { code: 'too_long', max } })
    .refine((value) => !CONTROL_CHARS.test(value), { error: 'must not contain control characters', params: { code: 'control_characters' } });

/** Optional free text: empty means "none" (stored as null). */
const optionalText = (max: number) => text(max).nullish().transform(emptyAsNull);

const email = z
  .string(err('must be an e-mail address'))
  .transform((value) => value.trim().toLowerCase())
  .refine((value) => value.length <= EMAIL_MAX, { error: `must be at most ${EMAIL_MAX} characters long`, params: { code: 'too_long', max: EMAIL_MAX } })
  .refine((value) => z.email().safeParse(value).success, { error: 'must be an e-mail address', params: { code: 'invalid_email' } });

/** The password policy: 10 to 128 characters, not only spaces. */
export const password = z
  .string(err('must be text'))
  .refine((value) => value.length >= PASSWORD_MIN, { error: `must be at least ${PASSWORD_MIN} characters long`, params: { code: 'too_short', min: PASSWORD_MIN } })
  .refine((value) => value.length <= PASSWORD_MAX, { error: `must be at most ${PASSWORD_MAX} characters long`, params: { code: 'too_long', max: PASSWORD_MAX } })
  .refine((value) => value.trim().length > 0, { error: 'must not be only spaces', params: { code: 'blank' } });

const phone = z
  .string(err('must be a telephone number'))
  .transform((value) => value.trim())
  .refine((value) => value === '' || /^\+?[0-9 ()./-]{4,40}$/.test(value), { error: 'must be a telephone number (digits, spaces, + ( ) . / -)', params: { code: 'invalid_phone' } })
  .nullish()
  .transform(emptyAsNull);

const locale = z.enum(LOCALE_CODES as unknown as readonly [string, ...string[]], err(`must be one of: ${LOCALE_CODES.join(', ')}`));

/** Strapi documentIds: 24 lower-case letters and digits. */
const documentId = z.string(err('must be a municipality id')).refine((value) => /^[a-z0-9]{24}$/.test(value), { error: 'must be a municipality id', params: { code: 'invalid_id' } });

const token = z.string(err('must be a token')).min(1, { error: REQUIRED });

// A web address must also parse as one: the portal shows its host, and `https://"><svg>` (no space in it) does not parse.
const website = z
  .string(err('must be a web address'))
  .transform((value) => value.trim())
  .refine((value) => value === '' || (/^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value)), { error: 'must be a web address starting with http:// or https://', params: { code: 'invalid_url' } })
  .refine((value) => value.length <= 300, { error: 'must be at most 300 characters long', params: { code: 'too_long', max: 300 } })
  .nullish()
  .transform(emptyAsNull);

export const registerSchema = z.object({
  municipality: documentId,
  fullName: text(200, 2),
  jobTitle: optionalText(200),
  phone,
  email,
  password,
  locale,
});

export const loginSchema = z.object({ email, password: z.string(err('must be text')).min(1, { error: REQUIRED }).max(1024) });
export const confirmSchema = z.object({ token });
export const forgotSchema = z.object({ email, locale });
export const resetSchema = z.object({ token, password });
export const acceptInvitationSchema = z.object({ token, fullName: text(200, 2), jobTitle: optionalText(200), phone, password, locale });
export const inviteSchema = z.object({ email, locale });
export const deleteMeSchema = z.object({ password: z.string(err('must be text')).min(1, { error: REQUIRED }).max(1024) });

/** A member's own profile: only these fields; e-mail, role and admin flag are not theirs to set here. */
export const updateMeSchema = z.strictObject({ fullName: text(200, 2).optional(), jobTitle: optionalText(200), phone, preferredLocale: locale.optional() });

/** What a municipality's admin may change of its public profile. */
export const updateMunicipalitySchema = z.strictObject({
  website,
  descriptions: z
    .array(z.strictObject({ locale, text: text(DESCRIPTION_MAX, 1) }), err('must be a list of texts with their language'))
    .max(LOCALE_CODES.length, { error: `must hold at most ${LOCALE_CODES.length} texts` })
    .refine((list) => new Set(list.map((d) => d.locale)).size === list.length, { error: 'must hold one text per language', params: { code: 'duplicate_locale' } })
    .optional(),
  contact: z
    .strictObject({ name: text(200, 2), role: optionalText(200), email, phone })
    .nullish(),
});

/**
 * The fields of a profile written through Strapi's own update route (PUT /api/municipalities/:id) whose schema
 * checks too little: the web address as above, and the languages (a JSON field, which the portal names with
 * each locale's name: anything but a list of locale codes broke the profile page). Other keys pass untouched.
 */
export const profileFieldsSchema = z.object({
  website,
  languages: z
    .array(locale, err('must be a list of language codes'))
    .max(LOCALE_CODES.length, { error: `must hold at most ${LOCALE_CODES.length} languages` })
    .refine((list) => new Set(list).size === list.length, { error: 'must name each language once', params: { code: 'duplicate_locale' } })
    .nullish(),
});

export type RegisterInput = z.infer<typeof registerSchema>;
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;
export type UpdateMeInput = z.infer<typeof updateMeSchema>;
export type UpdateMunicipalityInput = z.infer<typeof updateMunicipalitySchema>;

/** Parses `data` with `schema` or throws InputError with one issue per bad field. */
export function parseInput<T extends z.ZodType>(schema: T, data: unknown): z.infer<T> {
  const parsed = schema.safeParse(data ?? {});
  if (parsed.success) return parsed.data;
  throw new InputError(parsed.error.issues.flatMap(toFieldIssues));
}

function toFieldIssues(issue: z.core.$ZodIssue): FieldIssue[] {
  const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)) as (string | number)[];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: [...path, key], code: 'not_allowed', message: `${[...path, key].join('.')}: cannot be set here` }));
  }
  const field = path.join('.') || 'data';
  const custom = (issue as { params?: Record<string, unknown> }).params;
  const code =
    typeof custom?.code === 'string' ? custom.code : issue.message === REQUIRED ? 'required' : issue.code === 'invalid_value' ? 'unknown_value' : issue.code === 'invalid_type' ? 'invalid_type' : issue.code;
  const params = custom ? Object.fromEntries(Object.entries(custom).filter(([key]) => key !== 'code')) : undefined;
  return [{ path, code, message: `${field}: ${issue.message}`, params }];
}
