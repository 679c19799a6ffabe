import { InputError } from '../../domain/errors/field-error';
import { AccountError } from '../../domain/account/account-error';
import { RateLimited } from '../../access/rate-limit';

const NAMES: Record<number, string> = { 400: 'ValidationError', 401: 'UnauthorizedError', 403: 'PolicyError', 404: 'NotFoundError', 409: 'ConflictError', 429: 'RateLimitError', 503: 'ServiceUnavailableError' };

/**
 * Runs an account action and answers its refusals in Strapi's error shape ({ data: null, error: { status,
 * name, message, details } }): field problems as 400 with details.errors, the rest with details.code, and
 * exhausted rate limits as 429 with a Retry-After header.
 */
export async function respond(ctx: any, action: () => Promise<unknown>, status = 200): Promise<void> {
  try {
    const body = await action();
    ctx.status = body === undefined ? 204 : status;
    if (body !== undefined) ctx.body = body;
  } catch (error) {
    if (error instanceof InputError) {
      const errors = error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message, name: 'ValidationError', code: issue.code, params: issue.params ?? {} }));
      return fail(ctx, 400, error.message, { errors });
    }
    if (error instanceof AccountError) return fail(ctx, error.status, error.message, { code: error.code, ...error.details });
    if (error instanceof RateLimited) {
      ctx.set('Retry-After', String(error.retryAfterSeconds));
      return fail(ctx, 429, error.message, { code: 'rate.limited', retryAfter: error.retryAfterSeconds });
    }
    throw error;
  }
}

function fail(ctx: any, status: number, message: string, details: Record<string, unknown>): void {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name: NAMES[status] ?? 'ApplicationError', message, details } };
}
