// Facet counts over the matched slots, kept in arrays indexed by the store's interned numbers.
import { MAX_FACET_VALUES, type FacetName, type SearchResult } from '../../contract/types';
import type { DocStore } from './doc-store';
import { topK } from './top-k';

/** Counts the requested facets of the slots added to it. */
export class FacetCounter {
  private readonly want: Set<FacetName>;
  private readonly countType: boolean;
  private readonly countKind: boolean;
  private readonly countCountry: boolean;
  private readonly countMunicipality: boolean;
  private readonly countDelivery: boolean;
  private readonly countLanguage: boolean;
  private readonly countDivision: boolean;
  private readonly type = new Int32Array(2);
  private readonly kind = new Int32Array(256);
  private readonly country = new Int32Array(256);
  private readonly municipality: Int32Array;
  private readonly delivery = new Int32Array(32);
  private readonly language = new Int32Array(32);
  private readonly division: Int32Array;
  private readonly seenDivision: Int32Array;

  constructor(private readonly store: DocStore, names: readonly FacetName[]) {
    this.want = new Set(names);
    // Plain booleans, read once per facet rather than per match.
    this.countType = this.want.has('type');
    this.countKind = this.want.has('kind');
    this.countCountry = this.want.has('country');
    this.countMunicipality = this.want.has('municipality');
    this.countDelivery = this.want.has('delivery');
    this.countLanguage = this.want.has('workingLanguage');
    this.countDivision = this.want.has('cpvDivision');
    this.municipality = new Int32Array(this.want.has('municipality') ? store.municipalities.values.length : 0);
    const divisions = this.want.has('cpvDivision') ? store.cpvDivisions.values.length : 0;
    this.division = new Int32Array(divisions);
    // The last slot that counted each division: a listing with two codes in one division counts once.
    this.seenDivision = new Int32Array(divisions).fill(-1);
  }

  /** Whether any facet was asked for (callers skip addAll() otherwise). */
  get active(): boolean {
    return this.want.size > 0;
  }

  /** Counts the first n slots of a list, facet by facet (one tight loop each rather than every test per slot). */
  addAll(slots: Int32Array, n: number): void {
    const s = this.store;
    if (this.countType) count(this.type, s.type, slots, n);
    if (this.countKind) count(this.kind, s.kind, slots, n);
    if (this.countCountry) count(this.country, s.country, slots, n);
    if (this.countMunicipality) count(this.municipality, s.municipality, slots, n);
    if (this.countDelivery) for (let i = 0; i < n; i++) addBits(this.delivery, s.delivery[slots[i]!]!);
    if (this.countLanguage) for (let i = 0; i < n; i++) addBits(this.language, s.language[slots[i]!]!);
    if (this.countDivision) {
      for (let i = 0; i < n; i++) {
        const slot = slots[i]!;
        // Codes fill cpv0, cpv1, cpv2, then cpvRest: stop at the first empty one (a Map lookup per matched slot
        // for the rare fourth code was a good part of a broad query's time).
        const third = s.cpv2[slot]!;
        this.addDivision(slot, s.cpv0[slot]!);
        this.addDivision(slot, s.cpv1[slot]!);
        if (third < 0) continue;
        this.addDivision(slot, third);
        s.cpvRest.get(slot)?.forEach((id) => this.addDivision(slot, id));
      }
    }
  }

  private addDivision(slot: number, code: number): void {
    if (code < 0) return;
    const d = this.store.divisionOfCode[code]!;
    if (this.seenDivision[d] !== slot) {
      this.seenDivision[d] = slot;
      this.division[d]!++;
    }
  }

  /** The counts as { facet: { value: count } }, zero counts left out. */
  result(): SearchResult['facets'] {
    const s = this.store;
    const out: SearchResult['facets'] = {};
    for (const name of this.want) {
      switch (name) {
        case 'type':
          out.type = fromArray(['offer', 'request'], this.type);
          break;
        case 'kind':
          out.kind = fromArray(s.kinds.values, this.kind);
          break;
        case 'country':
          out.country = fromArray(s.countries.values, this.country);
          break;
        case 'municipality':
          out.municipality = fromArray(s.municipalities.values, this.municipality);
          break;
        case 'delivery':
          out.delivery = fromArray(s.deliveryModes.values, this.delivery);
          break;
        case 'workingLanguage':
          out.workingLanguage = fromArray(s.languages.values, this.language);
          break;
        case 'cpvDivision':
          out.cpvDivision = fromArray(s.cpvDivisions.values, this.division);
          break;
      }
    }
    return out;
  }
}

function count(counts: Int32Array, column: Uint8Array | Int32Array, slots: Int32Array, n: number): void {
  for (let i = 0; i < n; i++) counts[column[slots[i]!]!]!++;
}

function addBits(counts: Int32Array, mask: number): void {
  for (let m = mask; m !== 0; m &= m - 1) counts[31 - Math.clz32(m & -m)]!++;
}

const byCountThenValue = (a: [string, number], b: [string, number]): number => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);

/** The most frequent MAX_FACET_VALUES entries, most frequent first. */
function top(entries: [string, number][]): Record<string, number> {
  const order = topK(entries.length, MAX_FACET_VALUES, (a, b) => byCountThenValue(entries[a]!, entries[b]!));
  return Object.fromEntries(order.map((i) => entries[i]!));
}

function fromArray(values: readonly string[], counts: Int32Array): Record<string, number> {
  const entries: [string, number][] = [];
  for (let i = 0; i < values.length && i < counts.length; i++) if (counts[i]! > 0) entries.push([values[i]!, counts[i]!]);
  return top(entries);
}
