import { z } from 'zod';
import { InputError, type FieldIssue } from '../errors/field-error';

export const REPORT_TARGETS = ['listing', 'municipality'] as const;
export const REPORT_REASONS = ['spam', 'wrong', 'offensive', 'duplicate', 'other'] as const;
export const COMMENT_MAX = 2000;

const REQUIRED = 'is required';
const err = (message: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? REQUIRED : message) });

const schema = z.object({
  target: z.enum(REPORT_TARGETS, err(`must be one of ${REPORT_TARGETS.join(', ')}`)),
  documentId: z.string(err('must be the documentId of the reported listing or municipality')).trim().regex(/^[a-z0-9]{10,40}$/, { error: 'must be the documentId of the reported listing or municipality' }),
  reason: z.enum(REPORT_REASONS, err(`must be one of ${REPORT_REASONS.join(', ')}`)),
  comment: z
    .string(err('must be text'))
    .trim()
    .max(COMMENT_MAX, { error: `must be at most ${COMMENT_MAX} characters long` })
    .refine((value) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value), { error: 'must not contain control characters' })
    .optional(),
});

export type ReportInput = z.infer<typeof schema>;

/** Checks a report as a visitor submits it; every problem is named with its field (400). */
export function validateReport(body: unknown): ReportInput {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new InputError([{ path: [], code: 'required', message: 'body: must be a JSON object { target, documentId, reason, comment }' }]);
  }
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    path: issue.path as (string | number)[],
    code: issue.message === REQUIRED ? 'required' : 'invalid',
    message: `${issue.path.join('.') || 'body'}: ${issue.message}`,
  }));
  throw new InputError(issues);
}
