import { ACTIONS } from './permissions';

/** Every route: an authenticated admin holding the plugin action; the controller then checks the record's country. */
const guarded = (method: string, path: string, handler: string, action: string) => ({
  method,
  path,
  handler: `moderation.${handler}`,
  config: { policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }] },
});

export default {
  admin: {
    type: 'admin',
    routes: [
      guarded('GET', '/queue', 'queue', ACTIONS.read),
      guarded('POST', '/municipalities/:documentId/:action', 'municipality', ACTIONS.verify),
      guarded('POST', '/listings/:documentId/:action', 'listing', ACTIONS.moderate),
      guarded('POST', '/reports/:documentId/:action', 'report', ACTIONS.moderate),
      guarded('GET', '/audit', 'audit', ACTIONS.audit),
    ],
  },
};
