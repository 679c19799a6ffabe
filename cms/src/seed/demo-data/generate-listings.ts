import type { ListingKindSlug, LocaleCode } from '@community-sharing/config';
import { addDays, atTime, isoDate } from './dates';
import { resolvePhrasebook } from './demo-texts';
import type { MunicipalitySeed } from './generate-municipalities';
import type { Random } from './prng';
import { REJECTION_REASONS, SUBJECT_DETAILS } from './subject-details';
import { DEMO_SUBJECTS } from './subjects';
import type { DemoListing, DemoListingStatus } from './types';

/** Share of each moderation status among the demo listings. */
const STATUS_SHARES: Record<DemoListingStatus, number> = { published: 0.8, pending: 0.08, closed: 0.05, expired: 0.04, rejected: 0.03 };

/** Share of listings a municipality writes in English rather than its own language (to reach partners abroad). */
const ENGLISH_SHARE = 0.03;

/** Returns `total` items laid out in exact proportions (largest remainders), in a random order. */
function allocate<K extends string>(shares: Record<K, number>, total: number, random: Random): K[] {
  const keys = Object.keys(shares) as K[];
  const exact = keys.map((k) => shares[k] * total);
  const counts = exact.map(Math.floor);
  const byRemainder = keys.map((_, i) => i).sort((a, b) => exact[b] - counts[b] - (exact[a] - counts[a]) || a - b);
  for (let i = 0; counts.reduce((s, c) => s + c, 0) < total; i++) counts[byRemainder[i % keys.length]]++;
  return random.shuffle(keys.flatMap((k, i) => Array<K>(counts[i]).fill(k)));
}

/** Returns a random moment of an office day, `minDays` to `maxDays` before `now`. */
function daysBefore(now: Date, minDays: number, maxDays: number, random: Random): Date {
  const day = addDays(now, -random.int(minDays, maxDays));
  const moment = atTime(day, random.int(7, 17), random.int(0, 59));
  return moment > now ? addDays(moment, -1) : moment;
}

/**
 * Returns `total` demo listings: the thirty subjects in equal turns, offers and requests half and half, each
 * from a verified municipality (busier ones more often) and written in its language.
 */
export function generateListings(
  total: number,
  seeds: readonly MunicipalitySeed[],
  now: Date,
  random: Random,
  noteLocale: (wanted: LocaleCode, used: LocaleCode) => void,
): DemoListing[] {
  const authors = seeds.filter((s) => s.municipality.verification === 'verified');
  // Some municipalities post a lot, others little: a weight per author, drawn once.
  const weights = authors.map(() => 0.3 + random.next() * 2.2);
  const weightTotal = weights.reduce((s, w) => s + w, 0);
  const pickAuthor = (): MunicipalitySeed => {
    let r = random.next() * weightTotal;
    for (let i = 0; i < authors.length; i++) {
      r -= weights[i];
      if (r < 0) return authors[i];
    }
    return authors[authors.length - 1];
  };

  const subjects = random.shuffle(Array.from({ length: total }, (_, i) => DEMO_SUBJECTS[i % DEMO_SUBJECTS.length]));
  const types = allocate({ offer: 0.5, request: 0.5 }, total, random);
  const statuses = allocate(STATUS_SHARES, total, random);

  return subjects.map((subject, index): DemoListing => {
    const type = types[index];
    const status = statuses[index];
    const author = pickAuthor();
    const details = SUBJECT_DETAILS[subject.key];

    const wanted = random.chance(ENGLISH_SHARE) ? ('en' as LocaleCode) : author.writingLocale;
    const { locale, book } = resolvePhrasebook([wanted, ...author.countryLocales]);
    noteLocale(wanted, locale);
    const text = book.subjects[subject.key][type];

    // Pending listings are fresh, closed and expired ones have had time to run their course.
    const createdAt =
      status === 'pending' ? daysBefore(now, 0, 10, random)
      : status === 'closed' ? daysBefore(now, 30, 364, random)
      : status === 'expired' ? daysBefore(now, 120, 364, random)
      : daysBefore(now, 0, 364, random);
    const expiresAt = status === 'expired' ? addDays(createdAt, random.int(60, 110)) : addDays(atTime(now, 23, 59), random.int(30, 180));
    const live = status === 'published' || status === 'pending';

    const listing: DemoListing = {
      key: `listing-${String(index + 1).padStart(4, '0')}`,
      municipalityKey: author.municipality.key,
      type,
      kind: subject.kind as ListingKindSlug,
      subjectKey: subject.key,
      cpvCodes: [...subject.cpv],
      locale,
      title: text.title,
      description: text.description,
      expiresAt: expiresAt.toISOString(),
      delivery: [details.delivery[0], ...details.delivery.slice(1).filter(() => random.chance(0.5))],
      workingLanguages: workingLanguages(locale, author, random),
      status,
      createdAt: createdAt.toISOString(),
    };
    if (details.quantity) {
      listing.quantity = details.quantity[type];
      listing.unit = details.quantity.unit;
    }
    if (type === 'offer' && details.conditions) {
      listing.condition = random.pick(details.conditions);
    }
    if (type === 'offer') {
      listing.availableFrom = isoDate(addDays(createdAt, random.int(0, 21)));
    } else {
      const from = live ? now : createdAt;
      const days = details.urgent ? random.int(3, 14) : random.int(21, 150);
      const neededBy = addDays(from, days);
      listing.neededBy = isoDate(live && neededBy > expiresAt ? expiresAt : neededBy);
    }
    if (status === 'rejected') listing.rejectionReason = random.pick(REJECTION_REASONS);
    return listing;
  });
}

/** Returns the languages a listing's author can work in: the listing's own, often English, sometimes another. */
function workingLanguages(locale: LocaleCode, author: MunicipalitySeed, random: Random): LocaleCode[] {
  const languages = new Set<LocaleCode>([locale, author.writingLocale]);
  if (random.chance(0.7)) languages.add('en' as LocaleCode);
  if (author.countryLocales.length > 1 && random.chance(0.3)) languages.add(random.pick(author.countryLocales));
  return [...languages];
}
