import { z } from 'zod';

// Zod building blocks shared by the source readers. Sources hand us text (CSV) or loosely typed JSON;
// each field turns into a typed value or into one issue whose message names the field and quotes the
// offending value, so an operator can find it in the file.

function shown(value: unknown): string {
  return JSON.stringify(value === undefined ? '' : value);
}

/** Values that mean "not available" in the GISCO files ('NA') or in spreadsheets, read as absent. */
function isAbsent(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== 'string') return false;
  const t = value.trim();
  return t === '' || t.toUpperCase() === 'NA' || t.toUpperCase() === 'N/A';
}

/** A required non-empty text field, trimmed. */
export function requiredText(field: string) {
  return z
    .unknown()
    .transform((value, ctx) => {
      const text = typeof value === 'string' ? value.trim() : '';
      if (text === '') {
        ctx.addIssue({ code: 'custom', message: `${field} must not be empty` });
        return z.NEVER;
      }
      return text;
    });
}

/** An optional text field: trimmed, with empty/'NA' read as absent. */
export function optionalText() {
  // .optional(): zod 4 rejects a missing key whose schema is not optional, even when the transform allows it.
  return z
    .unknown()
    .transform((value) => (isAbsent(value) || typeof value !== 'string' ? undefined : value.trim()))
    .optional();
}

/** A required coordinate in [-limit, limit]; accepts numbers or numeric text. */
export function coordinate(field: string, limit: number) {
  return z.unknown().transform((value, ctx) => {
    const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (!Number.isFinite(n) || n < -limit || n > limit) {
      ctx.addIssue({ code: 'custom', message: `${field} must be a number between -${limit} and ${limit} (got ${shown(value)})` });
      return z.NEVER;
    }
    return n;
  });
}

/** An optional non-negative number; `integer` demands a whole number (population, year). */
export function optionalNonNegative(field: string, integer: boolean) {
  return z.unknown().transform((value, ctx) => {
    if (isAbsent(value)) return undefined;
    const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
    if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) {
      const what = integer ? 'a non-negative integer' : 'a non-negative number';
      ctx.addIssue({ code: 'custom', message: `${field} must be ${what} or empty (got ${shown(value)})` });
      return z.NEVER;
    }
    return n;
  }).optional();
}
