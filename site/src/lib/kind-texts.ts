// The labels and descriptions of the ten kinds as the association's editors write them in the CMS (Content
// Manager → Kind text), with config/'s texts as the fallback: the portal never shows a kind without a name, even
// when the CMS is out of reach. The middleware refreshes a locale's texts at most once a minute (refreshKindTexts);
// pages and components read them synchronously.
import { kindDescription as configDescription, kindLabel as configLabel, type ListingKindSlug, type LocaleCode } from '@community-sharing/config';

export interface KindText {
  kind: string;
  label: string;
  description: string;
}

const REFRESH_MS = 60_000;
const texts = new Map<LocaleCode, { byKind: Map<string, KindText>; loadedAt: number }>();
const inFlight = new Map<LocaleCode, Promise<void>>();

/** Loads a locale's kind texts when they are older than a minute; a failure keeps what was there. */
export async function refreshKindTexts(locale: LocaleCode, load: (locale: LocaleCode) => Promise<KindText[]>, now = Date.now()): Promise<void> {
  const current = texts.get(locale);
  if (current && now - current.loadedAt < REFRESH_MS) return;
  let pending = inFlight.get(locale);
  if (!pending) {
    pending = load(locale)
      .then((rows) => void texts.set(locale, { byKind: new Map(rows.map((row) => [row.kind, row])), loadedAt: now }))
      .catch(() => undefined)
      .finally(() => inFlight.delete(locale));
    inFlight.set(locale, pending);
  }
  await pending;
}

/** The kind's label in the locale: the editors' text, else config's. */
export function kindLabel(kind: ListingKindSlug, locale: LocaleCode): string {
  return texts.get(locale)?.byKind.get(kind)?.label || configLabel(kind, locale);
}

/** The kind's description in the locale: the editors' text, else config's. */
export function kindDescription(kind: ListingKindSlug, locale: LocaleCode): string {
  return texts.get(locale)?.byKind.get(kind)?.description || configDescription(kind, locale);
}

/** Forgets every loaded text (tests). */
export function forgetKindTexts(): void {
  texts.clear();
}
