// The public impact figures (read model for the portal's impact page): no person data, no login.
export default {
  routes: [{ method: 'GET', path: '/portal/impact', handler: 'impact.impact', config: { auth: false } }],
};
