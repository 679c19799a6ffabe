import { stampPartOrder } from '../src/middlewares/files-in-sent-order';

export default [
  // strapi::logger and strapi::security are ours (src/middlewares/request-log.ts, security-headers.ts, put in
  // place at register): the same lines and headers, without rebuilding them on every request.
  'strapi::logger',
  'strapi::errors',
  // A database that cannot be reached for a moment answers 503 with Retry-After, not 500 (inside strapi::errors).
  'global::database-unavailable',
  // A NUL character in an address or query is refused with 400 before it reaches a route (or the database).
  'global::reject-nul',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Answers GET /api/search here, before the rest of the chain and the router (src/middlewares/search-route.ts).
  'global::search-route',
  // DELETE /api/accounts/me carries the password in its body. Formidable numbers each file as it begins, so that
  // files-in-sent-order can list them in the order sent (fileInfo is matched to files by index).
  { name: 'strapi::body', config: { parsedMethods: ['POST', 'PUT', 'PATCH', 'DELETE'], formidable: { onFileBegin: stampPartOrder } } },
  'global::files-in-sent-order',
  // A NUL is refused likewise anywhere in a parsed body (PostgreSQL cannot store it; some routes' own checks let it through).
  'global::reject-nul-body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
