// The owner of an urgent request renews its 14 days (editors end it in the admin: plugins/matching's admin routes).
export default {
  routes: [
    {
      method: 'POST',
      path: '/listings/:id/urgency/renew',
      handler: 'urgency.renew',
      config: { policies: ['global::is-verified-member', 'api::listing.is-own-listing'] },
    },
  ],
};
