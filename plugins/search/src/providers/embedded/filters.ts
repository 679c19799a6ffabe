// Compiles a query's filters and radius into one predicate over DocStore slots.
import { haversineKm } from '../../contract/geo';
import type { NormalizedQuery } from '../../contract/query';
import type { DocStore, Interner } from './doc-store';

/** Tells whether a slot passes the filters and the radius. */
export interface SlotFilter {
  /** True when some filter names only values no document has: nothing can match. */
  readonly impossible: boolean;
  matches(slot: number): boolean;
  /** The km from `near` to a slot's coordinates (NaN without `near` or coordinates). */
  distance(slot: number): number;
  /** With a CPV filter, the numbers of the codes it lets through (only their listings can pass); else null. */
  readonly cpvCodeIds: readonly number[] | null;
  /** With a kind filter, the numbers of the kinds it lets through; else null. */
  readonly kindIds: readonly number[] | null;
  /** With a municipality filter, the numbers of the municipalities it lets through; else null. */
  readonly municipalityIds: readonly number[] | null;
}

/** A 256-entry lookup table of the given values' numbers, or null when the filter is absent. */
function lookup(interner: Interner, values: readonly string[] | undefined): Uint8Array | null {
  if (!values) return null;
  const table = new Uint8Array(256);
  for (const v of values) {
    const id = interner.find(v);
    if (id >= 0 && id < 255) table[id] = 1;
  }
  return table;
}

/** The mask of the given values, or -1 when the filter is absent. */
function anyOf(interner: Interner, values: readonly string[] | undefined): number {
  if (!values) return -1;
  let m = 0;
  for (const v of values) {
    const id = interner.find(v);
    if (id >= 0) m |= 1 << id;
  }
  return m >>> 0;
}

/** Builds the predicate for a query against one store. */
export function compileFilter(store: DocStore, query: NormalizedQuery): SlotFilter {
  const f = query.filters;
  const type = f.type === undefined ? -1 : f.type === 'request' ? 1 : 0;
  const kinds = lookup(store.kinds, f.kind);
  const countries = lookup(store.countries, f.country);
  const municipalities = f.municipality ? new Set(f.municipality.map((m) => store.municipalities.find(m)).filter((id) => id >= 0)) : null;
  const delivery = anyOf(store.deliveryModes, f.delivery);
  const language = anyOf(store.languages, f.workingLanguage);
  let prefixes: Uint8Array | null = null;
  let cpvCodeIds: number[] | null = null;
  if (f.cpv) {
    // Code numbers whose code starts with a given prefix, once per query (about 9,500 codes).
    const codes = store.cpvCodes.values;
    prefixes = new Uint8Array(codes.length);
    cpvCodeIds = [];
    codes.forEach((code, id) => {
      if (f.cpv!.some((p) => code.startsWith(p))) {
        prefixes![id] = 1;
        cpvCodeIds!.push(id);
      }
    });
  }
  const impossible =
    (kinds !== null && !kinds.includes(1)) ||
    (countries !== null && !countries.includes(1)) ||
    (municipalities !== null && municipalities.size === 0) ||
    delivery === 0 ||
    language === 0;

  const urgent = f.urgent === undefined ? -1 : f.urgent ? 1 : 0;
  const near = query.near;
  const radius = near?.radiusKm;
  // Degrees of latitude the radius spans: a cheap reject before the trigonometry.
  const latSpan = radius === undefined ? Infinity : radius / 111.19 + 0.01;

  const { alive, type: types, kind, country, municipality, delivery: deliveries, language: languages, lat, lng } = store;
  const kindIds = kinds === null ? null : [...kinds.keys()].filter((id) => kinds[id] === 1);
  return {
    impossible,
    cpvCodeIds,
    kindIds,
    municipalityIds: municipalities === null ? null : [...municipalities],
    matches(slot: number): boolean {
      if (alive[slot] === 0) return false;
      if (type >= 0 && types[slot] !== type) return false;
      if (kinds !== null && kinds[kind[slot]!] === 0) return false;
      if (countries !== null && countries[country[slot]!] === 0) return false;
      if (municipalities !== null && !municipalities.has(municipality[slot]!)) return false;
      if (delivery >= 0 && (deliveries[slot]! & delivery) === 0) return false;
      if (language >= 0 && (languages[slot]! & language) === 0) return false;
      if (prefixes !== null && !store.hasCode(slot, prefixes)) return false;
      if (urgent >= 0 && store.urgent[slot] !== urgent) return false;
      if (near) {
        // With `near`, only listings with coordinates take part (as Algolia's aroundLatLng does).
        const la = lat[slot]!;
        if (Number.isNaN(la)) return false;
        if (radius !== undefined) {
          if (Math.abs(la - near.lat) > latSpan) return false;
          if (haversineKm(near.lat, near.lng, la, lng[slot]!) > radius) return false;
        }
      }
      return true;
    },
    distance(slot: number): number {
      const la = lat[slot]!;
      return near && !Number.isNaN(la) ? haversineKm(near.lat, near.lng, la, lng[slot]!) : NaN;
    },
  };
}
