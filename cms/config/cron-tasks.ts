import { expireListings } from '../src/scheduled/expire-listings';

// Scheduled work of the CMS (server.cron). Each task is idempotent: several instances may run it.
export default {
  expireListings: {
    task: ({ strapi }: { strapi: any }) => expireListings(strapi),
    options: { rule: '7 * * * *' },
  },
};
