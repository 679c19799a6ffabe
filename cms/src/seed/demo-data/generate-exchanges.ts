import type { LocaleCode } from '@community-sharing/config';
import { addDays, atTime } from './dates';
import { resolvePhrasebook } from './demo-texts';
import type { MunicipalitySeed } from './generate-municipalities';
import type { DemoPhrasebook } from './phrasebook-types';
import type { Random } from './prng';
import { SUBJECT_DETAILS } from './subject-details';
import type { DemoExchange, DemoExchangeState, DemoListing } from './types';

/** Share of each state among the demo exchanges; every state ends up at least ten times from 120 exchanges on. */
const STATE_SHARES: Record<DemoExchangeState, number> = {
  completed: 0.3,
  accepted: 0.18,
  requested: 0.18,
  declined: 0.12,
  withdrawn: 0.11,
  cancelled: 0.11,
};

/** Share of exchanges whose other side is in another country (the platform's point), the rest are neighbours. */
const CROSS_BORDER_SHARE = 0.8;

type MessageKind = keyof DemoPhrasebook['messages'];
type Side = 'owner' | 'other';

/**
 * The thread of each state, as (who writes, what): the other side asks, the listing's owner accepts or declines,
 * the provider proposes the hand-over, the receiver thanks.
 */
function threadOf(state: DemoExchangeState, listingType: 'offer' | 'request', withHandover: boolean): [Side, MessageKind][] {
  const provider: Side = listingType === 'offer' ? 'owner' : 'other';
  const receiver: Side = provider === 'owner' ? 'other' : 'owner';
  const ask: [Side, MessageKind] = ['other', 'ask'];
  switch (state) {
    case 'requested':
    case 'withdrawn':
      return [ask];
    case 'declined':
      return [ask, ['owner', 'decline']];
    case 'cancelled':
      return [ask, ['owner', 'accept']];
    case 'accepted':
      return withHandover ? [ask, ['owner', 'accept'], [provider, 'handover']] : [ask, ['owner', 'accept']];
    case 'completed':
      return [ask, ['owner', 'accept'], [provider, 'handover'], [receiver, 'thanks']];
  }
}

/**
 * Returns the moments of a thread's messages, in office hours and in order: the first some days after the
 * listing appeared, each answer within a few days, none after `now` (a thread on a fresh listing is squeezed).
 */
function threadTimes(created: Date, now: Date, count: number, random: Random): Date[] {
  const span = now.getTime() - created.getTime();
  const times: Date[] = [];
  let at = new Date(created.getTime() + span * (0.05 + random.next() * 0.4));
  for (let i = 0; i < count; i++) {
    const previous = times[i - 1] ?? created;
    let next = atTime(addDays(at, i === 0 ? 0 : random.int(0, 3)), random.int(8, 16), random.int(0, 59));
    if (next <= previous) next = addDays(next, 1);
    if (next > now) next = new Date((previous.getTime() + now.getTime()) / 2);
    times.push(next);
    at = next;
  }
  return times;
}

/** Returns the impact of a completed exchange, from the subject's per-unit figures and the listing's quantity. */
function impactOf(listing: DemoListing, random: Random): DemoExchange['impact'] {
  const unit = SUBJECT_DETAILS[listing.subjectKey].impact;
  const quantity = listing.quantity ?? 1;
  // Real exchanges rarely match the listing exactly: between 60% and 100% of it changed hands.
  const share = 0.6 + random.next() * 0.4;
  const impact: NonNullable<DemoExchange['impact']> = {};
  if (unit.valueEur) impact.valueEur = Math.round((unit.valueEur * quantity * share) / 10) * 10;
  if (unit.massKg) impact.massKg = Math.round(unit.massKg * quantity * share);
  if (unit.volunteerHours) impact.volunteerHours = Math.round(unit.volunteerHours * quantity * share);
  if (unit.expertDays) {
    const days = listing.unit === 'day' ? unit.expertDays * quantity : unit.expertDays;
    impact.expertDays = Math.max(1, Math.round(days * share));
  }
  return impact;
}

/**
 * Returns about one exchange per ten listings (at least 120), each on its own listing: published listings, or
 * closed ones for completed exchanges; the two sides are different verified municipalities, mostly of two
 * countries, and each writes in its own language.
 */
export function generateExchanges(
  listings: readonly DemoListing[],
  seeds: readonly MunicipalitySeed[],
  now: Date,
  random: Random,
  noteLocale: (wanted: LocaleCode, used: LocaleCode) => void,
): DemoExchange[] {
  const byKey = new Map(seeds.map((s) => [s.municipality.key, s]));
  const verified = seeds.filter((s) => s.municipality.verification === 'verified');
  const published = random.shuffle(listings.filter((l) => l.status === 'published'));
  const closed = random.shuffle(listings.filter((l) => l.status === 'closed'));

  const total = Math.min(Math.max(120, Math.round(listings.length / 10)), published.length + closed.length);
  const exact = Object.entries(STATE_SHARES).map(([state, share]) => [state, Math.max(10, Math.round(share * total))] as const);
  const states = random.shuffle(exact.flatMap(([state, count]) => Array<DemoExchangeState>(count).fill(state as DemoExchangeState)));

  const exchanges: DemoExchange[] = [];
  for (const state of states) {
    // Completed exchanges close their listing, so they take the closed ones first.
    const listing = state === 'completed' ? (closed.pop() ?? published.pop()) : published.pop();
    if (!listing) break;
    const owner = byKey.get(listing.municipalityKey)!;
    const abroad = random.chance(CROSS_BORDER_SHARE);
    const candidates = verified.filter(
      (s) => s !== owner && (abroad ? s.municipality.country !== owner.municipality.country : s.municipality.country === owner.municipality.country),
    );
    const other = random.pick(candidates.length > 0 ? candidates : verified.filter((s) => s !== owner));
    const sideSeed = (side: Side) => (side === 'owner' ? owner : other);

    const [providerKey, receiverKey] =
      listing.type === 'offer' ? [owner.municipality.key, other.municipality.key] : [other.municipality.key, owner.municipality.key];

    const thread = threadOf(state, listing.type, random.chance(0.5));
    const times = threadTimes(new Date(listing.createdAt), now, thread.length, random);
    const messages = thread.map(([side, kind], i) => {
      const seed = sideSeed(side);
      const { locale, book } = resolvePhrasebook([seed.writingLocale, ...seed.countryLocales]);
      noteLocale(seed.writingLocale, locale);
      return { fromKey: seed.municipality.key, locale, body: book.messages[kind], at: times[i].toISOString() };
    });

    const exchange: DemoExchange = {
      key: `exchange-${String(exchanges.length + 1).padStart(4, '0')}`,
      listingKey: listing.key,
      providerKey,
      receiverKey,
      state,
      messages,
    };
    if (state === 'completed') {
      exchange.feedback = [receiverKey, providerKey].map((fromKey) => {
        const seed = byKey.get(fromKey)!;
        const { locale, book } = resolvePhrasebook([seed.writingLocale, ...seed.countryLocales]);
        const rating = random.weighted({ 5: 0.7, 4: 0.3 });
        return { fromKey, rating: Number(rating) as 4 | 5, comment: book.feedback, locale };
      });
      exchange.impact = impactOf(listing, random);
    }
    exchanges.push(exchange);
  }
  return exchanges;
}
