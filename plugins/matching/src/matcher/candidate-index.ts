// The candidate index: inverted maps from keys to the open listings that carry them, one set of maps per type,
// so that a listing's counterparts are found through the postings of its own keys in the OPPOSITE type, never by
// a scan of all listings.
//
// A listing's keys:
//   x:<code> c:<class> g:<group> d:<division>  for each of its CPV codes;
//   k:<kind>                                   its platform kind, and k0:<kind> too when it has no CPV code;
//   geo:<kind>:<lat>:<lng>                     its kind in its 1°×1° cell, when its place is known;
//   t:<concept>                                its strongest text concepts (text-profile.ts).
// Only published listings are held (upserting another status removes the listing). Candidates are ranked by the
// summed weights of the keys they share with the listing (INDEX_TUNING: the same code above the same class,
// group, division and kind; a shared text concept by its rarity) plus their nearness, and the best `limit` are
// returned, a fifth of the places kept for counterparts that share only text (another kind saying the same).
// A posting longer than INDEX_TUNING.maxScan is read only in part (its oldest entries), and text concepts that
// one listing in twenty holds are not read at all, so one query reads a bounded number of entries whatever the
// size of the index.
import { hasPlace } from './geo';
import { codesOf, distanceScore } from './score-match';
import { conceptName, profileOf } from './text-profile';
import type { MatchableListing, MatchSide } from './types';

/** How the index picks candidates: key weights, the number of text keys, the geographic reach. */
export const INDEX_TUNING = {
  /**
   * Weights of shared keys, in step with the score (taxonomy 0.45 ≈ 10 units: a shared division is worth 2.5,
   * a group 6, a class 8.5, the code 10; the same kind without CPV 3.5). A text key's weight is multiplied by the
   * concept's rarity among the other type (idf, about 2 to 10). Geographic cells only bring nearby listings in:
   * their nearness is added exactly, times `nearness` (the distance signal, 1 within 50 km, ≈ 0.15 × 22 units).
   */
  weights: { code: 1.5, class: 2.5, group: 3.5, division: 2.5, kind: 3.5, geo: 0.5, text: 0.5 },
  nearness: 3.3,
  /** Text concepts indexed per listing, and read per query. */
  storedTextKeys: 12,
  queryTextKeys: 12,
  /** Size of a geographic cell in degrees, and how far around a listing its cells are read (km; a radius narrows it). */
  cellDegrees: 1,
  geoReachKm: 300,
  /** Text concepts held by more than this share of the other type are not read (as stop words). */
  maxTextPosting: 0.05,
  /** Share of the candidates kept for counterparts that share text only (other kinds, other CPV divisions). */
  textShare: 0.2,
  /** At most this many entries of one posting are read per query. */
  maxScan: 5000,
} as const;

/** The candidate index of open listings (see the top of this file). */
export interface CandidateIndex {
  /** Adds or replaces a listing; a listing that is not published is removed instead. */
  upsert(listing: MatchableListing): void;
  /** Removes a listing by id (no-op when absent). */
  remove(id: string): void;
  /** The indexed listing with this id. */
  get(id: string): MatchableListing | undefined;
  /** Whether a listing with this id is indexed. */
  has(id: string): boolean;
  /**
   * Up to `limit` counterparts of a listing (opposite type, published, another municipality, not expired on
   * `options.today` when given), the likeliest first. Reads only the postings of the listing's own keys.
   */
  candidates(listing: MatchableListing, limit?: number, options?: { today?: string }): MatchableListing[];
  /** How many listings are indexed. */
  readonly size: number;
  /** The keys a listing is indexed under (for tests and diagnostics). */
  keysOf(listing: MatchableListing): string[];
  /** The ids in one posting (for tests and diagnostics). */
  posting(type: MatchSide, key: string): string[];
  /** How many keys and posting entries the index holds. */
  stats(): { listings: number; keys: number; entries: number };
}

interface Entry {
  slot: number;
  listing: MatchableListing;
  keys: string[];
}

