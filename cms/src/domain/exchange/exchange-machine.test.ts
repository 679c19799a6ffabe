import { describe, expect, it } from 'vitest';
import { acceptFits, askingSideFor, EXCHANGE_ACTIONS, EXCHANGE_STATES, planTransition, remainingAfter, sideOf, type ExchangeSnapshot, type Side } from './exchange-machine';
import { exchangeParties, listingFromMatch } from './exchange-parties';

const now = new Date('2026-05-01T10:00:00Z');
const snap = (state: ExchangeSnapshot['state'], extra: Partial<ExchangeSnapshot> = {}): ExchangeSnapshot => ({
  state, askingSide: 'receiver', providerConfirmedAt: null, receiverConfirmedAt: null, ...extra,
});

describe('who asks and who answers', () => {
  it('asking for an OFFER makes the asker the receiver; answering a REQUEST makes the answerer the provider', () => {
    expect(exchangeParties({ type: 'offer', municipalityId: 'owner', moderationStatus: 'published' }, 'me')).toEqual({ providerId: 'owner', receiverId: 'me' });
    expect(exchangeParties({ type: 'request', municipalityId: 'owner', moderationStatus: 'published' }, 'me')).toEqual({ providerId: 'me', receiverId: 'owner' });
    expect(askingSideFor('offer')).toBe('receiver');
    expect(askingSideFor('request')).toBe('provider');
  });
  it('refuses a closed listing and the own listing', () => {
    expect(exchangeParties({ type: 'offer', municipalityId: 'owner', moderationStatus: 'closed' }, 'me')).toBe('listing_not_open');
    expect(exchangeParties({ type: 'offer', municipalityId: 'me', moderationStatus: 'published' }, 'me')).toBe('own_listing');
  });
  it('from a match: the requester asks for the offer, the offerer answers the request, others get nothing', () => {
    const match = { offerId: 'o', requestId: 'r', offerMunicipalityId: 'O', requestMunicipalityId: 'R' };
    expect(listingFromMatch(match, 'R')).toBe('o');
    expect(listingFromMatch(match, 'O')).toBe('r');
    expect(listingFromMatch(match, 'X')).toBeNull();
  });
  it('sideOf names the side of a municipality, or null for a third one', () => {
    const parties = { providerId: 'P', receiverId: 'R' };
    expect(sideOf(parties, 'P')).toBe('provider');
    expect(sideOf(parties, 'R')).toBe('receiver');
    expect(sideOf(parties, 'X')).toBeNull();
    expect(sideOf(parties, null)).toBeNull();
  });
});

// The full table: every state x action x side, with the expected target (or refusal), for both asking sides.
type Expect = ExchangeSnapshot['state'] | 'refused';
function expected(state: ExchangeSnapshot['state'], action: string, side: Side, asking: Side): Expect {
  const answering: Side = asking === 'receiver' ? 'provider' : 'receiver';
  if (state === 'requested' && action === 'accept' && side === answering) return 'accepted';
  if (state === 'requested' && action === 'decline' && side === answering) return 'declined';
  if (state === 'requested' && action === 'withdraw' && side === asking) return 'withdrawn';
  if (state === 'accepted' && action === 'cancel') return 'cancelled';
  if (state === 'accepted' && action === 'confirm') return 'accepted'; // first confirmation; completion below
  return 'refused';
}

describe('every transition, allowed and refused', () => {
  for (const asking of ['receiver', 'provider'] as Side[]) {
    for (const state of EXCHANGE_STATES) {
      for (const action of EXCHANGE_ACTIONS) {
        for (const side of ['provider', 'receiver'] as Side[]) {
          const want = expected(state, action, side, asking);
          it(`${asking} asked; ${state} + ${action} by ${side} -> ${want}`, () => {
            const plan = planTransition(snap(state, { askingSide: asking }), action, side, now);
            if (want === 'refused') {
              expect(plan.ok).toBe(false);
              if (!plan.ok) {
                expect(plan.code).toBe('exchange.illegal-transition');
                expect(plan.message.length).toBeGreaterThan(10);
              }
            } else {
              expect(plan).toMatchObject({ ok: true, from: state, to: want });
            }
          });
        }
      }
    }
  }
});

describe('decisions and confirmations', () => {
  it('accept and decline record the decision time', () => {
    expect(planTransition(snap('requested'), 'accept', 'provider', now)).toEqual({ ok: true, from: 'requested', to: 'accepted', set: { decidedAt: now }, event: 'exchange.accepted' });
    expect(planTransition(snap('requested'), 'decline', 'provider', now)).toMatchObject({ to: 'declined', set: { decidedAt: now }, event: 'exchange.declined' });
  });
  it('the first confirmation stays accepted; the second completes', () => {
    const first = planTransition(snap('accepted'), 'confirm', 'receiver', now);
    expect(first).toEqual({ ok: true, from: 'accepted', to: 'accepted', set: { receiverConfirmedAt: now }, event: 'exchange.confirmed' });
    const second = planTransition(snap('accepted', { receiverConfirmedAt: now }), 'confirm', 'provider', now);
    expect(second).toEqual({ ok: true, from: 'accepted', to: 'completed', set: { providerConfirmedAt: now, completedAt: now }, event: 'exchange.completed' });
  });
  it('a side cannot confirm twice', () => {
    const again = planTransition(snap('accepted', { providerConfirmedAt: now }), 'confirm', 'provider', now);
    expect(again).toMatchObject({ ok: false, code: 'exchange.illegal-transition' });
    if (!again.ok) expect(again.message).toMatch(/already confirmed/);
  });
  it('refusals name the side that may act', () => {
    const plan = planTransition(snap('requested'), 'accept', 'receiver', now);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.message).toMatch(/providing municipality/);
    const withdraw = planTransition(snap('requested'), 'withdraw', 'provider', now);
    if (!withdraw.ok) expect(withdraw.message).toMatch(/receiving municipality/);
  });
  it('an unknown action is refused', () => {
    expect(planTransition(snap('requested'), 'explode' as any, 'provider', now).ok).toBe(false);
  });
});

describe('remaining quantity after completion', () => {
  it('takes the exchanged quantity off and closes at zero', () => {
    expect(remainingAfter(10, 3)).toEqual({ remaining: 7, close: false });
    expect(remainingAfter(3, 3)).toEqual({ remaining: 0, close: true });
    expect(remainingAfter(2, 5)).toEqual({ remaining: 0, close: true });
  });
  it('an exchange without a quantity takes all that is left; a listing without a quantity never closes by it', () => {
    expect(remainingAfter(4, null)).toEqual({ remaining: 0, close: true });
    expect(remainingAfter(null, 2)).toEqual({ remaining: null, close: false });
  });
});

describe('accepting holds the quantity', () => {
  it('fits while what is accepted plus what is asked stays within what remains', () => {
    expect(acceptFits(null, [null, 5], 3)).toBe(true);
    expect(acceptFits(1, [], null)).toBe(true);
    expect(acceptFits(1, [null], null)).toBe(false);
    expect(acceptFits(10, [3, 4], 3)).toBe(true);
    expect(acceptFits(10, [3, 4], 4)).toBe(false);
    expect(acceptFits(10, [null], 1)).toBe(false);
    expect(acceptFits(0, [], null)).toBe(false);
  });
});
