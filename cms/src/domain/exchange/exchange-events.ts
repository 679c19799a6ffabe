/**
 * Tells both municipalities of an exchange what happened. The notification feature (api::notification.notification,
 * built separately) decides how each member hears of it; until it is installed this only logs at debug level.
 * Called after the transaction has committed, so a rolled-back change is never announced. Never throws: a
 * notification failure must not turn a done transition into an error.
 */
export interface ExchangeForEvents {
  documentId: string;
  providerId: string;
  receiverId: string;
}

interface NotifyingStrapi {
  service(uid: string): unknown;
  log: { debug(message: string): void; warn(message: string): void };
}

export async function notifyParties(strapi: NotifyingStrapi, exchange: ExchangeForEvents, event: string, data: Record<string, unknown> = {}): Promise<void> {
  let notifications: { notify?: (input: Record<string, unknown>) => Promise<unknown> } | undefined;
  try {
    notifications = strapi.service('api::notification.notification') as typeof notifications;
  } catch {
    notifications = undefined;
  }
  if (!notifications?.notify) {
    strapi.log.debug(`exchange ${exchange.documentId}: ${event} (no notification service installed)`);
    return;
  }
  for (const [side, municipalityDocumentId] of [['provider', exchange.providerId], ['receiver', exchange.receiverId]] as const) {
    try {
      await notifications.notify({
        municipalityDocumentId,
        event,
        data: { exchangeDocumentId: exchange.documentId, side, ...data },
        delivery: 'immediate',
      });
    } catch (error) {
      strapi.log.warn(`exchange ${exchange.documentId}: notifying ${side} of ${event} failed: ${(error as Error).message}`);
    }
  }
}
