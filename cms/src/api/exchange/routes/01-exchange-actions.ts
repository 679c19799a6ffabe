// An exchange moves only through these routes: transitions (compare-and-set on state and version), the
// hand-over, feedback, impact and the thread. Every one checks the caller's side in the service.
const member = { policies: ['global::is-verified-member'] };

export default {
  routes: [
    { method: 'POST', path: '/exchanges/:id/transitions', handler: 'exchange.transition', config: member },
    { method: 'PUT', path: '/exchanges/:id/handover', handler: 'exchange.handover', config: member },
    { method: 'POST', path: '/exchanges/:id/feedback', handler: 'exchange.feedback', config: member },
    { method: 'PUT', path: '/exchanges/:id/impact', handler: 'exchange.impact', config: member },
    { method: 'GET', path: '/exchanges/:id/messages', handler: 'exchange.messages', config: member },
    { method: 'POST', path: '/exchanges/:id/messages', handler: 'exchange.postMessage', config: member },
  ],
};
