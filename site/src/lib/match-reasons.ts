// The reasons of a match (machine-readable data from the matching plugin) as words in the reader's language,
// from the side of the reader's own listing: "Same category: Fire-engines · 240 km · available before your
// deadline". Category labels come from the CPV data, kind names from the editors' texts, numbers from Intl.
import { cpvLabel, isListingKindSlug, type LocaleCode } from '@community-sharing/config';
import { t, type UiKey } from '../i18n';
import { formatNumber } from './format';
import { kindLabel } from './kind-texts';
import { quantityLabel } from './labels';

/** One reason, as the matching plugin stores it (plugins/matching/src/matcher/types.ts). */
export type MatchReason =
  | { kind: 'cpv'; level: 'code' | 'class' | 'group' | 'division'; code: string }
  | { kind: 'same-kind'; listingKind: string }
  | { kind: 'text'; shared?: string[]; similarity?: number }
  | { kind: 'distance'; km: number }
  | { kind: 'within-radius'; radiusKm: number; side: 'offer' | 'request' }
  | { kind: 'dates'; fit: 'available-before-deadline' | 'available-after-deadline' | 'open' }
  | { kind: 'quantity'; fit: 'covers' | 'partial'; offered: number; requested: number; unit: string | null }
  | { kind: 'editor' };

const CPV_KEY: Record<string, UiKey> = { code: 'reason.cpvCode', class: 'reason.cpvClass', group: 'reason.cpvGroup', division: 'reason.cpvDivision' };

/** Returns each reason as a phrase in the reader's locale; `ownSide` is the type of the reader's own listing. */
export function matchReasonPhrases(reasons: readonly MatchReason[], locale: LocaleCode, ownSide: 'offer' | 'request'): string[] {
  const km = (value: number) => t(locale, 'reason.km', { km: formatNumber(locale, value) });
  // The deadline is the request's: "your deadline" when the reader posted the request.
  const deadlineIsOwn = ownSide === 'request';
  const phrases: string[] = [];
  for (const reason of reasons) {
    switch (reason.kind) {
      case 'cpv': {
        const label = cpvLabel(reason.code, locale)?.label ?? reason.code;
        phrases.push(t(locale, CPV_KEY[reason.level] ?? 'reason.cpvDivision', { label }));
        break;
      }
      case 'same-kind':
        if (isListingKindSlug(reason.listingKind)) phrases.push(t(locale, 'reason.sameKind', { kind: kindLabel(reason.listingKind, locale) }));
        break;
      case 'text':
        phrases.push(t(locale, 'reason.text'));
        break;
      case 'distance':
        phrases.push(km(reason.km));
        break;
      case 'within-radius':
        phrases.push(t(locale, reason.side === ownSide ? 'reason.withinOwnRadius' : 'reason.withinTheirRadius', { km: formatNumber(locale, reason.radiusKm) }));
        break;
      case 'dates':
        if (reason.fit === 'open') phrases.push(t(locale, 'reason.noDeadline'));
        else if (reason.fit === 'available-before-deadline') phrases.push(t(locale, deadlineIsOwn ? 'reason.beforeOwnDeadline' : 'reason.beforeTheirDeadline'));
        else phrases.push(t(locale, deadlineIsOwn ? 'reason.afterOwnDeadline' : 'reason.afterTheirDeadline'));
        break;
      case 'quantity':
        phrases.push(
          t(locale, reason.fit === 'covers' ? 'reason.quantityCovers' : 'reason.quantityPartial', {
            offered: quantityLabel(locale, reason.offered, reason.unit),
            requested: quantityLabel(locale, reason.requested, reason.unit),
          }),
        );
        break;
      case 'editor':
        phrases.push(t(locale, 'reason.editor'));
        break;
    }
  }
  return phrases;
}
