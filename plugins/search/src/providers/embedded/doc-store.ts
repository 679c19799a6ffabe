// The structured side of the embedded engine: each document gets a slot, and its filter, facet, sort and geo
// values live in typed arrays indexed by slot. A full pass over 100,000 slots costs well under a millisecond,
// so filters and facet counts need no index of their own.
import { COUNTRY_CODES, DELIVERY_MODES, LISTING_KIND_SLUGS, LOCALE_CODES, allCpvCodes } from '@community-sharing/config';
import type { SearchDocument } from '../../contract/types';

/** Gives each distinct string a small number, in first-seen order after the seeded values. */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  constructor(seed: readonly string[] = [], private readonly limit = Number.MAX_SAFE_INTEGER) {
    for (const v of seed) this.id(v);
  }

  /** The number of a value, assigned on first sight; -1 once the limit is reached. */
  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      if (this.values.length >= this.limit) return -1;
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  /** The number of a value already seen, else -1 (a filter value nobody has matches nothing). */
  find(value: string): number {
    return this.ids.get(value) ?? -1;
  }
}

const NONE = 255;

/** Slot-indexed columns of every live document. */
export class DocStore {
  /** Slots handed out so far (dead ones included). */
  size = 0;
  /** Live documents. */
  live = 0;
  readonly docs: (SearchDocument | undefined)[] = [];
  /** CPV codes numbered in allCpvCodes() order (as the concept vocabulary numbers them), others after. */
  readonly cpvCodes = new Interner(allCpvCodes());
  readonly cpvDivisions = new Interner();
  /** The division number of each code number. */
  readonly divisionOfCode: number[] = [];
  /** Slots by CPV code number, to turn "these codes" into candidates. */
  readonly codeSlots: (Set<number> | undefined)[] = [];
  /** A slot's 4th and later code numbers (rare). */
  readonly cpvRest = new Map<number, Int32Array>();

  readonly kinds = new Interner(LISTING_KIND_SLUGS, NONE);
  /** Slots by kind number, to turn "of these kinds" into candidates. */
  readonly kindSlots: (Set<number> | undefined)[] = [];
  readonly countries = new Interner(COUNTRY_CODES, NONE);
  readonly municipalities = new Interner();
  /** Slots by municipality number, to turn "of these municipalities" into candidates (a profile page's listings). */
  readonly municipalitySlots: (Set<number> | undefined)[] = [];
  // Bit masks: at most 32 delivery modes and 32 working languages (4 and 30 exist).
  readonly deliveryModes = new Interner(DELIVERY_MODES, 32);
  readonly languages = new Interner(LOCALE_CODES, 32);

  alive = new Uint8Array(1024);
  type = new Uint8Array(1024);
  kind = new Uint8Array(1024);
  country = new Uint8Array(1024);
  municipality = new Int32Array(1024);
  delivery = new Uint32Array(1024);
  language = new Uint32Array(1024);
  lat = new Float64Array(1024);
  lng = new Float64Array(1024);
  published = new Float64Array(1024);
  /** 1 for an open urgent request (ranked first, filterable), read without touching the document object. */
  urgent = new Uint8Array(1024);
  /** A slot's first three code numbers, -1 when it has fewer: read without touching the document object. */
  cpv0 = new Int32Array(1024);
  cpv1 = new Int32Array(1024);
  cpv2 = new Int32Array(1024);

  private readonly slots = new Map<string, number>();

  /** The slot of a live document id. */
  slotOf(id: string): number | undefined {
    return this.slots.get(id);
  }

