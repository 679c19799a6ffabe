import { describe, expect, it } from 'vitest';
import { exchangeHistory, exchangeRefusalKey, parseAmount } from './exchange-page';
import { notificationHref } from './notifications';

const base = { createdAt: '2027-05-01T08:00:00.000Z', updatedAt: '2027-05-09T08:00:00.000Z', decidedAt: null, completedAt: null, providerConfirmedAt: null, receiverConfirmedAt: null };

describe('the history of an exchange', () => {
  it('is only the request while nobody answered', () => {
    expect(exchangeHistory({ ...base, state: 'requested' })).toEqual([{ kind: 'requested', at: base.createdAt }]);
  });

  it('lists acceptance, both confirmations and completion in time order', () => {
    const steps = exchangeHistory({
      ...base,
      state: 'completed',
      decidedAt: '2027-05-02T08:00:00.000Z',
      receiverConfirmedAt: '2027-05-05T08:00:00.000Z',
      providerConfirmedAt: '2027-05-06T08:00:00.000Z',
      completedAt: '2027-05-06T08:00:00.000Z',
    });
    expect(steps.map((s) => s.kind)).toEqual(['requested', 'accepted', 'receiverConfirmed', 'providerConfirmed', 'completed']);
  });

  it('names a decline or withdrawal as such, and dates a cancellation by the last change', () => {
    expect(exchangeHistory({ ...base, state: 'declined', decidedAt: '2027-05-02T08:00:00.000Z' }).at(-1)?.kind).toBe('declined');
    expect(exchangeHistory({ ...base, state: 'withdrawn', decidedAt: '2027-05-02T08:00:00.000Z' }).at(-1)?.kind).toBe('withdrawn');
    const cancelled = exchangeHistory({ ...base, state: 'cancelled', decidedAt: '2027-05-02T08:00:00.000Z' });
    expect(cancelled.map((s) => s.kind)).toEqual(['requested', 'accepted', 'cancelled']);
    expect(cancelled.at(-1)?.at).toBe(base.updatedAt);
  });
});

describe('the message of a 409', () => {
  it('says "someone else changed it" for a stale version and names the other conflicts', () => {
    expect(exchangeRefusalKey('exchange.stale')).toBe('exchangePage.stale');
    expect(exchangeRefusalKey('exchange.quantity-unavailable')).toBe('exchangePage.quantityUnavailable');
    expect(exchangeRefusalKey('exchange.feedback-given')).toBe('exchangePage.feedbackGiven');
    expect(exchangeRefusalKey('exchange.illegal-transition')).toBe('exchangePage.illegal');
    expect(exchangeRefusalKey(undefined)).toBe('exchangePage.illegal');
  });
});

describe('an amount typed into the impact form', () => {
  it('reads a decimal comma or point and spaces between thousands', () => {
    expect(parseAmount('1 200')).toBe(1200);
    expect(parseAmount('180,5')).toBe(180.5);
    expect(parseAmount('2.25')).toBe(2.25);
    expect(parseAmount('0')).toBe(0);
  });

  it('is null when empty and undefined when not a number of zero or more', () => {
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('twelve')).toBeUndefined();
    expect(parseAmount('-3')).toBeUndefined();
    expect(parseAmount('1e9')).toBeUndefined();
  });
});

describe('where a notification leads', () => {
  it('puts the locale before the CMS’s path', () => {
    expect(notificationHref('de', { link: '/listings/schreibtische-abc', data: {} })).toBe('/de/listings/schreibtische-abc');
  });

  it('leads an exchange’s event to the exchange page', () => {
    expect(notificationHref('bg', { link: null, data: { exchangeDocumentId: 'abcdefghij0123456789xyzw' } })).toBe('/bg/dashboard/exchanges/abcdefghij0123456789xyzw');
  });

  it('never leads to another site', () => {
    expect(notificationHref('en', { link: '//evil.example/x', data: {} })).toBeUndefined();
    expect(notificationHref('en', { link: 'https://evil.example/x', data: {} })).toBeUndefined();
    expect(notificationHref('en', { link: '/\\evil.example', data: {} })).toBeUndefined();
    expect(notificationHref('en', { link: null, data: { exchangeDocumentId: '../admin' } })).toBeUndefined();
  });
});
