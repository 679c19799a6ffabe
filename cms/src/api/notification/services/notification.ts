import { factories } from '@strapi/strapi';
import { sendDailyDigest } from '../../../notifications/digest';
import { notify, type NotifyInput } from '../../../notifications/notify';

/** notify() for every feature, and the daily digest (cron, tests). */
export default factories.createCoreService('api::notification.notification', ({ strapi }) => ({
  notify(input: NotifyInput) {
    return notify(strapi, input);
  },
  sendDailyDigest(now?: Date) {
    return sendDailyDigest(strapi, now);
  },
}));
