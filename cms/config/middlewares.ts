export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // DELETE /api/accounts/me carries the password in its body.
  { name: 'strapi::body', config: { parsedMethods: ['POST', 'PUT', 'PATCH', 'DELETE'] } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
