// Astro answers its 500 page with status 500 whatever the page sets. The error page asks for another status
// (503 when the CMS is out of reach) through this header, and the middleware applies it and removes the header.

/** The header through which a page asks the middleware for its final status. */
export const STATUS_OVERRIDE_HEADER = 'x-portal-status';

/** Returns the response with the status its page asked for, or the response untouched. */
export function applyStatusOverride(response: Response): Response {
  const wanted = Number(response.headers.get(STATUS_OVERRIDE_HEADER));
  if (!Number.isInteger(wanted) || wanted < 200 || wanted > 599) return response;
  const headers = new Headers(response.headers);
  headers.delete(STATUS_OVERRIDE_HEADER);
  return new Response(response.body, { status: wanted, headers });
}
