/**
 * A refusal of the accounts API that is not about one field: an HTTP status and a stable machine code
 * (municipality.taken, credentials.invalid, email.unconfirmed, token.invalid, ...) the portal translates.
 */
export class AccountError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 503,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AccountError';
  }
}
