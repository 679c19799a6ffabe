// Which CPV labels make a listing findable. A listing is findable by the labels (24 languages) of each of its
// codes and, for a code with 7 significant digits, of that code's children: members pick either the broader
// "Firefighting vehicles" (34144210) or the narrower "Fire engines" (34144213), and a visitor typing
// "fire engine" should find both. Ancestors' labels are not used: "Transport equipment" would make every
// vehicle findable by "equipment", and the labels would not fit an Algolia record.
import { allCpvCodes, cpvLabels, normalizeCpvCode, searchKeys } from '@community-sharing/config';

/** A code's significant digits: '3414421' for 34144210. */
export function significantDigits(code: string): string {
  return code.replace(/0+$/, '');
}

/** The child codes (8th digit) of a code with exactly 7 significant digits; [] for any other code. */
export function childCodes(code: string): string[] {
  const stem = significantDigits(code);
  if (stem.length !== 7) return [];
  const codes = allCpvCodes();
  // Binary search for the code itself; its children follow it in sorted order.
  let lo = 0;
  let hi = codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (codes[mid]! < code) lo = mid + 1;
    else hi = mid;
  }
  const children: string[] = [];
  for (let i = lo; i < codes.length && codes[i]!.startsWith(stem); i++) if (codes[i] !== code) children.push(codes[i]!);
  return children;
}

/** The listing code whose children include this code (its 7-significant-digit parent), if there is one. */
export function parentWithChildLabels(code: string): string | undefined {
  if (significantDigits(code).length !== 8) return undefined;
  const parent = code.slice(0, 7) + '0';
  return significantDigits(parent).length === 7 && normalizeCpvCode(parent) === parent ? parent : undefined;
}

/** The codes whose labels make a listing with this code findable: itself and, at 7 significant digits, its children. */
export function labelCodesFor(code: string): string[] {
  const normalized = normalizeCpvCode(code);
  return normalized === undefined ? [] : [normalized, ...childCodes(normalized)];
}

const foldedTermCache = new Map<string, string[]>();

/** The distinct folded words of a code's labels in all 24 CPV languages (its own labels only), cached. */
export function foldedLabelTerms(code: string): string[] {
  let terms = foldedTermCache.get(code);
  if (!terms) {
    const normalized = normalizeCpvCode(code);
    const set = new Set<string>();
    if (normalized !== undefined) for (const label of Object.values(cpvLabels(normalized))) for (const t of searchKeys(label)) set.add(t);
    terms = [...set];
    foldedTermCache.set(code, terms);
  }
  return terms;
}
