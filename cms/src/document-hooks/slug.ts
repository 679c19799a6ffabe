import { randomBytes } from 'node:crypto';
import { foldForSearch } from '@community-sharing/config';

/** A URL slug from any script ("Пожарен автомобил" -> "pozharen-avtomobil"), at most `max` characters. */
export function slugify(text: string, max = 60): string {
  const slug = foldForSearch(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return slug || 'item';
}

/** A slug that stays unique without a lookup: the text's slug and six random characters. */
export function uniqueSlug(text: string): string {
  return `${slugify(text, 60)}-${randomBytes(4).toString('hex').slice(0, 6)}`;
}
