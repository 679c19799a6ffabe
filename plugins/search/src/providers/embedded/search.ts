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
import { topK } from './top-k';

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

/** The rows a query matched, in parallel arrays. */
interface Rows {
  slots: number[];
  scores: number[];
  words: number[];
}

/** Answers a normalized query from one index generation. */
export function runSearch(index: EmbeddedIndex, query: NormalizedQuery, vocabulary: Vocabulary): SearchResult {
  const { store } = index;
  const filter = compileFilter(store, query);
  const words = queryTokens(query.q);
  let rows: Rows = { slots: [], scores: [], words: [] };
  if (!filter.impossible) {
    rows = words.length === 0 ? browse(index, filter) : matchWords(index, filter, words, vocabulary);
  }

  const n = rows.slots.length;
  const facets = new FacetCounter(store, query.facets);
  if (facets.active) for (const slot of rows.slots) facets.add(slot);

  const distances = query.near ? rows.slots.map((slot) => filter.distance(slot)) : undefined;
  const published = store.published;
  const docs = store.docs;
  const byId = (a: number, b: number): number => {
    const x = docs[rows.slots[a]!]!.id;
    const y = docs[rows.slots[b]!]!.id;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const byNewest = (a: number, b: number): number =>
    published[rows.slots[b]!]! - published[rows.slots[a]!]! || byId(a, b);
  const sort = query.sort === 'relevance' && words.length === 0 ? 'newest' : query.sort;
  let chosen: (a: number, b: number) => number;
  if (sort === 'nearest') {
    chosen = (a, b) => distances![a]! - distances![b]! || byNewest(a, b);
  } else if (sort === 'newest') {
    chosen = byNewest;
  } else {
    chosen = (a, b) => popcount(rows.words[b]!) - popcount(rows.words[a]!) || rows.scores[b]! - rows.scores[a]! || byNewest(a, b);
  }
  // Open urgent requests first, whatever the order (as the Algolia provider's ranking does).
  const urgentRank = (i: number): number => (docs[rows.slots[i]!]!.urgent ? 1 : 0);
  const compare = (a: number, b: number): number => urgentRank(b) - urgentRank(a) || chosen(a, b);

  const start = (query.page - 1) * query.pageSize;
  const order = start >= n ? [] : topK(n, Math.min(n, start + query.pageSize), compare).slice(start);
  const hits: SearchHit[] = order.map((i) => {
    const hit: SearchHit = { document: docs[rows.slots[i]!]!, score: rows.scores[i]! };
    const km = distances?.[i];
    if (km !== undefined && !Number.isNaN(km)) hit.distanceKm = roundKm(km);
    return hit;
  });
  return { hits, total: n, page: query.page, pageSize: query.pageSize, facets: facets.result() };
}

/** Filter-only browsing: every live slot that passes. */
function browse(index: EmbeddedIndex, filter: SlotFilter): Rows {
  const rows: Rows = { slots: [], scores: [], words: [] };
  for (let slot = 0; slot < index.store.size; slot++) {
    if (filter.matches(slot)) {
      rows.slots.push(slot);
      rows.scores.push(0);
      rows.words.push(0);
    }
  }
  return rows;
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
function matchWords(index: EmbeddedIndex, filter: SlotFilter, words: string[], vocabulary: Vocabulary): Rows {
  const { store } = index;
  const text = index.text.match(words, store.size);
  const concepts = words
    .map((w, i) => wordConcepts(store, vocabulary.match(w), i))
    .filter((c): c is WordConcepts => c !== null);

  // Candidates: text hits, listings with a named CPV code, and (by a scan) listings of a named kind or country.
  const candidates = text.slots.slice();
  marks.start(store.size);
  for (const slot of candidates) marks.set(slot);
  const take = (slot: number): void => {
    if (!marks.has(slot)) {
      marks.set(slot);
      candidates.push(slot);
    }
  };
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
  const found: Rows = { slots: [], scores: [], words: [] };
  let complete = 0;
  for (const slot of candidates) {
    if (!filter.matches(slot)) continue;
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
    found.slots.push(slot);
    found.scores.push(score);
    found.words.push(mask);
  }
  if (complete === found.slots.length || complete === 0) return found; // complete === 0: most-words fallback
  const rows: Rows = { slots: [], scores: [], words: [] };
  found.words.forEach((mask, i) => {
    if (mask === all) {
      rows.slots.push(found.slots[i]!);
      rows.scores.push(found.scores[i]!);
      rows.words.push(mask);
    }
  });
  return rows;
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
