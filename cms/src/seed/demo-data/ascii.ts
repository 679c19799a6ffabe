/** Latin letters that Unicode decomposition does not reduce to ASCII, with their usual ASCII spelling. */
const SPECIAL: Record<string, string> = {
  ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'dj', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŀ: 'l',
};

/**
 * Returns Latin-script text in lower-case ASCII letters, digits and single spaces (for slugs and e-mail
 * addresses); transliterate Cyrillic or Greek first, with config's cyrillicToLatin or greekToLatin.
 */
export function toAscii(text: string): string {
  const decomposed = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, ''); // O'Brien -> obrien
  const ascii = Array.from(decomposed, (ch) => SPECIAL[ch] ?? ch).join('');
  return ascii.replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Returns a URL slug: lower-case ASCII words joined by hyphens ('Veliko Tŭrnovo' -> 'veliko-turnovo'). */
export function slugify(text: string): string {
  return toAscii(text).replace(/ /g, '-');
}
