import type { Core } from '@strapi/strapi';
import { ensureKindTexts } from './bootstrap/ensure-kind-texts';
import { ensureLocales } from './bootstrap/ensure-locales';
import { ensureRoles } from './bootstrap/ensure-roles';
import { registerListingHook } from './document-hooks/listing-hook';
import { backfillMunicipalitySearchNames, registerMunicipalityHook } from './document-hooks/municipality-hook';
import requestLog from './middlewares/request-log';
import securityHeaders from './middlewares/security-headers';
import { commitOrFail } from './runtime/commit-or-fail';
import { shortenAuthLookups } from './runtime/auth-lookups';
import { answerAuthOutagesWith503 } from './runtime/auth-outage';
import { guardAgainstDatabaseOutages } from './runtime/process-guards';
import { skipUnheardEntryEvents } from './runtime/unheard-entry-events';
import { registerModerationMails } from './mail/moderation-mail';
import { expireListings } from './scheduled/expire-listings';
import { startMailWorker, stopMailWorker } from './mail/mail-queue/worker';
import { subscribeMatchNotifications } from './notifications/match-notifications';
import { seedOnFirstStart } from './seed/seed-on-first-start';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Strapi requires these two by name: ours replace its built-in ones (config/middlewares.ts says why).
    strapi.get('middlewares').set('strapi::security', securityHeaders).set('strapi::logger', requestLog);
    guardAgainstDatabaseOutages(strapi);
    commitOrFail(strapi);
    // No populated re-read after each write for an "entry.*" event nobody listens to (no webhook for it).
    skipUnheardEntryEvents(strapi);
    registerListingHook(strapi);
    registerMunicipalityHook(strapi);
    registerModerationMails(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // (again, in case the connection did not exist yet at register)
    commitOrFail(strapi);
    // Fewer queries per authenticated request: no API-token lookup of a JWT, role permissions kept in memory.
    shortenAuthLookups(strapi);
    // A database outage met while authenticating is a 503, not users-permissions' 401.
    answerAuthOutagesWith503(strapi);
    await ensureLocales(strapi);
    await ensureKindTexts(strapi);
    await ensureRoles(strapi);
    // The admin roles of the editors (plugins/moderation): after the admin's bootstrap, before seeding.
    await strapi.plugin('moderation').service('editors').ensureRoles();
    // Municipalities written before the registration type-ahead existed get their folded search name.
    await backfillMunicipalitySearchNames(strapi);
    // Connect the rate limits' store (Redis when REDIS_URL is set) before the first request counts.
    await (strapi.service('api::account.rate-limit') as any).limits().ready();
    await seedOnFirstStart(strapi);
    // Catch up on expiries missed while the CMS was stopped; the hourly cron does the rest.
    await expireListings(strapi);
    // The mail outbox's worker: mails queued while the CMS was stopped go out now.
    startMailWorker(strapi);
    subscribeMatchNotifications(strapi);
    // The editors' Matching page permission (the admin has created its default roles by now).
    await strapi.plugin('matching').service('matching').grantAdminPermission();
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await stopMailWorker(strapi);
    await (strapi.service('api::account.rate-limit') as any)?.close();
  },
};
