// A light suffix stemmer per CPV label language, over folded words (no diacritics, Cyrillic and Greek in Latin).
// It strips one inflectional ending, the longest that leaves a stem of at least MIN_STEM letters (one less in
// Slavic and Baltic languages), so that "пожарен"/"пожарни", "Fahrzeug"/"Fahrzeuge", "namještaj"/"namještaja"
// meet. It does not try to be linguistics: query and labels go through the same function, so an ending
// stripped too eagerly costs little.
import type { CpvLanguage } from '@community-sharing/config';

const MIN_STEM = 4;
// Slavic and Baltic nouns are short and inflect at the end ("кола"/"коли", "vozilo"/"vozila"): a stem of three
// letters is enough there, and measured better (eval-cpv, README.md).
const SHORT_STEMS = new Set<CpvLanguage>(['bg', 'cs', 'sk', 'pl', 'hr', 'sl', 'lt', 'lv']);

// Endings per language, folded. Longest match wins (the lists are sorted by length at load).
const ENDINGS: Record<CpvLanguage, string> = {
  bg: 'ovete ishta iyata ata ite ove ski ska sko ski ni na no ta to te ia ya yat at en a i o e u y',
  cs: 'ovani ovaci ovych ovymi ich ych ami emi imi ymi ove ovy ovi eho emu ach ou em om ym im a e i o u y',
  da: 'erne ernes ende ene ens er et en e s',
  de: 'ungen ung en er es em e n s',
  el: 'eon ion ikes ikon ikos ika iko ies es os on is as ou a i o e',
  en: 'ations ation ings ing ies es ed s e',
  es: 'ciones cion mientos miento ales es os as s o a e',
  et: 'dega tega ide iga des tes sse ks st le lt ni na de te d s t',
  fi: 'iden itten ien jen iin issa ista ille illa ilta ssa sta lla lta lle ksi ina ja na ta t n a',
  fr: 'ements ement ations ation euses euse eurs eur ques que aux es s e x',
  ga: 'ations ation ings ing ies es ed s e',
  hr: 'ima ama ih im om og oj em a e i o u',
  hu: 'okat eket akat oknak eknek nak nek val vel hoz hez bol rol tol ban ben ok ek ak ot et at ra re i a e k t',
  it: 'zioni zione menti mento iche ichi ali ale ici ico ica i e a o',
  lt: 'uose ams ose ius iu ai us as is ys os es u a e i o y',
  lv: 'ajiem ajam iem am as es is us ai u a e i s',
  mt: 'ijiet iet i',
  nl: 'heden heid ingen ing en s e',
  pl: 'owania owanie owych ami ach ego emu ych ich owi ow om em ie a e i o u y',
  pt: 'coes cao mentos mento es os as s o a e',
  ro: 'urilor ilor elor ului uri ele ile ii le ul a e i',
  sk: 'ovanie ovania ych ich ami ach ove ovi eho emu ymi imi ie ia ou om ej y a e i o u',
  sl: 'ami ega emu ih im om ov ev a e i o u',
  sv: 'arna orna erna erna ens ar or er en et a e s',
};

const SORTED = new Map<CpvLanguage, readonly string[]>();

/** The endings of a language, longest first. */
function endings(language: CpvLanguage): readonly string[] {
  let list = SORTED.get(language);
  if (!list) {
    list = ENDINGS[language].split(' ').sort((a, b) => b.length - a.length);
    SORTED.set(language, list);
  }
  return list;
}

/** Strips the longest inflectional ending of a folded word that leaves at least MIN_STEM letters. */
export function stem(word: string, language: CpvLanguage): string {
  const min = SHORT_STEMS.has(language) ? MIN_STEM - 1 : MIN_STEM;
  if (word.length <= min) return word;
  for (const ending of endings(language)) {
    if (word.length - ending.length >= min && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}
