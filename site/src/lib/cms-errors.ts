// The ways reading the CMS can fail, one type each, mapped once to an HTTP status by the middleware.

/** The CMS did not answer in time, could not be reached, or answered with a server error: the portal answers 503. */
export class CmsUnavailableError extends Error {
  override readonly name = 'CmsUnavailableError';
  constructor(
    message: string,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** One parameter the CMS refused, as its 400 answer names it. */
export interface CmsParameterIssue {
  param: string;
  message: string;
}

/** The CMS refused the request's parameters (400): a bug of the portal or a hand-edited URL. */
export class CmsRequestError extends Error {
  override readonly name = 'CmsRequestError';
  constructor(
    message: string,
    readonly url: string,
    readonly issues: CmsParameterIssue[],
  ) {
    super(message);
  }
}

/** Tells whether an error (or the error it wraps) means the CMS is unavailable. */
export function isCmsUnavailable(error: unknown): error is CmsUnavailableError {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    if (e instanceof CmsUnavailableError || (e as { name?: string }).name === 'CmsUnavailableError') return true;
  }
  return false;
}