const RAD = Math.PI / 180;

/** A fast distance for ranking (equirectangular; within a few per cent of the great circle at these ranges). */
function roughKm(lat1: number, lng1: number, cos1: number, lat2: number, lng2: number, cos2: number): number {
  const x = (lng2 - lng1) * 0.5 * (cos1 + cos2);
  const y = lat2 - lat1;
  return 6371 * Math.sqrt(x * x + y * y);
}

/** YYYY-MM-DD as the number YYYYMMDD (0 when unreadable: treated as expired). */
function dayNumber(iso: string | undefined): number {
  const n = Number(String(iso ?? '').slice(0, 10).replaceAll('-', ''));
  return Number.isFinite(n) ? n : 0;
}

/** Slots are packed below the candidate score in one float64: at most 2^24 listings per index. */
const SLOT_SPAN = 2 ** 24;

const sideIndex = (type: MatchSide): 0 | 1 => (type === 'offer' ? 0 : 1);

const cellOf = (deg: number) => Math.floor(deg / INDEX_TUNING.cellDegrees);
const geoKey = (kind: string, latCell: number, lngCell: number) => `geo:${kind}:${latCell}:${lngCell}`;

/** The strongest text concepts of a listing, strongest first (ties: lower concept id first). */
function topConcepts(listing: MatchableListing, count: number): { id: number; weight: number }[] {
  const { ids, weights } = profileOf(listing);
  // A small selection: keep the best `count` in order while walking the profile once.
  const top: { id: number; weight: number }[] = [];
  for (let k = 0; k < ids.length; k++) {
    const weight = weights[k]!;
    if (top.length === count && weight <= top[count - 1]!.weight) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.weight < weight) at--;
    top.splice(at, 0, { id: ids[k]!, weight });
    if (top.length > count) top.pop();
  }
  return top;
}

/** The keys a listing is stored under. */
function storedKeys(listing: MatchableListing): string[] {
  const keys = new Set<string>();
  const codes = codesOf(listing);
  for (const code of codes) {
    keys.add('x:' + code);
    keys.add('c:' + code.slice(0, 4));
    keys.add('g:' + code.slice(0, 3));
    keys.add('d:' + code.slice(0, 2));
  }
  keys.add('k:' + listing.kind);
  if (codes.length === 0) keys.add('k0:' + listing.kind);
  if (hasPlace(listing)) keys.add(geoKey(listing.kind, cellOf(listing.lat), cellOf(listing.lng)));
  for (const { id } of topConcepts(listing, INDEX_TUNING.storedTextKeys)) keys.add('t:' + conceptName(id));
  return [...keys];
}

/** The weighted keys a listing looks up in the other type's postings, the most specific first. */
function queryKeys(listing: MatchableListing): [string, number][] {
  const w = INDEX_TUNING.weights;
  const keys = new Map<string, number>();
  const put = (key: string, weight: number) => keys.set(key, Math.max(keys.get(key) ?? 0, weight));
  const codes = codesOf(listing);
  for (const code of codes) put('x:' + code, w.code);
  for (const code of codes) put('c:' + code.slice(0, 4), w.class);
  for (const code of codes) put('g:' + code.slice(0, 3), w.group);
  const concepts = topConcepts(listing, INDEX_TUNING.queryTextKeys);
  const strongest = concepts[0]?.weight ?? 1;
  // Text keys carry their share of the strongest concept; the rarity factor is applied at lookup.
  for (const { id, weight } of concepts) put('t:' + conceptName(id), (w.text * weight) / strongest);
  if (hasPlace(listing)) {
    const reach = Math.min(INDEX_TUNING.geoReachKm, listing.radiusKm && listing.radiusKm > 0 ? listing.radiusKm : Infinity);
    const dLat = reach / 111.2;
    const dLng = reach / (111.2 * Math.max(0.2, Math.cos((listing.lat * Math.PI) / 180)));
    for (let a = cellOf(listing.lat - dLat); a <= cellOf(listing.lat + dLat); a++) {
      for (let b = cellOf(listing.lng - dLng); b <= cellOf(listing.lng + dLng); b++) put(geoKey(listing.kind, a, b), w.geo);
    }
  }
  // Without codes: every counterpart of the kind; with codes: those of the kind that have no codes (the others
  // are reached through their codes).
  put((codes.length === 0 ? 'k:' : 'k0:') + listing.kind, w.kind);
  for (const code of codes) put('d:' + code.slice(0, 2), w.division);
  return [...keys.entries()];
}

