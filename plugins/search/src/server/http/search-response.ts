import { cpvLabel, foldForSearch, type LocaleCode } from '@community-sharing/config';
import type { SearchHit, SearchQuery, SearchResult } from '../../contract/types';

const SNIPPET = 220;

/** A short excerpt of `text`, around the first word of the query when it occurs, else its beginning. */
export function snippet(text: string, q: string | undefined): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= SNIPPET) return clean;
  let start = 0;
  const firstWord = q?.split(/\s+/).find((word) => word.length > 2);
  if (firstWord) {
    // The word as typed first (cheap); folding the whole text (scripts, accents) only when that finds nothing.
    const direct = clean.toLowerCase().indexOf(firstWord.toLowerCase());
    const at = direct >= 0 ? direct : foldForSearch(clean).indexOf(foldForSearch(firstWord));
    // Folding keeps the length of most scripts; where it does not, an approximate position is good enough.
    if (at > 60) start = clean.lastIndexOf(' ', at - 40) + 1;
  }
  const cut = clean.slice(start, start + SNIPPET);
  const end = cut.lastIndexOf(' ') > SNIPPET - 40 ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
  return `${start > 0 ? '…' : ''}${end}…`;
}

/** One hit as GET /api/search answers it: text in the reader's locale where a translation exists, else the original. */
export function presentHit(hit: SearchHit, locale: LocaleCode, q: string | undefined) {
  const document = hit.document;
  const textLocale = (document.texts[locale] ? locale : document.originalLocale) as LocaleCode;
  const text = document.texts[textLocale] ?? Object.values(document.texts)[0] ?? { title: '', description: '' };
  return {
    documentId: document.id,
    slug: document.slug,
    type: document.type,
    kind: document.kind,
    title: text.title,
    snippet: snippet(text.description, q),
    locale: textLocale,
    translated: textLocale !== document.originalLocale,
    originalLocale: document.originalLocale,
    municipality: { documentId: document.municipality.id, slug: document.municipality.slug, name: document.municipality.name, nameLatin: document.municipality.nameLatin ?? null },
    country: document.country,
    cpv: document.cpvCodes.map((code) => {
      const label = cpvLabel(code, locale);
      return { code, label: label?.label ?? code, fallback: label?.fallback ?? true };
    }),
    publishedAt: document.publishedAt,
    expiresAt: document.expiresAt,
    urgent: document.urgent ?? false,
    ...(hit.distanceKm !== undefined ? { distanceKm: hit.distanceKm } : {}),
  };
}

/** The body of GET /api/search. */
export function presentResult(result: SearchResult, query: SearchQuery, tookMs: number) {
  return {
    hits: result.hits.map((hit) => presentHit(hit, query.locale, query.q)),
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
    facets: result.facets,
    tookMs,
  };
}
