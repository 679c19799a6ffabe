export default {
  routes: [
    { method: 'GET', path: '/municipalities/:id/contact', handler: 'municipality.contact', config: {} },
  ],
};
