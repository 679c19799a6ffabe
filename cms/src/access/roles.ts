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

const AUTH_PUBLIC = [
  'plugin::users-permissions.auth.callback',
  'plugin::users-permissions.auth.connect',
  'plugin::users-permissions.auth.forgotPassword',
  'plugin::users-permissions.auth.resetPassword',
  'plugin::users-permissions.auth.emailConfirmation',
  'plugin::users-permissions.auth.sendEmailConfirmation',
];

const SELF = ['plugin::users-permissions.user.me', 'plugin::users-permissions.auth.changePassword'];

export interface RoleDefinition {
  type: string;
  name: string;
  description: string;
  actions: string[];
}

export const ROLE_DEFINITIONS: RoleDefinition[] = [
  { type: 'public', name: 'Public', description: 'Visitors without an account: read published listings, profiles and the association\'s pages.', actions: [...READ_PUBLIC, ...AUTH_PUBLIC] },
  { type: 'authenticated', name: 'Authenticated', description: 'A logged-in person not yet attached to a municipality.', actions: [...READ_PUBLIC, ...SELF] },
  {
    type: 'pending-member',
    name: 'Pending member',
    description: 'A member of a municipality that an editor has not verified yet: edits its own profile only.',
    actions: [...READ_PUBLIC, ...SELF, 'api::municipality.municipality.update', 'api::municipality.municipality.contact'],
  },
  {
    type: 'member',
    name: 'Municipality member',
    description: 'A member of a verified municipality: posts, edits and closes its listings and carries out exchanges.',
    actions: [
      ...READ_PUBLIC,
      ...SELF,
      'api::municipality.municipality.update',
      'api::municipality.municipality.contact',
      'api::listing.listing.create',
      'api::listing.listing.update',
      'api::listing.listing.close',
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
    ],
  },
];
