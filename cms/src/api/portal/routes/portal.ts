// The portal's read models: public, read-only views shaped for the site (texts in the reader's locale,
// private fields never included). Writes go through the content types' own routes.
const route = (path: string, handler: string) => ({ method: 'GET', path, handler: `portal.${handler}`, config: { auth: false } });

export default {
  routes: [
    route('/portal/stats', 'stats'),
    route('/portal/kinds', 'kinds'),
    route('/portal/featured', 'featured'),
    route('/portal/listings/:slug', 'listing'),
    route('/portal/listings/:slug/related', 'related'),
    route('/portal/municipalities', 'municipalities'),
    route('/portal/municipalities/:slug', 'municipality'),
  ],
};
