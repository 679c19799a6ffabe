import { looseSearchKeys, searchKeys } from '@community-sharing/config';

/**
 * The folded name a municipality is found by in the registration type-ahead: its name and Latin name as
 * folded tokens (Cyrillic and Greek transliterated, diacritics dropped), in strict and loose form, each
 * preceded by a space so that a query matches at word starts (" sum" finds "Шумен" and "Šumen").
 */
export function municipalitySearchName(name: string, nameLatin?: string | null): string {
  const words = new Set<string>();
  for (const part of [name, nameLatin ?? '']) {
    const strict = searchKeys(part);
    const loose = looseSearchKeys(part);
    if (strict.length) words.add(strict.join(' '));
    if (loose.length) words.add(loose.join(' '));
  }
  return [...words].map((w) => ` ${w}`).join(' |').slice(0, 1000);
}

/** The query forms to look for in a search name (strict and loose), or [] when the query is under 2 characters. */
export function municipalityQueryKeys(query: string): string[] {
  const strict = searchKeys(query).join(' ');
  const loose = looseSearchKeys(query).join(' ');
  if (strict.length < 2) return [];
  return [...new Set([strict, loose].filter((key) => key.length >= 2).map((key) => ` ${key}`))];
}
