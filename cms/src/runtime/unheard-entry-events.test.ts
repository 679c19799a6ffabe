import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countEventHubListeners } from './unheard-entry-events';

// Strapi's own event hub, so that the counting is checked against the hub's real behaviour.
const require = createRequire(import.meta.url);
const createEventHub = require(path.join(path.dirname(require.resolve('@strapi/core/package.json')), 'dist/services/event-hub.js'));

describe('countEventHubListeners', () => {
  it('knows when an event has a listener, through on/off, once and the returned unsubscribe', async () => {
    const hub = createEventHub();
    const { heard } = countEventHubListeners(hub);
    expect(heard('entry.create')).toBe(false);
    const calls: string[] = [];
    const listener = async () => void calls.push('on');
    const stop = hub.on('entry.create', listener);
    expect(heard('entry.create')).toBe(true);
    expect(heard('entry.update')).toBe(false);
    await hub.emit('entry.create', {});
    stop();
    expect(heard('entry.create')).toBe(false);
    hub.addListener('entry.update', listener);
    expect(heard('entry.update')).toBe(true);
    hub.removeListener('entry.update', listener);
    expect(heard('entry.update')).toBe(false);
    hub.once('entry.delete', async () => void calls.push('once'));
    expect(heard('entry.delete')).toBe(true);
    hub.removeAllListeners();
    expect(heard('entry.delete')).toBe(false);
    expect(calls).toEqual(['on']);
  });

  it('counts a subscriber (which hears every event) until it unsubscribes', () => {
    const hub = createEventHub();
    const { heard } = countEventHubListeners(hub);
    const unsubscribe = hub.subscribe(async () => undefined);
    expect(heard('entry.create')).toBe(true);
    unsubscribe();
    expect(heard('entry.create')).toBe(false);
    hub.subscribe(async () => undefined);
    hub.removeAllSubscribers();
    expect(heard('entry.publish')).toBe(false);
  });
});
