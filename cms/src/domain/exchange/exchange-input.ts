/**
 * What members send to an exchange's routes, validated with zod into clean values or an InputError naming each
 * field and its problem (the adapters turn it into a 400).
 */
import { z } from 'zod';
import { InputError, type FieldIssue } from '../errors/field-error';
import { CONTROL_CHARS } from '../text-rules';
import { EXCHANGE_ACTIONS, type ExchangeAction } from './exchange-machine';
import { MAX_ROW_ID } from '../row-id';

// Control characters other than tab and newlines never belong in what a member writes.
export const MESSAGE_MAX = 5000;
export const ATTACHMENTS_MAX = 5;

const text = (max: number, min: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
    .transform((value) => value.trim())
    .refine((value) => value.length >= min, { error: min > 1 ? `must be at least ${min} characters long` : 'must not be empty', params: { code: 'too_short', min } })
    .refine((value) => value.length <= max, { error: `must be at most ${max} characters long`, params: { code: 'too_long', max } })
    .refine((value) => !CONTROL_CHARS.test(value), { error: 'must not contain control characters', params: { code: 'control_characters' } });

const amount = (max: number) =>
  z
    .number({ error: 'must be a number' })
    .refine((value) => Number.isFinite(value) && value >= 0, { error: 'must be zero or more', params: { code: 'negative' } })
    .refine((value) => value <= max, { error: `must be at most ${max}`, params: { code: 'too_large', max } });

const transitionSchema = z.strictObject({
  action: z.enum(EXCHANGE_ACTIONS, { error: (issue) => (issue.input === undefined ? 'is required' : `must be one of ${EXCHANGE_ACTIONS.join(', ')}`) }),
  version: z.number({ error: (issue) => (issue.input === undefined ? 'is required (the version you last saw)' : 'must be a whole number') }).int({ error: 'must be a whole number' }).min(0),
  message: text(MESSAGE_MAX, 1).optional(),
});

const messageSchema = z.strictObject({
  body: text(MESSAGE_MAX, 1),
  // Above MAX_ROW_ID no upload can exist (and PostgreSQL would refuse the query).
  attachments: z.array(z.number({ error: 'must be upload ids (numbers)' }).int().positive().max(MAX_ROW_ID, { error: 'is not an uploaded file' }), { error: 'must be a list of upload ids' }).max(ATTACHMENTS_MAX, { error: `must be at most ${ATTACHMENTS_MAX} files` }).optional(),
});

const isoDay = z
  .string({ error: 'must be a date (YYYY-MM-DD)' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date (YYYY-MM-DD)' })
  // The calendar has no year 0 (nor does PostgreSQL's date type, which refused it with an error).
  .refine((value) => !value.startsWith('0000') && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), { error: 'must be a real calendar date', params: { code: 'invalid_date' } });

const handoverSchema = z.strictObject({
  date: isoDay.nullable().optional(),
  place: text(300, 1).nullable().optional(),
  transport: text(300, 1).nullable().optional(),
});

const feedbackSchema = z.strictObject({
  rating: z.number({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a whole number from 1 to 5') }).int({ error: 'must be a whole number from 1 to 5' }).min(1, { error: 'must be a whole number from 1 to 5' }).max(5, { error: 'must be a whole number from 1 to 5' }),
  comment: text(2000, 1).optional(),
});

// The impact columns are decimals (PostgreSQL numeric(10,2): below 100 million). CO2e is massKg × a factor of
// at most 10 (config/src/impact-factors.ts), so the mass stays below 10 million kg.
const impactSchema = z.strictObject({
  valueEur: amount(99_999_999).nullable().optional(),
  massKg: amount(9_999_999).nullable().optional(),
  volunteerHours: amount(1e7).nullable().optional(),
  expertDays: amount(1e6).nullable().optional(),
});

function toFieldIssue(issue: z.core.$ZodIssue): FieldIssue {
  const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)) as (string | number)[];
  if (issue.code === 'unrecognized_keys') {
    const keys = (issue as { keys: string[] }).keys;
    return { path: [keys[0]], code: 'unknown_field', message: `${keys.join(', ')}: not a field of this request`, params: { keys } };
  }
  const field = path.join('.') || 'data';
  const custom = (issue as { params?: Record<string, unknown> }).params;
  const code = typeof custom?.code === 'string' ? custom.code : issue.message.startsWith('is required') ? 'required' : issue.code;
  return { path, code, message: `${field}: ${issue.message}` };
}

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw new InputError([{ path: [], code: 'required', message: 'data: the request body must be a JSON object' }]);
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new InputError(parsed.error.issues.map(toFieldIssue));
  return parsed.data;
}

export const parseTransition = (input: unknown) => parse(transitionSchema, input) as { action: ExchangeAction; version: number; message?: string };
export const parseMessage = (input: unknown) => parse(messageSchema, input);
export const parseHandover = (input: unknown) => {
  const value = parse(handoverSchema, input);
  if (Object.keys(value).length === 0) throw new InputError([{ path: [], code: 'required', message: 'data: give at least one of date, place, transport' }]);
  return value;
};
export const parseFeedback = (input: unknown) => parse(feedbackSchema, input);
export const parseImpact = (input: unknown) => {
  const value = parse(impactSchema, input);
  if (Object.keys(value).length === 0) throw new InputError([{ path: [], code: 'required', message: 'data: give at least one of valueEur, massKg, volunteerHours, expertDays' }]);
  return value;
};

/** What attachment files a thread accepts: a hand-over protocol (PDF) or a photo, at most 10 MB each. */
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

export function attachmentProblem(file: { mime?: string | null; sizeBytes: number; name?: string | null }): string | null {
  if (!file.mime || !(ATTACHMENT_TYPES as readonly string[]).includes(file.mime)) return `must be a PDF, JPEG, PNG or WEBP file (got ${file.mime ?? 'unknown type'})`;
  if (file.sizeBytes > ATTACHMENT_MAX_BYTES) return `must be at most 10 MB (got ${(file.sizeBytes / 1024 / 1024).toFixed(1)} MB)`;
  return null;
}
