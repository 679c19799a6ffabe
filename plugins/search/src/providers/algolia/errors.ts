// Which Algolia client errors mean "Algolia cannot be reached or will not take more now" (the sync retries):
// every host failed (RetryError: network errors, timeouts, 5xx), or rate limiting outlasted the client's own
// retries (429). Other API errors (4xx) are bugs in our requests and pass through unchanged.
import { SearchUnavailableError } from '../../contract/types';

interface MaybeApiError {
  name?: unknown;
  status?: unknown;
  message?: unknown;
}

/** Whether an error thrown by the client means Algolia is unavailable. */
export function isUnavailable(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { name, status } = err as MaybeApiError;
  if (name === 'RetryError') return true;
  return typeof status === 'number' && (status === 429 || status >= 500);
}

/** Runs a client call, turning unavailability into SearchUnavailableError. */
export async function callAlgolia<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof SearchUnavailableError || !isUnavailable(err)) throw err;
    const message = (err as MaybeApiError).message;
    throw new SearchUnavailableError(`Algolia unavailable during ${what}: ${typeof message === 'string' ? message : String(err)}`, { cause: err });
  }
}
