// The accounts API (ACCOUNTS-CONTRACT.md). Who may call each route is the role's permission, set in
// src/access/roles.ts; what a caller may do to which account or municipality is checked in the service.
const route = (method: string, path: string, handler: string) => ({ method, path: `/accounts${path}`, handler: `account.${handler}`, config: {} });

export default {
  routes: [
    route('GET', '/municipality-options', 'municipalityOptions'),
    route('GET', '/cpv-options', 'cpvOptions'),
    route('POST', '/register', 'register'),
    route('POST', '/confirm', 'confirm'),
    route('POST', '/login', 'login'),
    route('POST', '/forgot-password', 'forgotPassword'),
    route('POST', '/reset-password', 'resetPassword'),
    route('POST', '/invitations/accept', 'acceptInvitation'),
    route('GET', '/invitations/:token', 'invitation'),
    route('GET', '/me', 'me'),
    route('PUT', '/me', 'updateMe'),
    route('DELETE', '/me', 'deleteMe'),
    route('GET', '/me/dashboard', 'dashboard'),
    route('GET', '/me/export', 'exportData'),
    route('GET', '/me/municipality', 'myMunicipality'),
    route('PUT', '/me/municipality', 'updateMunicipality'),
    route('POST', '/me/invitations', 'invite'),
    route('DELETE', '/me/invitations/:id', 'revokeInvitation'),
    route('DELETE', '/me/colleagues/:documentId', 'removeColleague'),
  ],
};
