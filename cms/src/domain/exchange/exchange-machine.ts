/**
 * The exchange state machine: which state an action leads to and which side may take it. Plain TypeScript, no
 * Strapi: the transition route applies the result atomically (compare-and-set on state and version).
 *
 *   requested --accept(answering side)--> accepted --confirm(both sides)--> completed
 *   requested --decline(answering side)--> declined
 *   requested --withdraw(asking side)--> withdrawn
 *   accepted --cancel(either side)--> cancelled
 *
 * The asking side is the one that started the exchange: the receiver when it asks for an OFFER, the provider
 * when it answers a REQUEST. The answering side is the owner of the listing. On the usual path (an offer) this
 * is exactly "the receiver asks, the provider accepts or declines, the receiver withdraws".
 */

export const EXCHANGE_STATES = ['requested', 'accepted', 'declined', 'withdrawn', 'completed', 'cancelled'] as const;
export type ExchangeState = (typeof EXCHANGE_STATES)[number];

export const EXCHANGE_ACTIONS = ['accept', 'decline', 'withdraw', 'cancel', 'confirm'] as const;
export type ExchangeAction = (typeof EXCHANGE_ACTIONS)[number];

export type Side = 'provider' | 'receiver';

/** States from which nothing moves any more. */
export const FINAL_STATES: readonly ExchangeState[] = ['declined', 'withdrawn', 'completed', 'cancelled'];

export interface ExchangeSnapshot {
  state: ExchangeState;
  /** The side that started the exchange (see the module comment). */
  askingSide: Side;
  providerConfirmedAt: Date | string | null;
  receiverConfirmedAt: Date | string | null;
}

/** The asking side of an exchange on a listing of this type. */
export function askingSideFor(listingType: 'offer' | 'request'): Side {
  return listingType === 'offer' ? 'receiver' : 'provider';
}

export function otherSide(side: Side): Side {
  return side === 'provider' ? 'receiver' : 'provider';
}

/** Which side(s) a municipality is on; null when it is not a party. */
export function sideOf(parties: { providerId: string; receiverId: string }, municipalityId: string | null | undefined): Side | null {
  if (!municipalityId) return null;
  if (parties.providerId === municipalityId) return 'provider';
  if (parties.receiverId === municipalityId) return 'receiver';
  return null;
}

/** What to write when a transition is allowed. */
export interface TransitionPlan {
  ok: true;
  from: ExchangeState;
  to: ExchangeState;
  /** Fields to set besides state and version. */
  set: Partial<{ decidedAt: Date; providerConfirmedAt: Date; receiverConfirmedAt: Date; completedAt: Date }>;
  /** The event parties are told about: exchange.accepted, exchange.confirmed (one side so far), exchange.completed, ... */
  event: string;
}

export interface TransitionRefusal {
  ok: false;
  code: 'exchange.illegal-transition';
  message: string;
}

const NAMES: Record<Side, string> = { provider: 'the providing municipality', receiver: 'the receiving municipality' };

function refuse(message: string): TransitionRefusal {
  return { ok: false, code: 'exchange.illegal-transition', message };
}

/** Decides whether `side` may take `action` on the exchange now, and what that changes. */
export function planTransition(exchange: ExchangeSnapshot, action: ExchangeAction, side: Side, now: Date = new Date()): TransitionPlan | TransitionRefusal {
  const from = exchange.state;
  const answering = otherSide(exchange.askingSide);
  switch (action) {
    case 'accept':
    case 'decline': {
      if (from !== 'requested') return refuse(`Cannot ${action} an exchange that is ${from}: only a requested exchange can be accepted or declined`);
      if (side !== answering) return refuse(`Only ${NAMES[answering]} may ${action} this exchange; your municipality asked for it`);
      const to = action === 'accept' ? 'accepted' : 'declined';
      return { ok: true, from, to, set: { decidedAt: now }, event: `exchange.${to}` };
    }
    case 'withdraw': {
      if (from !== 'requested') return refuse(`Cannot withdraw an exchange that is ${from}: only a request not yet answered can be withdrawn`);
      if (side !== exchange.askingSide) return refuse(`Only ${NAMES[exchange.askingSide]}, which asked, may withdraw this request; decline it instead`);
      return { ok: true, from, to: 'withdrawn', set: { decidedAt: now }, event: 'exchange.withdrawn' };
    }
    case 'cancel': {
      if (from !== 'accepted') return refuse(`Cannot cancel an exchange that is ${from}: only an accepted exchange can be cancelled`);
      return { ok: true, from, to: 'cancelled', set: {}, event: 'exchange.cancelled' };
    }
    case 'confirm': {
      if (from !== 'accepted') return refuse(`Cannot confirm completion of an exchange that is ${from}: only an accepted exchange can be confirmed`);
      const mine = side === 'provider' ? exchange.providerConfirmedAt : exchange.receiverConfirmedAt;
      if (mine) return refuse('Your municipality has already confirmed this exchange; the other side has not yet');
      const theirs = side === 'provider' ? exchange.receiverConfirmedAt : exchange.providerConfirmedAt;
      const set: TransitionPlan['set'] = side === 'provider' ? { providerConfirmedAt: now } : { receiverConfirmedAt: now };
      if (theirs) return { ok: true, from, to: 'completed', set: { ...set, completedAt: now }, event: 'exchange.completed' };
      return { ok: true, from, to: 'accepted', set, event: 'exchange.confirmed' };
    }
    default:
      return refuse(`Unknown action "${String(action)}"`);
  }
}

/** True when the action is one of the machine's. */
export function isExchangeAction(value: unknown): value is ExchangeAction {
  return typeof value === 'string' && (EXCHANGE_ACTIONS as readonly string[]).includes(value);
}

/**
 * What completing an exchange does to its listing's remaining quantity: the exchanged quantity (all that is
 * left when the exchange names none) comes off, never below zero; the listing closes at zero.
 */
export function remainingAfter(remaining: number | null, exchanged: number | null): { remaining: number | null; close: boolean } {
  if (remaining === null) return { remaining: null, close: false };
  const taken = exchanged === null ? remaining : Math.min(exchanged, remaining);
  const left = Math.max(0, Math.round((remaining - taken) * 1000) / 1000);
  return { remaining: left, close: left === 0 };
}

/**
 * Whether accepting one more exchange still fits the listing: the exchanges already accepted (not yet completed)
 * hold their quantity (all that remains when they name none), so the same item is never promised twice.
 * A listing without a quantity (expertise, volunteers, ...) never runs out.
 */
export function acceptFits(remaining: number | null, acceptedQuantities: (number | null)[], requested: number | null): boolean {
  if (remaining === null) return true;
  const held = acceptedQuantities.reduce<number>((sum, quantity) => sum + (quantity === null ? remaining : quantity), 0);
  const wanted = requested === null ? remaining : requested;
  return wanted > 0 && held + wanted <= remaining + 1e-9;
}
