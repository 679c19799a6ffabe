// What the portal's forms share: reading a post, the errors shown beside each field (translated from the
// CMS's machine codes), the summary that links to them, the client address rate limits count.
import { isLocaleCode } from '@community-sharing/config';
import type { UiKey, Translate } from '../i18n';
import type { CmsRefusal, FieldProblem } from './accounts-client';

/** Field id → the message shown beside it, in the visitor's language. */
export type FieldErrors = Record<string, string>;

/** Codes of field problems the portal translates; anything else reads "is not valid". */
const FIELD_CODES: Record<string, UiKey> = {
  required: 'fieldError.required',
  too_short: 'fieldError.tooShort',
  too_small: 'fieldError.tooShort',
  too_long: 'fieldError.tooLong',
  too_big: 'fieldError.tooLong',
  control_characters: 'fieldError.invalid',
  unknown_value: 'fieldError.choose',
  invalid_value: 'fieldError.choose',
  invalid_type: 'fieldError.invalid',
  invalid_format: 'fieldError.invalid',
  invalid_string: 'fieldError.invalid',
  invalid_email: 'fieldError.email',
  'email.invalid': 'fieldError.email',
  invalid_date: 'fieldError.date',
  in_the_past: 'fieldError.inThePast',
  too_far: 'fieldError.tooFar',
  after_expiry: 'fieldError.afterExpiry',
  not_allowed_for_kind: 'fieldError.cpvNotForKind',
  unknown_cpv_code: 'fieldError.unknownCpv',
  invalid_phone: 'fieldError.invalid',
  invalid_url: 'fieldError.invalid',
  invalid_id: 'fieldError.choose',
  blank: 'fieldError.required',
  not_allowed: 'fieldError.invalid',
  'password.too_short': 'fieldError.passwordLength',
  'password.too_long': 'fieldError.passwordLength',
  'password.weak': 'fieldError.passwordLength',
  'password.mismatch': 'fieldError.passwordMismatch',
  'municipality.unknown': 'fieldError.choose',
  'locale.unknown': 'fieldError.choose',
  file_type: 'fieldError.imageType',
  file_too_large: 'fieldError.imageSize',
  too_many: 'fieldError.imageCount',
  not_own_upload: 'fieldError.invalid',
  not_found: 'fieldError.choose',
  duplicate_locale: 'fieldError.invalid',
  wrong_password: 'data.wrongPassword',
  'image.type': 'fieldError.imageType',
  'image.size': 'fieldError.imageSize',
  'image.count': 'fieldError.imageCount',
};

/** Codes of whole-request refusals (details.code). */
const REFUSAL_CODES: Record<string, UiKey> = {
  'credentials.invalid': 'refusal.credentialsInvalid',
  'email.unconfirmed': 'refusal.emailUnconfirmed',
  'account.blocked': 'refusal.accountBlocked',
  'municipality.taken': 'refusal.municipalityTaken',
  'token.invalid': 'refusal.tokenInvalid',
  'email.taken': 'refusal.emailTaken',
  'admin.last': 'refusal.adminLast',
  'rate.limited': 'refusal.rateLimited',
  'admin.required': 'refusal.forbidden',
  'municipality.blocked': 'refusal.forbidden',
  'colleague.self': 'refusal.forbidden',
};

/** The message of one field problem. */
export function problemMessage(t: Translate, problem: Pick<FieldProblem, 'code' | 'params'>): string {
  const key = FIELD_CODES[problem.code] ?? 'fieldError.invalid';
  const params = problem.params ?? {};
  const max = typeof params.max === 'number' ? params.max : typeof params.maximum === 'number' ? params.maximum : undefined;
  const min = typeof params.min === 'number' ? params.min : typeof params.minimum === 'number' ? params.minimum : undefined;
  if (key === 'fieldError.tooLong') return max !== undefined ? t('fieldError.tooLongMax', { max }) : t(key);
  if (key === 'fieldError.tooShort') return min !== undefined ? t('fieldError.tooShortMin', { min }) : t(key);
  return t(key);
}

/**
 * The refusal's field problems by form field: `fieldOf` maps the CMS's field path ('title', 'cpvCodes.1') to the
 * id of the form's control; a problem whose field the form does not have goes under `_form`.
 */
export function fieldErrorsOf(t: Translate, refusal: CmsRefusal, fieldOf: (path: string) => string | undefined = (p) => p.split('.')[0]): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of refusal.fields) {
    const id = fieldOf(problem.field) ?? '_form';
    errors[id] ??= problemMessage(t, problem);
  }
  return errors;
}

/** The message of a refusal as a whole (shown in the summary). */
export function refusalMessage(t: Translate, refusal: CmsRefusal): string {
  if (refusal.code && REFUSAL_CODES[refusal.code]) return t(REFUSAL_CODES[refusal.code]!);
  if (refusal.status === 403) return t('refusal.forbidden');
  if (refusal.status === 404) return t('refusal.notFound');
  if (refusal.status === 429) return t('refusal.rateLimited');
  return t('refusal.generic');
}

/** A string value of a posted form (trimmed), '' when absent. */
export function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** Every string value of a repeated field. */
export function texts(form: FormData, name: string): string[] {
  return form.getAll(name).filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter(Boolean);
}

/** The address rate limits count: the socket's, or the first hop a trusted proxy names (TRUST_PROXY=true). */
export function clientAddress(request: Request, socketAddress: string | undefined): string {
  if (/^(1|true|yes|on)$/i.test(process.env.TRUST_PROXY ?? '')) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return socketAddress ?? 'unknown';
}

/** The errors in the order of the form, for the summary at its top. */
export function summaryOf(errors: FieldErrors, order: string[]): { id: string; message: string }[] {
  const ids = [...order.filter((id) => id in errors), ...Object.keys(errors).filter((id) => !order.includes(id))];
  return ids.map((id) => ({ id, message: errors[id]! }));
}

/**
 * The path back after logging in: only a path of this portal ('/xx/…'), never another site ('//evil', '/\\evil',
 * 'https:'), never the log-in or log-out pages themselves.
 */
export function safeNext(next: string | null | undefined): string | undefined {
  if (!next || next.length > 500) return undefined;
  if (!/^\/[A-Za-z]{2}(?:-[A-Za-z]{2,4}){0,2}(?:\/[A-Za-z0-9._~%-]+)*\/?(?:\?[A-Za-z0-9._~%&=+-]*)?$/.test(next)) return undefined;
  if (/\/(login|logout)(?:$|[/?])/.test(next)) return undefined;
  // No dot segments ('/en/../x'), and the first segment is one of the portal's locales.
  if (/\/\.{1,2}(?:$|[/?])/.test(next) || !isLocaleCode(next.split(/[/?]/)[1])) return undefined;
  return next;
}