/** Per slot, what the ranking loop needs, in typed arrays: place in radians, municipality number, expiry day. */
class SlotFacts {
  lat = new Float64Array(1024);
  lng = new Float64Array(1024);
  cos = new Float64Array(1024);
  town = new Int32Array(1024);
  expires = new Int32Array(1024);
  private readonly towns = new Map<string, number>();

  /** The number of a municipality (0 for none), interned on first sight. */
  municipalityOf(id: string | undefined): number {
    if (!id) return 0;
    let n = this.towns.get(id);
    if (n === undefined) {
      n = this.towns.size + 1;
      this.towns.set(id, n);
    }
    return n;
  }

  set(slot: number, listing: MatchableListing): void {
    if (slot >= this.lat.length) this.grow(Math.max(slot + 1, this.lat.length * 2));
    const known = hasPlace(listing);
    this.lat[slot] = known ? listing.lat * RAD : NaN;
    this.lng[slot] = known ? listing.lng * RAD : NaN;
    this.cos[slot] = known ? Math.cos(listing.lat * RAD) : NaN;
    this.town[slot] = this.municipalityOf(listing.municipalityId);
    this.expires[slot] = listing.expiresAt ? dayNumber(listing.expiresAt) : 99991231;
  }

  private grow(size: number): void {
    const grown = <T extends Float64Array | Int32Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.lat = grown(this.lat);
    this.lng = grown(this.lng);
    this.cos = grown(this.cos);
    this.town = grown(this.town);
    this.expires = grown(this.expires);
  }
}

