/**
 * The portal's roles and what each may call, set in code at every start so that a fresh database and an old
 * one end up with the same rights. Ownership (which listing, which municipality) is checked by policies and
 * controllers on top of these.
 */
const READ_PUBLIC = [
  'api::listing.listing.find',
  'api::listing.listing.findOne',
  'api::municipality.municipality.find',
  'api::municipality.municipality.findOne',
  'api::page.page.find',
  'api::page.page.findOne',
  'api::article.article.find',
  'api::article.article.findOne',
];

// Accounts go through /api/accounts (hashed, expiring tokens; rate limits; mails in the member's language).
// Of users-permissions' own auth routes only the login stays open (scripts and tests use it); its password
// reset and confirmation routes would bypass all of that, so no role may call them.
const AUTH_PUBLIC = [
  'plugin::users-permissions.auth.callback',
  'plugin::users-permissions.auth.connect',
];

/** The accounts API routes anyone may call (signed in or not). */
const ACCOUNT_PUBLIC = [
  'api::account.account.municipalityOptions',
  'api::account.account.cpvOptions',
  'api::account.account.register',
  'api::account.account.confirm',
  'api::account.account.login',
  'api::account.account.forgotPassword',
  'api::account.account.resetPassword',
  'api::account.account.invitation',
  'api::account.account.acceptInvitation',
];

/** One's own account; admin-only actions (profile, invitations, colleagues) are checked in the service. */
const ACCOUNT_SELF = [
  'api::account.account.me',
  'api::account.account.updateMe',
  'api::account.account.deleteMe',
  'api::account.account.dashboard',
  'api::account.account.exportData',
  'api::account.account.myMunicipality',
  'api::account.account.updateMunicipality',
  'api::account.account.invite',
  'api::account.account.revokeInvitation',
  'api::account.account.removeColleague',
];

const SELF = ['plugin::users-permissions.user.me', 'plugin::users-permissions.auth.changePassword', ...ACCOUNT_PUBLIC, ...ACCOUNT_SELF];

/** A member's notifications and e-mail preference (cms/src/api/notification). */
const NOTIFICATIONS = [
  'api::notification.notification.find',
  'api::notification.notification.read',
  'api::notification.notification.readAll',
  'api::notification.notification.preferences',
  'api::notification.notification.updatePreferences',
];

export interface RoleDefinition {
  type: string;
  name: string;
  description: string;
  actions: string[];
}

export const ROLE_DEFINITIONS: RoleDefinition[] = [
  { type: 'public', name: 'Public', description: 'Visitors without an account: read published listings, profiles and the association\'s pages.', actions: [...READ_PUBLIC, ...AUTH_PUBLIC, ...ACCOUNT_PUBLIC] },
  { type: 'authenticated', name: 'Authenticated', description: 'A logged-in person not yet attached to a municipality.', actions: [...READ_PUBLIC, ...SELF] },
  {
    type: 'pending-member',
    name: 'Pending member',
    description: 'A member of a municipality that an editor has not verified yet: edits its own profile only.',
    actions: [...READ_PUBLIC, ...SELF, ...NOTIFICATIONS, 'api::municipality.municipality.update', 'api::municipality.municipality.contact'],
  },
  {
    type: 'member',
    name: 'Municipality member',
    description: 'A member of a verified municipality: posts, edits and closes its listings and carries out exchanges.',
    actions: [
      ...READ_PUBLIC,
      ...SELF,
      ...NOTIFICATIONS,
      'api::municipality.municipality.update',
      'api::municipality.municipality.contact',
      'api::listing.listing.create',
      'api::listing.listing.update',
      'api::listing.listing.close',
      'api::urgency.urgency.renew',
      'api::exchange.exchange.find',
      'api::exchange.exchange.findOne',
      'api::exchange.exchange.create',
      'api::exchange.exchange.transition',
      'api::exchange.exchange.handover',
      'api::exchange.exchange.feedback',
      'api::exchange.exchange.impact',
      'api::exchange.exchange.messages',
      'api::exchange.exchange.postMessage',
      'plugin::upload.content-api.upload',
      'plugin::matching.matching.listingMatches',
      'plugin::matching.matching.setState',
      // Listing images; type, size and count are checked in src/extensions/upload and the listing controller.
      'plugin::upload.content-api.upload',
    ],
  },
];
