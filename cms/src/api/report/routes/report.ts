// Anyone may report a listing or a municipality profile; the controller validates and rate-limits per address.
export default {
  routes: [{ method: 'POST', path: '/reports', handler: 'report.submit', config: { auth: false } }],
};
