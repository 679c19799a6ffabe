export const PLUGIN_ID = 'moderation';

export const PERMISSIONS = {
  read: [{ action: 'plugin::moderation.read', subject: null }],
  verify: [{ action: 'plugin::moderation.verify', subject: null }],
  moderate: [{ action: 'plugin::moderation.moderate', subject: null }],
  audit: [{ action: 'plugin::moderation.audit', subject: null }],
};

/** Which actions need a written reason (the server checks the same). */
export const REASON_REQUIRED = new Set(['refuse', 'suspend', 'reject', 'hide']);
