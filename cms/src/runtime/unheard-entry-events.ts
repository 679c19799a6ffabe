import { strapiInternal } from './strapi-internals';

// After every write, Strapi's Document Service reads the entry again with everything populated (a listing: four
// queries, each waiting for a pool connection under load) to hand it to the event hub as "entry.create",
// "entry.update"… The hub's only listeners for those are the webhooks an editor configured for that event (and
// Enterprise audit logs, which subscribe to every event). With nobody listening, emitting changes nothing: the
// read is skipped then. Whether anybody listens is known by keeping count of the hub's listeners and subscribers
// from the app's register() on, before the admin, the webhooks or audit logs attach any.

/** Strapi's Document Service module that makes each content type's event emitter (the one its repositories use). */
function documentEventsModule(): { createEventManager: (strapi: unknown, uid: string) => { emitEvent: (name: string, entry: unknown) => void } } | null {
  return strapiInternal('@strapi/core/package.json', 'dist/services/document-service/events.js', (events) =>
    typeof events?.createEventManager === 'function' ? events : null,
  );
}

/** Counts the event hub's listeners per event, and the subscribers that hear every event, from now on. */
export function countEventHubListeners(eventHub: any) {
  const listeners = new Map<string, unknown[]>();
  const subscribers: unknown[] = [];
  // Mirrors of the hub's own bookkeeping, with its exact semantics (its off() splices at indexOf, as it does).
  const { on, off, subscribe, unsubscribe, removeAllListeners, removeAllSubscribers } = eventHub;
  eventHub.on = (eventName: string, listener: unknown) => {
    listeners.set(eventName, [...(listeners.get(eventName) ?? []), listener]);
    return on.call(eventHub, eventName, listener);
  };
  eventHub.off = (eventName: string, listener: unknown) => {
    const list = listeners.get(eventName);
    list?.splice(list.indexOf(listener), 1);
    return off.call(eventHub, eventName, listener);
  };
  eventHub.subscribe = (subscriber: unknown) => {
    subscribers.push(subscriber);
    return subscribe.call(eventHub, subscriber);
  };
  eventHub.unsubscribe = (subscriber: unknown) => {
    const at = subscribers.indexOf(subscriber);
    if (at >= 0) subscribers.splice(at, 1);
    return unsubscribe.call(eventHub, subscriber);
  };
  eventHub.removeAllListeners = () => {
    listeners.clear();
    return removeAllListeners.call(eventHub);
  };
  eventHub.removeAllSubscribers = () => {
    subscribers.length = 0;
    return removeAllSubscribers.call(eventHub);
  };
  return { heard: (eventName: string) => subscribers.length > 0 || (listeners.get(eventName)?.length ?? 0) > 0 };
}

/** Installs the saving (in register(): before any repository exists and before anything listens to the hub). */
export function skipUnheardEntryEvents(strapi: any): void {
  const events = documentEventsModule();
  if (!events) {
    strapi.log.warn('[events] Strapi\'s document events were not found where expected: every write reads its entry again for the event hub');
    return;
  }
  const { heard } = countEventHubListeners(strapi.eventHub);
  const createEventManager = events.createEventManager;
  events.createEventManager = (instance, uid) => {
    const manager = createEventManager(instance, uid);
    return { emitEvent: (eventName, entry) => (heard(eventName) ? manager.emitEvent(eventName, entry) : undefined) };
  };
}