/** Creates an empty candidate index. */
export function createCandidateIndex(): CandidateIndex {
  const entries = new Map<string, Entry>();
  const slots: (Entry | undefined)[] = [];
  const freeSlots: number[] = [];
  const postings: [Map<string, Set<number>>, Map<string, Set<number>>] = [new Map(), new Map()];
  const facts = new SlotFacts();
  let scores = new Float64Array(1024);
  let textScores = new Float64Array(1024);
  let entryCount = 0;
  /** Open listings per type: offers, requests. */
  const typeCounts = [0, 0];

  const remove = (id: string) => {
    const entry = entries.get(id);
    if (!entry) return;
    const maps = postings[sideIndex(entry.listing.type)];
    for (const key of entry.keys) {
      const set = maps.get(key);
      if (!set) continue;
      set.delete(entry.slot);
      entryCount--;
      if (set.size === 0) maps.delete(key);
    }
    entries.delete(id);
    typeCounts[sideIndex(entry.listing.type)]--;
    slots[entry.slot] = undefined;
    freeSlots.push(entry.slot);
  };

  const keysOf = (listing: MatchableListing) => storedKeys(listing);

  return {
    upsert(listing) {
      remove(listing.id);
      if (listing.status !== 'published') return;
      const slot = freeSlots.pop() ?? slots.length;
      const keys = storedKeys(listing);
      const entry: Entry = { slot, listing, keys };
      facts.set(slot, listing);
      slots[slot] = entry;
      entries.set(listing.id, entry);
      typeCounts[sideIndex(listing.type)]++;
      const maps = postings[sideIndex(listing.type)];
      for (const key of keys) {
        let set = maps.get(key);
        if (!set) maps.set(key, (set = new Set()));
        set.add(slot);
        entryCount++;
      }
    },

    remove,

    get: (id) => entries.get(id)?.listing,

    has: (id) => entries.has(id),

    candidates(listing, limit = 500, options = {}) {
      if (limit <= 0) return [];
      const maps = postings[sideIndex(listing.type === 'offer' ? 'request' : 'offer')];
      if (scores.length < slots.length) {
        scores = new Float64Array(Math.max(slots.length, scores.length * 2));
        textScores = new Float64Array(scores.length);
      }
      const touched: number[] = [];
      const population = typeCounts[listing.type === 'offer' ? 1 : 0];
      for (const [key, keyWeight] of queryKeys(listing)) {
        const set = maps.get(key);
        if (!set) continue;
        // A shared rare concept says more than a shared common one; a very common one says too little to read.
        const isText = key.startsWith('t:');
        let weight = keyWeight;
        if (isText) {
          if (set.size > INDEX_TUNING.maxTextPosting * population) continue;
          weight *= Math.log(1 + population / set.size);
        }
        let read = 0;
        for (const slot of set) {
          if (read++ >= INDEX_TUNING.maxScan) break;
          if (scores[slot] === 0) touched.push(slot);
          scores[slot]! += weight;
          if (isText) textScores[slot]! += weight;
        }
      }
      // Ranked through typed-array sorts of packed numbers: the score in 1/256 steps above, the slot below
      // (lower slots, the older listings, first among equals). Two rankings: by all keys and nearness, and by
      // text among the counterparts that share nothing else (other kinds, other CPV divisions), which reserves a
      // share of the places for them: they would otherwise lose every place to the listing's own kind.
      const packed = new Float64Array(touched.length);
      const packedText = new Float64Array(touched.length);
      let n = 0;
      let nText = 0;
      // The ranking loop reads typed arrays only (the listing objects are scattered over the heap).
      const self = entries.get(listing.id)?.slot ?? -1;
      const town = facts.municipalityOf(listing.municipalityId);
      const today = options.today === undefined ? 0 : dayNumber(options.today);
      const known = hasPlace(listing);
      const lat = known ? listing.lat * RAD : NaN;
      const lng = known ? listing.lng * RAD : NaN;
      const cos = Math.cos(lat);
      const { lat: lats, lng: lngs, cos: coss, town: towns, expires } = facts;
      for (const slot of touched) {
        const scores0 = scores[slot]!;
        let score = scores0;
        const text = textScores[slot]!;
        scores[slot] = 0;
        textScores[slot] = 0;
        if (slot === self) continue;
        if (town > 0 && towns[slot] === town) continue;
        if (expires[slot]! < today) continue;
        if (known && !Number.isNaN(lats[slot]!)) score += INDEX_TUNING.nearness * distanceScore(roughKm(lat, lng, cos, lats[slot]!, lngs[slot]!, coss[slot]!));
        packed[n++] = Math.round(score * 256) * SLOT_SPAN + (SLOT_SPAN - 1 - slot);
        // Text alone: a counterpart that shares no CPV prefix, kind or place key with the listing.
        if (text > 0 && scores0 - text < 1e-9) packedText[nText++] = Math.round(text * 256) * SLOT_SPAN + (SLOT_SPAN - 1 - slot);
      }
      const byAll = packed.subarray(0, n).sort();
      const byText = packedText.subarray(0, nText).sort();
      const chosen = new Set<number>();
      const take = (sorted: Float64Array, upTo: number) => {
        for (let i = sorted.length - 1; i >= 0 && chosen.size < upTo; i--) chosen.add(SLOT_SPAN - 1 - (sorted[i]! % SLOT_SPAN));
      };
      const reserved = Math.floor(limit * INDEX_TUNING.textShare);
      take(byAll, limit - reserved);
      take(byText, limit);
      take(byAll, limit);
      return [...chosen].map((slot) => slots[slot]!.listing);
    },

    get size() {
      return entries.size;
    },

    keysOf,

    posting(type, key) {
      const set = postings[sideIndex(type)].get(key);
      return set ? [...set].map((slot) => slots[slot]!.listing.id) : [];
    },

    stats: () => ({ listings: entries.size, keys: postings[0].size + postings[1].size, entries: entryCount }),
  };
}
