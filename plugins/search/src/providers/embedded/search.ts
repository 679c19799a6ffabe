// Query execution of the embedded engine.
//
// Matching: every query word must be found in the listing, either in its text (titles, descriptions in all its
// locales, municipality names; prefix- and typo-tolerant) or in the names of its structured fields, looked up
// in the concept vocabulary: the CPV labels of its codes (24 languages), its kind's label (30 locales), its
// country's name (30 locales). When no listing has every word and the query has several, listings with the
// most words come first instead (Algolia's removeWordsIfNoResults=allOptional, which the algolia provider sets).
//
// Ranking (relevance): words found, then BM25 text score plus a bonus per word found through a concept (less
// when the text has it too), then newest. newest: publishedAt desc. nearest: distance asc. Ties: id.
import { roundKm } from '../../contract/geo';
import type { NormalizedQuery } from '../../contract/query';
import type { SearchHit, SearchResult } from '../../contract/types';
import { queryTokens } from '../../text/tokens';
import type { ConceptMatch, Vocabulary } from '../../text/vocabulary';
import type { EmbeddedIndex } from './engine';
import { FacetCounter } from './facets';
import { compileFilter, type SlotFilter } from './filters';
import { topKByKey } from './top-k';

// Concept bonuses, in BM25 units: a title hit scores about 3-10, so a listing that has the word in its own
// text outranks one that only shares a category with it.
const CPV_BONUS = 2;
const KIND_BONUS = 1;
const COUNTRY_BONUS = 0.5;

/**
 * Which slots a query has already taken as candidates: stamped, so that no query allocates and clears an array
 * the size of the index (that alone was a tenth of a query's time at 100,000 listings). Queries run one at a time.
 */
class SlotMarks {
  private stamp = new Uint32Array(0);
  private generation = 0;

  start(size: number): this {
    if (size > this.stamp.length) {
      this.stamp = new Uint32Array(Math.max(size, this.stamp.length * 2, 1024));
      this.generation = 0;
    }
    this.generation = (this.generation + 1) >>> 0;
    if (this.generation === 0) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    return this;
  }

  has(slot: number): boolean {
    return this.stamp[slot] === this.generation;
  }

  set(slot: number): void {
    this.stamp[slot] = this.generation;
  }
}

const marks = new SlotMarks();

/**
 * The rows a query matched, in parallel typed arrays reused from query to query (queries run one at a time, and
 * a broad one matches most of the index: growing plain arrays row by row was a good part of its time).
 */
class Rows {
  n = 0;
  slots = new Int32Array(0);
  scores = new Float64Array(0);
  words = new Int32Array(0);
  /** The ordering's sort key of each row (see rank()). */
  keys = new Float64Array(0);

  /** Empties the rows, with room for `capacity`. */
  reset(capacity: number): this {
    if (capacity > this.slots.length) {
      const cap = Math.max(capacity, this.slots.length * 2, 1024);
      this.slots = new Int32Array(cap);
      this.scores = new Float64Array(cap);
      this.words = new Int32Array(cap);
      this.keys = new Float64Array(cap);
    }
    this.n = 0;
    return this;
  }

  push(slot: number, score: number, words: number): void {
    const i = this.n++;
    this.slots[i] = slot;
    this.scores[i] = score;
    this.words[i] = words;
  }
}

const rowBuffer = new Rows();

// Sort-key scales: an open urgent request outranks everything, then words found, then the BM25 score (clamped:
// the key must only ever round towards a tie, which the full comparison then decides).
const URGENT_FIRST = 2 ** 46;
const WORD_STEP = 1e6;
const MAX_SCORED = WORD_STEP - 1;

