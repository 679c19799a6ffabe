import { expireListings } from '../src/scheduled/expire-listings';
import { sendDailyDigest } from '../src/notifications/digest';
import { endExpiredUrgencies } from '../src/urgency/end-urgencies';

// Scheduled work of the CMS (server.cron). Each task is idempotent: several instances may run it.
export default {
  expireListings: {
    task: ({ strapi }: { strapi: any }) => expireListings(strapi),
    options: { rule: '7 * * * *' },
  },
  // One digest mail per member and day (claimed per member, so several instances may run it).
  notificationDigest: {
    task: ({ strapi }: { strapi: any }) => sendDailyDigest(strapi),
    options: { rule: '0 17 * * *', tz: 'UTC' },
  },
  endUrgencies: {
    task: ({ strapi }: { strapi: any }) => endExpiredUrgencies(strapi),
    options: { rule: '13 * * * *' },
  },
};
