// Query words too common to carry meaning in the languages most listings are written in. Only queries lose them
// (never the index), and only when other words remain, so "the" alone still searches.

// Plain spellings; stopWordSet() folds them like every other query word.
const WORDS = `
a an and are as at be by for from in is it of on or the to with we our need needs
der die das den dem des und mit fur von zu im in ein eine einen einer ist wir
le la les de des du et en un une pour avec au aux sur par dans nous
el los las del y para con por una al se
il lo gli di da e per nel della delle
o os as do dos das em para com um uma
i w z na do dla od po ze sie
ja za ot ili se su sa pri kako
kai to ta tou tis ton me se gia apo
een het van voor met op te
och att en ett det som pa for med av
ja ja on ei se
`;

let folded: Set<string> | undefined;

/** The stop words, folded with the given key function (so they compare with query tokens). */
export function stopWordSet(fold: (word: string) => string): Set<string> {
  folded ??= new Set(WORDS.split(/\s+/).filter(Boolean).map(fold));
  return folded;
}
