// Picks the display name of a Western Balkan municipality from the countrystatecity data, whose `native`
// field is right for most entries but holds a translation or a wrong word for a few (Montenegro's Plav as
// 'Игра' = "game", Žabljak as 'Седло', Serbia's Pčinja district as 'Пас'), and whose `name` is Latin,
// sometimes English ('Mavrovo and Rostuša').

// Serbian and Macedonian Cyrillic to their official Latin alphabets (one table serves both: no letter
// is read differently in the two).
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ѓ: 'gj', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', ѕ: 'dz', и: 'i', ј: 'j', к: 'k',
  л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ќ: 'kj', ћ: 'ć', у: 'u', ф: 'f',
  х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
};

type Script = 'Latn' | 'Cyrl';

/** The script a text's letters are written in, or undefined for a mix or another script. */
export function scriptOf(text: string): Script | undefined {
  const latin = /\p{Script=Latin}/u.test(text);
  const cyrillic = /\p{Script=Cyrillic}/u.test(text);
  if (latin === cyrillic) return undefined;
  return latin ? 'Latn' : 'Cyrl';
}

/** The script of a locale such as 'mk' (Cyrl) or 'sr-Latn-ME' (Latn), as ICU's likely-subtags data gives it. */
export function scriptOfLocale(locale: string): Script | undefined {
  const script = new Intl.Locale(locale).maximize().script;
  return script === 'Latn' || script === 'Cyrl' ? script : undefined;
}

function comparable(text: string): string {
  const latin = [...text.toLowerCase()].map((c) => CYRILLIC_TO_LATIN[c] ?? c).join('');
  return latin.replace(/[\s\-–]+/g, ' ').trim();
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

// 0.8 keeps 'Маврово и Ростуша' for 'Mavrovo and Rostuša' (0.84) and 'Tiranë' for 'Tirana', and rejects
// the wrong words above (all under 0.5) as well as 'Бара' for 'Bar' (a declined form, 0.75).
const MIN_SIMILARITY = 0.8;

/**
 * The name to store: `native` when it is written in the country's main script and, read in Latin letters,
 * is close to the Latin `name` (so a wrong native word is not shown); otherwise `name`. `nameLatin` is set
 * when the chosen name differs from the Latin one.
 */
export function chooseName(name: string, native: string | undefined, mainScript: Script | undefined): { name: string; nameLatin?: string } {
  const latin = name.trim();
  const candidate = native?.trim();
  if (!candidate || candidate === latin || !mainScript || scriptOf(candidate) !== mainScript) return { name: latin };
  const a = comparable(candidate);
  const b = comparable(latin);
  const similarity = 1 - levenshtein(a, b) / Math.max(a.length, b.length, 1);
  return similarity >= MIN_SIMILARITY ? { name: candidate, nameLatin: latin } : { name: latin };
}
