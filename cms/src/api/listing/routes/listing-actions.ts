export default {
  routes: [
    {
      method: 'POST',
      path: '/listings/:id/close',
      handler: 'listing.close',
      config: { policies: ['global::is-verified-member', 'api::listing.is-own-listing'] },
    },
  ],
};
