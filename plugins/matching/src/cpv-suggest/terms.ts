// Turns text into the terms the suggester compares: folded words (config's searchKeys: lower case, no
// diacritics, Cyrillic and Greek in Latin), without stop words and numbers, stemmed for the label language.
import { searchKeys, type CpvLanguage } from '@community-sharing/config';
import { stopWords } from './stop-words';

// Croatian labels serve Bosnian, Serbian and Montenegrin text. Croatian writes the ijekavian reflex of old
// yat ("namještaj", "mlijeko"), Serbian mostly the ekavian one ("nameštaj", "mleko"): folding ije/je after a
// consonant to e on both sides lets them meet.
const IJEKAVIAN = /([bcdfghklmnprstvz])i?je/g;

/** The folded, language-normalised words of a text, stop words and bare numbers removed, in text order. */
export function wordsOf(text: string, language: CpvLanguage): string[] {
  const stop = stopWords(language);
  const out: string[] = [];
  for (let word of searchKeys(text)) {
    if (word.length < 2 || /^\d+$/.test(word) || stop.has(word)) continue;
    if (language === 'hr') word = word.replace(IJEKAVIAN, '$1e');
    out.push(word);
  }
  return out;
}
