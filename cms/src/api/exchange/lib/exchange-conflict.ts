/** A write that lost a race or does not fit the exchange's state: answered with 409 and a machine code. */
export class ExchangeConflict extends Error {
  readonly code: string;
  readonly details: Record<string, unknown>;
  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ConflictError';
    this.code = code;
    this.details = details;
  }
}

/** Runs a controller body and answers an ExchangeConflict with 409 in Strapi's error shape. */
export async function answering409(ctx: any, run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ExchangeConflict) {
      ctx.status = 409;
      ctx.body = { data: null, error: { status: 409, name: 'ConflictError', message: error.message, details: { code: error.code, ...error.details } } };
      return ctx.body;
    }
    throw error;
  }
}
