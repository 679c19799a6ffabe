// The text tools shared by search and matching: transliteration between Cyrillic, Greek and Latin, and the
// folding that lets "Београд", "Beograd" and "BEOGRAD" meet.
//
// Folding, chosen for matching rather than for display:
// - foldForSearch: lower case; Cyrillic to Latin by the Serbian/Macedonian letters (ж->ž, ш->š, ч->č, ц->c,
//   х->h, ђ->đ, ћ->ć, џ->dž, љ->lj, њ->nj, ѓ->gj, ќ->kj, ѕ->dz) plus the Bulgarian-only letters by the
//   official Bulgarian system (щ->sht, ъ->a, ь->y, й->y, ю->yu, я->ya, and a word-final -ия -> -ia, so
//   "София" -> "sofia", "България" -> "bulgaria"); Greek by greekToLatin; then diacritics stripped (NFKD) and
//   the letters NFKD leaves alone mapped (đ->d, ł->l, ß->ss, æ->ae, ø->o, œ->oe, ħ->h, ı->i, þ->th).
//   Serbian Cyrillic and Serbian Latin therefore meet exactly ("Ниш"/"Niš" -> "nis").
// - looseSearchKey: a second, looser key over the folded text that also collapses the Latin digraphs
//   transliterations disagree on (zh sh ch ts kh th ph -> z s c c h t f, y and j -> i, doubled letters once),
//   so that Bulgarian Latin "Shumen" meets "Шумен" (folded "sumen"). Index both keys when recall matters.

/** The Cyrillic orthographies cyrillicToLatin knows. */
export type CyrillicLocale = 'sr' | 'mk' | 'bg';

type Table = Readonly<Record<string, string>>;

// Serbian Latin (Gaj's alphabet), the base of the Serbian and Macedonian tables.
const SR: Table = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l',
  љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u', ф: 'f', х: 'h',
  ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
};
const MK: Table = { ...SR, ѓ: 'gj', ќ: 'kj', ѕ: 'dz' };
// The official Bulgarian system (Transliteration Act 2009).
const BG: Table = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya',
};
// Letters outside a table's own alphabet (Russian, Ukrainian, Belarusian, the other South Slavic letters).
const OTHER: Table = {
  ...MK, й: 'j', щ: 'št', ъ: '', ь: '', ы: 'y', э: 'e', ю: 'ju', я: 'ja', ё: 'jo', і: 'i', ї: 'ji', є: 'je',
  ґ: 'g', ў: 'u',
};
const TABLES: Record<CyrillicLocale, Table> = {
  sr: { ...OTHER, ...SR },
  mk: { ...OTHER, ...MK },
  bg: { ...OTHER, ...BG },
};
// The folding table: Serbian/Macedonian letters with their diacritics (stripped later), Bulgarian-only letters
// by the Bulgarian system, so that each language's usual Latin spelling is met.
const FOLD: Table = { ...OTHER, ...MK, й: 'y', щ: 'sht', ъ: 'a', ь: 'y', ю: 'yu', я: 'ya', ё: 'e', ї: 'i', є: 'e' };

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);
const isUpper = (ch: string | undefined): boolean =>
  ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/** Gives a multi-letter replacement of an upper-case letter the case of its context: "Lj" in "Љубљана", "LJ" in "ЉУБЉАНА". */
function withCase(out: string, prev: string | undefined, next: string | undefined): string {
  if (out.length <= 1) return out.toUpperCase();
  const allCaps = isUpper(next) || (!isLetter(next) && isUpper(prev));
  return allCaps ? out.toUpperCase() : out.charAt(0).toUpperCase() + out.slice(1);
}

