// The member's notifications (own municipality's, plus those addressed to the member), their e-mail preference,
// and the public unsubscribe link of every notification mail.
export default {
  routes: [
    { method: 'GET', path: '/notifications', handler: 'notification.find' },
    { method: 'POST', path: '/notifications/read-all', handler: 'notification.readAll' },
    { method: 'POST', path: '/notifications/:documentId/read', handler: 'notification.read' },
    { method: 'GET', path: '/notifications/preferences', handler: 'notification.preferences' },
    { method: 'PUT', path: '/notifications/preferences', handler: 'notification.updatePreferences' },
    { method: 'GET', path: '/notifications/unsubscribe', handler: 'notification.unsubscribe', config: { auth: false } },
  ],
};