/** Answers a normalized query from one index generation. */
export function runSearch(index: EmbeddedIndex, query: NormalizedQuery, vocabulary: Vocabulary): SearchResult {
  const { store } = index;
  const filter = compileFilter(store, query);
  const words = queryTokens(query.q);
  const rows = rowBuffer.reset(store.size);
  if (!filter.impossible) {
    if (words.length === 0) browse(index, filter, rows);
    else matchWords(index, filter, words, vocabulary, rows);
  }

  const n = rows.n;
  const facets = new FacetCounter(store, query.facets);
  if (facets.active) facets.addAll(rows.slots, n);

  const distances = query.near ? Float64Array.from(rows.slots.subarray(0, n), (slot) => filter.distance(slot)) : undefined;
  const { published, urgent, docs } = store;
  const slots = rows.slots;
  const byId = (a: number, b: number): number => {
    const x = docs[slots[a]!]!.id;
    const y = docs[slots[b]!]!.id;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const byNewest = (a: number, b: number): number => published[slots[b]!]! - published[slots[a]!]! || byId(a, b);
  const sort = query.sort === 'relevance' && words.length === 0 ? 'newest' : query.sort;
  // The full order (open urgent requests first, whatever the order, as the Algolia provider ranks them), and a
  // number per row that agrees with it; topKByKey compares numbers and only falls back to `order` on ties.
  let chosen: (a: number, b: number) => number;
  const keys = rows.keys;
  if (sort === 'nearest') {
    chosen = (a, b) => distances![a]! - distances![b]! || byNewest(a, b);
    for (let i = 0; i < n; i++) {
      const km = distances![i]!;
      keys[i] = urgent[slots[i]!]! * URGENT_FIRST - (Number.isNaN(km) ? MAX_SCORED : Math.min(km, MAX_SCORED - 1));
    }
  } else if (sort === 'newest') {
    chosen = byNewest;
    for (let i = 0; i < n; i++) keys[i] = urgent[slots[i]!]! * URGENT_FIRST + published[slots[i]!]!;
  } else {
    const scores = rows.scores;
    const found = rows.words;
    chosen = (a, b) => popcount(found[b]!) - popcount(found[a]!) || scores[b]! - scores[a]! || byNewest(a, b);
    for (let i = 0; i < n; i++) {
      keys[i] = urgent[slots[i]!]! * URGENT_FIRST + popcount(found[i]!) * WORD_STEP + Math.min(Math.max(scores[i]!, 0), MAX_SCORED);
    }
  }
  const order = (a: number, b: number): number => urgent[slots[b]!]! - urgent[slots[a]!]! || chosen(a, b);

  const start = (query.page - 1) * query.pageSize;
  const ranked = start >= n ? [] : topKByKey(n, Math.min(n, start + query.pageSize), keys, order).slice(start);
  const hits: SearchHit[] = ranked.map((i) => {
    const hit: SearchHit = { document: docs[slots[i]!]!, score: rows.scores[i]! };
    const km = distances?.[i];
    if (km !== undefined && !Number.isNaN(km)) hit.distanceKm = roundKm(km);
    return hit;
  });
  return { hits, total: n, page: query.page, pageSize: query.pageSize, facets: facets.result() };
}

/**
 * Filter-only browsing: every live slot that passes. With a CPV, kind or municipality filter only the listings of
 * its codes, kinds or municipalities can pass: they are gathered from that index (the smallest, each slot once)
 * when they are fewer than half the store, instead of testing every slot (a listing page's "matching" and
 * "similar" lists browse one CPV class or kind, a profile page its municipality's listings).
 */
function browse(index: EmbeddedIndex, filter: SlotFilter, rows: Rows): void {
  const { store } = index;
  const size = store.size;
  const indexed = (ids: readonly number[] | null, slotsOf: (Set<number> | undefined)[]) => {
    if (ids === null) return null;
    const sets = ids.map((id) => slotsOf[id]).filter((set): set is Set<number> => set !== undefined);
    return { sets, listed: sets.reduce((sum, set) => sum + set.size, 0) };
  };
  const candidates = [indexed(filter.cpvCodeIds, store.codeSlots), indexed(filter.kindIds, store.kindSlots), indexed(filter.municipalityIds, store.municipalitySlots)]
    .filter((c) => c !== null && c.listed < size / 2)
    .sort((a, b) => a!.listed - b!.listed)[0];
  if (candidates) {
    marks.start(size);
    for (const set of candidates.sets) {
      set.forEach((slot) => {
        if (marks.has(slot)) return;
        marks.set(slot);
        if (filter.matches(slot)) rows.push(slot, 0, 0);
      });
    }
    return;
  }
  for (let slot = 0; slot < size; slot++) if (filter.matches(slot)) rows.push(slot, 0, 0);
}

/** One query word's concepts, as lookups over this store's numbers. */
interface WordConcepts {
  bit: number;
  /** The CPV code numbers, as a list (to gather their slots) and as a bitmap (to test a slot's codes). */
  cpvIds: Int32Array;
  cpv: Uint8Array | null;
  kinds: number;
  countries: Uint8Array | null;
}

/** Turns a word's concept match into bitmaps over the store's code and country numbers. */
function wordConcepts(store: EmbeddedIndex['store'], c: ConceptMatch, i: number): WordConcepts | null {
  if (c.cpv.length === 0 && c.kinds === 0 && c.countries.length === 0) return null;
  let cpv: Uint8Array | null = null;
  if (c.cpv.length > 0) {
    // The store numbers CPV codes in allCpvCodes() order, as the vocabulary does.
    cpv = new Uint8Array(store.cpvCodes.values.length);
    for (const id of c.cpv) cpv[id] = 1;
  }
  let countries: Uint8Array | null = null;
  for (const country of c.countries) {
    const id = store.countries.find(country);
    if (id >= 0 && id < 255) (countries ??= new Uint8Array(256))[id] = 1;
  }
  return { bit: 1 << i, cpvIds: c.cpv, cpv, kinds: c.kinds, countries };
}

/** Text and concept matching, then the all-words rule (or its most-words fallback). */
function matchWords(index: EmbeddedIndex, filter: SlotFilter, words: string[], vocabulary: Vocabulary, rows: Rows): void {
  const { store } = index;
  const text = index.text.match(words, store.size);
  const concepts = words
    .map((w, i) => wordConcepts(store, vocabulary.match(w), i))
    .filter((c): c is WordConcepts => c !== null);

  // Candidates: text hits, listings with a named CPV code, and (by a scan) listings of a named kind or country;
  // each looked at once, and kept only when it passes the filters.
  const candidates: number[] = [];
  marks.start(store.size);
  const take = (slot: number): void => {
    if (!marks.has(slot)) {
      marks.set(slot);
      if (filter.matches(slot)) candidates.push(slot);
    }
  };
  for (const slot of text.slots) take(slot);
  let kindMask = 0;
  let countryMask: Uint8Array | null = null;
  for (const c of concepts) {
    for (const id of c.cpvIds) store.codeSlots[id]?.forEach(take);
    kindMask |= c.kinds;
    if (c.countries) {
      countryMask ??= new Uint8Array(256);
      c.countries.forEach((on, id) => {
        if (on === 1) countryMask![id] = 1;
      });
    }
  }
  if (kindMask !== 0 || countryMask) {
    const { kind, country } = store;
    for (let slot = 0; slot < store.size; slot++) {
      const k = kind[slot]!;
      if ((k < 32 && (kindMask & (1 << k)) !== 0) || (countryMask !== null && countryMask[country[slot]!] === 1)) take(slot);
    }
  }

  const all = (1 << words.length) - 1;
  let complete = 0;
  for (const slot of candidates) {
    const matched = text.has(slot);
    let mask = matched ? text.words[slot]! : 0;
    let score = matched ? text.score[slot]! : 0;
    for (const c of concepts) {
      const bonus = conceptBonus(c, store, slot);
      if (bonus === 0) continue;
      score += (mask & c.bit) !== 0 ? bonus / 2 : bonus;
      mask |= c.bit;
    }
    if (mask === 0) continue;
    if (mask === all) complete++;
    rows.push(slot, score, mask);
  }
  if (complete === rows.n || complete === 0) return; // complete === 0: most-words fallback
  // Some rows have every word: keep only those (in place, order kept).
  let kept = 0;
  for (let i = 0; i < rows.n; i++) {
    if (rows.words[i] !== all) continue;
    rows.slots[kept] = rows.slots[i]!;
    rows.scores[kept] = rows.scores[i]!;
    rows.words[kept] = all;
    kept++;
  }
  rows.n = kept;
}

/** The bonus one word earns a slot through its concepts (CPV code, else kind, else country), 0 when none. */
function conceptBonus(c: WordConcepts, store: EmbeddedIndex['store'], slot: number): number {
  if (c.cpv !== null && store.hasCode(slot, c.cpv)) return CPV_BONUS;
  const k = store.kind[slot]!;
  if (c.kinds !== 0 && k < 32 && (c.kinds & (1 << k)) !== 0) return KIND_BONUS;
  if (c.countries !== null && c.countries[store.country[slot]!] === 1) return COUNTRY_BONUS;
  return 0;
}

function popcount(x: number): number {
  let n = 0;
  for (let m = x; m !== 0; m &= m - 1) n++;
  return n;
}