/** Transliterates Cyrillic text with one table; characters the table lacks pass through unchanged. */
function transliterateCyrillic(text: string, table: Table, bulgarianEndings: boolean): string {
  const chars = Array.from(text.normalize('NFC'));
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const lower = ch.toLowerCase();
    let latin = table[lower];
    if (latin === undefined) {
      out += ch;
      continue;
    }
    // Bulgarian system: word-final -ия is -ia ("София" -> "Sofia"), not -iya.
    if (bulgarianEndings && lower === 'я' && chars[i - 1]?.toLowerCase() === 'и' && !isLetter(chars[i + 1])) latin = 'a';
    out += ch === lower ? latin : withCase(latin, chars[i - 1], chars[i + 1]);
  }
  return out;
}

/** Transliterates Cyrillic to Latin by the Serbian (default), Macedonian or official Bulgarian system; other characters are kept. */
export function cyrillicToLatin(text: string, locale: CyrillicLocale = 'sr'): string {
  return transliterateCyrillic(text, TABLES[locale], locale === 'bg');
}

const LATIN_TO_SR: Table = {
  a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ћ', d: 'д', đ: 'ђ', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'ј',
  k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш', t: 'т', u: 'у', v: 'в', z: 'з',
  ž: 'ж', lj: 'љ', nj: 'њ', dž: 'џ',
};
// Words in which the letter pairs are two letters, not a digraph: prefix + ž (nadživeti, odžaliti, podžupan,
// predželudac) and the Latin loans injekcija, konjugacija, konjunktura.
const SPLIT_DZ = /^(?:nad|od|pod|pred)ž/;
const SPLIT_NJ = /^(?:injek|injic|konjug|konjunk|vanjezi)/;
// Serbian and Croatian words never contain q, w, x or y: a word that does is foreign (Wi-Fi, Xerox) and stays Latin.
const FOREIGN = /[qwxy]/i;

/** Transliterates one Serbian/Croatian Latin word to Serbian Cyrillic. */
function wordToCyrillic(word: string): string {
  if (FOREIGN.test(word)) return word;
  const lowerWord = word.toLowerCase();
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const pair = lowerWord.slice(i, i + 2);
    const isDigraph =
      (pair === 'lj' || pair === 'nj' || pair === 'dž') &&
      !(pair === 'dž' && SPLIT_DZ.test(lowerWord) && i === lowerWord.search(/dž/)) &&
      !(pair === 'nj' && SPLIT_NJ.test(lowerWord) && i === lowerWord.indexOf('nj'));
    const key = isDigraph ? pair : lowerWord[i]!;
    const cyr = LATIN_TO_SR[key];
    const original = word.slice(i, i + key.length);
    if (isDigraph) i++;
    if (cyr === undefined) {
      out += original;
      continue;
    }
    // "Lj" and "LJ" are both Љ: the first letter's case decides.
    out += isUpper(original[0]) ? cyr.toUpperCase() : cyr;
  }
  return out;
}

