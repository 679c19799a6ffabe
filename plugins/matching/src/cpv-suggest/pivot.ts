// Term translation learned from the CPV labels themselves: the 9,454 labels say the same thing in 24 languages,
// so two terms of two languages that label the same codes translate each other (Dice coefficient over the
// codes whose labels hold them). Learned examples and queries carry their terms' English translations besides
// their own terms, so a Danish text can meet a French example about the same thing.
import type { CpvLanguage } from '@community-sharing/config';
import { labelIndex } from './label-index';
import { TUNING } from './tuning';

type Dictionary = ReadonlyMap<string, readonly [string, number][]>;
const dictionaries = new Map<string, Dictionary>();

/** term -> its translations into another label language with their Dice coefficients (built on first use). */
function dictionary(from: CpvLanguage, to: CpvLanguage): Dictionary {
  const key = `${from}>${to}`;
  let dict = dictionaries.get(key);
  if (dict) return dict;
  const source = labelIndex(from);
  const target = labelIndex(to);
  // The target terms of each code, from the target postings.
  const targetTermsOf: number[][] = source.codes.map(() => []);
  for (let t = 0; t < target.idf.length; t++) {
    for (let i = target.postings.start(t); i < target.postings.end(t); i++) targetTermsOf[target.postings.items[i]!]!.push(t);
  }
  const targetNames = [...target.termIds.keys()];
  const built = new Map<string, [string, number][]>();
  for (const [term, id] of source.termIds) {
    const together = new Map<number, number>();
    for (let i = source.postings.start(id); i < source.postings.end(id); i++) {
      for (const t of targetTermsOf[source.postings.items[i]!]!) together.set(t, (together.get(t) ?? 0) + 1);
    }
    const translations: [string, number][] = [];
    for (const [t, both] of together) {
      const dice = (2 * both) / (source.postings.size(id) + target.postings.size(t));
      if (dice >= TUNING.pivotMinDice) translations.push([targetNames[t]!, dice]);
    }
    translations.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (translations.length > 0) built.set(term, translations.slice(0, TUNING.pivotPerTerm));
  }
  dict = built;
  dictionaries.set(key, dict);
  return dict;
}

/** A text's weighted terms plus their English pivots (keys prefixed with '~', weights scaled by Dice and TUNING.pivotWeight). */
export function withPivots(terms: ReadonlyMap<string, number>, language: CpvLanguage): Map<string, number> {
  const out = new Map(terms);
  if (TUNING.pivotWeight === 0) return out;
  const dict = language === 'en' ? undefined : dictionary(language, 'en');
  for (const [term, weight] of terms) {
    const translations = dict ? dict.get(term) : [[term, 1] as [string, number]];
    for (const [pivot, dice] of translations ?? []) {
      const key = '~' + pivot;
      out.set(key, Math.max(out.get(key) ?? 0, TUNING.pivotWeight * dice * weight));
    }
  }
  return out;
}