  /** Stores a document in its existing slot or a new one, and returns the slot. */
  upsert(doc: SearchDocument): number {
    let slot = this.slots.get(doc.id);
    if (slot === undefined) {
      slot = this.size++;
      this.ensureCapacity(this.size);
      this.slots.set(doc.id, slot);
      this.live++;
    } else {
      this.unlinkCodes(slot);
      this.kindSlots[this.kind[slot]!]?.delete(slot);
      this.municipalitySlots[this.municipality[slot]!]?.delete(slot);
    }
    this.docs[slot] = doc;
    this.alive[slot] = 1;
    this.type[slot] = doc.type === 'request' ? 1 : 0;
    this.kind[slot] = this.small(this.kinds.id(doc.kind));
    (this.kindSlots[this.kind[slot]!] ??= new Set()).add(slot);
    this.country[slot] = this.small(this.countries.id(doc.country));
    this.municipality[slot] = this.municipalities.id(doc.municipality.id);
    (this.municipalitySlots[this.municipality[slot]!] ??= new Set()).add(slot);
    this.delivery[slot] = mask(this.deliveryModes, doc.delivery);
    this.language[slot] = mask(this.languages, doc.workingLanguages);
    const hasGeo = Number.isFinite(doc.lat) && Number.isFinite(doc.lng);
    this.lat[slot] = hasGeo ? doc.lat! : NaN;
    this.lng[slot] = hasGeo ? doc.lng! : NaN;
    const published = Date.parse(doc.publishedAt);
    this.published[slot] = Number.isFinite(published) ? published : 0;
    this.urgent[slot] = doc.urgent === true ? 1 : 0;
    const ids = [...new Set(doc.cpvCodes.map((code) => this.codeId(code)))];
    this.cpv0[slot] = ids[0] ?? -1;
    this.cpv1[slot] = ids[1] ?? -1;
    this.cpv2[slot] = ids[2] ?? -1;
    if (ids.length > 3) this.cpvRest.set(slot, Int32Array.from(ids.slice(3)));
    else this.cpvRest.delete(slot);
    for (const id of ids) (this.codeSlots[id] ??= new Set()).add(slot);
    return slot;
  }

  /** Forgets a document; returns its former slot, or undefined for an unknown id. Slots are not reused until a reindex. */
  remove(id: string): number | undefined {
    const slot = this.slots.get(id);
    if (slot === undefined) return undefined;
    this.unlinkCodes(slot);
    this.kindSlots[this.kind[slot]!]?.delete(slot);
    this.municipalitySlots[this.municipality[slot]!]?.delete(slot);
    this.slots.delete(id);
    this.docs[slot] = undefined;
    this.cpv0[slot] = this.cpv1[slot] = this.cpv2[slot] = -1;
    this.cpvRest.delete(slot);
    this.alive[slot] = 0;
    this.urgent[slot] = 0;
    this.live--;
    return slot;
  }

  /** Calls fn with each code number of a slot. */
  forEachCode(slot: number, fn: (id: number) => void): void {
    const a = this.cpv0[slot]!;
    if (a < 0) return;
    fn(a);
    const b = this.cpv1[slot]!;
    if (b < 0) return;
    fn(b);
    const c = this.cpv2[slot]!;
    if (c < 0) return;
    fn(c);
    this.cpvRest.get(slot)?.forEach(fn);
  }

  /** Whether any code of a slot is set in a bitmap over code numbers. */
  hasCode(slot: number, bits: Uint8Array): boolean {
    const a = this.cpv0[slot]!;
    if (a < 0) return false;
    if (bits[a] === 1) return true;
    const b = this.cpv1[slot]!;
    if (b < 0) return false;
    if (bits[b] === 1) return true;
    const c = this.cpv2[slot]!;
    if (c < 0) return false;
    if (bits[c] === 1) return true;
    const rest = this.cpvRest.get(slot);
    return rest !== undefined && rest.some((id) => bits[id] === 1);
  }

  /** The number of a code, its division numbered too. */
  private codeId(code: string): number {
    const id = this.cpvCodes.id(code);
    this.divisionOfCode[id] ??= this.cpvDivisions.id(code.slice(0, 2));
    return id;
  }

  private unlinkCodes(slot: number): void {
    this.forEachCode(slot, (id) => this.codeSlots[id]?.delete(slot));
  }

  private small(id: number): number {
    return id < 0 || id >= NONE ? NONE : id;
  }

  private ensureCapacity(n: number): void {
    if (n <= this.alive.length) return;
    const cap = Math.max(n, this.alive.length * 2);
    const grow = <T extends Uint8Array | Int32Array | Uint32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (len: number) => T)(cap);
      b.set(a);
      return b;
    };
    this.alive = grow(this.alive);
    this.type = grow(this.type);
    this.kind = grow(this.kind);
    this.country = grow(this.country);
    this.municipality = grow(this.municipality);
    this.delivery = grow(this.delivery);
    this.language = grow(this.language);
    this.lat = grow(this.lat);
    this.lng = grow(this.lng);
    this.published = grow(this.published);
    this.urgent = grow(this.urgent);
    this.cpv0 = grow(this.cpv0);
    this.cpv1 = grow(this.cpv1);
    this.cpv2 = grow(this.cpv2);
  }
}

/** The bit mask of a list of values (values past the interner's 32 are dropped). */
function mask(interner: Interner, values: readonly string[]): number {
  let m = 0;
  for (const v of values) {
    const id = interner.id(v);
    if (id >= 0) m |= 1 << id;
  }
  return m >>> 0;
}