/** Transliterates Serbian (or Croatian) Latin to Serbian Cyrillic, digraphs lj/nj/dž included; used for Croatian CPV labels. */
export function serbianLatinToCyrillic(text: string): string {
  // NFC so that a decomposed "ž" (z + caron) is one letter.
  // Hyphenated words count as one, so that "Wi-Fi" stays Latin as a whole.
  return text.normalize('NFC').replace(/\p{L}+(?:[-'’]\p{L}+)*/gu, wordToCyrillic);
}

const GREEK: Table = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
// After αυ/ευ/ηυ, these (and a word end) make υ an f, anything else a v.
const VOICELESS = new Set(['θ', 'κ', 'ξ', 'π', 'σ', 'ς', 'τ', 'φ', 'χ', 'ψ']);
const GAMMA_NASAL: Table = { γ: 'ng', ξ: 'nx', χ: 'nch' };

interface GreekChar {
  ch: string;
  base: string;
  diaeresis: boolean;
}

/** Transliterates Greek to Latin by a simplified ELOT 743 (ου->ou, αυ/ευ->av/af, γγ->ng, μπ->b at a word start); other characters are kept. */
export function greekToLatin(text: string): string {
  // Decompose to read accents apart: the tonos is dropped, the dialytika stops a digraph (αϋ -> ay).
  const chars: GreekChar[] = [];
  for (const ch of text.normalize('NFD')) {
    const last = chars[chars.length - 1];
    if (/\p{M}/u.test(ch) && last && GREEK[last.base] !== undefined) {
      if (ch === '\u0308') last.diaeresis = true;
      continue;
    }
    chars.push({ ch, base: ch.toLowerCase(), diaeresis: false });
  }
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const next = chars[i + 1];
    const prev = chars[i - 1];
    let latin = GREEK[c.base];
    let span = 1;
    if (latin === undefined) {
      out += c.ch;
      continue;
    }
    const pair = next && !next.diaeresis ? c.base + next.base : '';
    if (pair === 'ου') {
      latin = 'ou';
      span = 2;
    } else if (pair === 'αυ' || pair === 'ευ' || pair === 'ηυ') {
      const after = chars[i + 2];
      const f = !after || VOICELESS.has(after.base) || GREEK[after.base] === undefined;
      latin = GREEK[c.base]! + (f ? 'f' : 'v');
      span = 2;
    } else if (c.base === 'γ' && next && GAMMA_NASAL[next.base]) {
      latin = GAMMA_NASAL[next.base]!;
      span = 2;
    } else if (pair === 'μπ' && (!prev || GREEK[prev.base] === undefined)) {
      latin = 'b';
      span = 2;
    }
    const original = chars.slice(i, i + span);
    if (c.ch !== c.base) {
      // Upper case: a second upper-case letter (or an upper-case neighbour) means the word is in capitals.
      const second = span === 2 ? original[1]!.ch : chars[i + 1]?.ch;
      latin = withCase(latin, prev?.ch, second);
    }
    out += latin;
    i += span - 1;
  }
  // Back to composed form: the non-Greek characters went through NFD too.
  return out.normalize('NFC');
}

// Letters NFKD does not decompose into a base letter and a combining mark.
const SPECIAL_LATIN: Table = {
  đ: 'd', ð: 'd', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ħ: 'h', ı: 'i', þ: 'th', ŧ: 't', ĸ: 'k',
};

const CYRILLIC = /[\u0400-\u04FF]/;
const ASCII = /^[\x00-\x7F]*$/;
const GREEK_SCRIPT = /[\u0370-\u03FF\u1F00-\u1FFF]/;

/** Folds text for matching: lower case, Cyrillic and Greek to Latin, diacritics removed, whitespace collapsed (see the top of this file). */
export function foldForSearch(text: string): string {
  let latin = text.toLowerCase();
  // Plain ASCII has no script, mark or special letter to fold: only the whitespace (most queries, much text).
  if (ASCII.test(latin)) return latin.replace(/\s+/g, ' ').trim();
  // The script passes are the slow part; most text needs neither.
  if (CYRILLIC.test(latin)) latin = transliterateCyrillic(latin, FOLD, true);
  if (GREEK_SCRIPT.test(latin)) latin = greekToLatin(latin);
  return latin
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đðłßæœøħıþŧĸ]/g, (ch) => SPECIAL_LATIN[ch]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits text into folded search tokens (runs of letters and digits). */
export function searchKeys(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

const LOOSE_DIGRAPHS: Table = { zh: 'z', sh: 's', ch: 'c', ts: 'c', kh: 'h', th: 't', ph: 'f' };

/** A looser key over foldForSearch's output that also forgets digraphs, y/j and doubled letters ("Shumen" and "Шумен" -> "sumen"). */
export function looseSearchKey(text: string): string {
  return foldForSearch(text)
    .replace(/zh|sh|ch|ts|kh|th|ph/g, (d) => LOOSE_DIGRAPHS[d]!)
    .replace(/[yj]/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}

/** Splits text into loose search tokens (see looseSearchKey). */
export function looseSearchKeys(text: string): string[] {
  return looseSearchKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}
