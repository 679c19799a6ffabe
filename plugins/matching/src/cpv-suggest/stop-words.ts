// Function words per CPV label language, written folded (lower case, no diacritics, Cyrillic and Greek in Latin),
// as searchKeys() returns them. They carry no subject: left in, they would let "services of the ..." match
// thousands of labels. The lists are short on purpose; the inverse document frequency handles the rest.
import type { CpvLanguage } from '@community-sharing/config';

const LISTS: Record<CpvLanguage, string> = {
  bg: 'i ili na za v vav s sas ot do po pri kato che se sa e da ne tova tezi koito koyato koeto',
  cs: 'a i nebo na pro v ve s se z ze do od po k ke o u za pri jako ktery ktera ktere jejich',
  da: 'og eller af for til i pa med fra ved som en et den det de der til om samt',
  de: 'und oder von fur mit im in der die das den dem des zu zur zum aus bei auf an am ein eine einer eines sowie als durch uber',
  el: 'kai i tou tis ton to ta tous ta gia apo se sto stin stis me os ena mia enos tin oi',
  en: 'and or of for the a an in on to with by from at as other such',
  es: 'y o de del la las el los para por en con a al un una sus su',
  et: 'ja ning voi ning jaoks kohta koos ka ning',
  fi: 'ja tai seka kuin varten kanssa',
  fr: 'et ou de du des la le les l d pour par en a au aux avec un une sur dans',
  ga: 'and or of for the a an in on to with by from at as other such',
  hr: 'i ili za na u s sa od do iz po pri kao te koji koja koje',
  hu: 'es vagy a az egy es valamint',
  it: 'e o di del della dei degli delle per da in a al alla con un una il lo la i gli le l d',
  lt: 'ir ar bei su be is i per uz del',
  lv: 'un vai ar par no uz pie kas',
  mt: 'u jew ta tal tad tas tat taz tar tan ghal ghall il l fil fl ma bil b minn',
  nl: 'en of van voor de het een in op met door bij aan uit te',
  pl: 'i lub oraz w we z ze do na dla od po przy o a',
  pt: 'e ou de do da dos das para por em no na nos nas com a o os as um uma',
  ro: 'si sau de din la pentru cu in pe a al ale ai unui unei si',
  sk: 'a alebo na pre v vo s so z zo do od po k ku o u za pri',
  sl: 'in ali za na v s z od do iz po pri ki',
  sv: 'och eller av for till i pa med fran vid som en ett den det de samt',
};

const SETS = new Map<CpvLanguage, ReadonlySet<string>>();

/** The folded stop words of a CPV label language. */
export function stopWords(language: CpvLanguage): ReadonlySet<string> {
  let set = SETS.get(language);
  if (!set) {
    set = new Set(LISTS[language].split(' '));
    SETS.set(language, set);
  }
  return set;
}
