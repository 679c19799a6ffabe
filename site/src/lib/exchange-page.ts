// What the exchange page works out from the CMS's view of an exchange: its history (from the moments the CMS
// keeps), the message of a 409, and the amounts typed into the impact form.
import type { UiKey } from '../i18n';
import type { ExchangeDetail } from './accounts-client';

export const IMPACT_FIELDS = ['valueEur', 'massKg', 'volunteerHours', 'expertDays'] as const;
export type ImpactField = (typeof IMPACT_FIELDS)[number];

export type HistoryKind = 'requested' | 'accepted' | 'declined' | 'withdrawn' | 'providerConfirmed' | 'receiverConfirmed' | 'completed' | 'cancelled';

/** The exchange's steps so far, oldest first (an exchange keeps the moment of each decision). */
export function exchangeHistory(exchange: Pick<ExchangeDetail, 'state' | 'createdAt' | 'updatedAt' | 'decidedAt' | 'completedAt' | 'providerConfirmedAt' | 'receiverConfirmedAt'>): { kind: HistoryKind; at: string }[] {
  const steps: { kind: HistoryKind; at: string }[] = [{ kind: 'requested', at: exchange.createdAt }];
  if (exchange.decidedAt) {
    const decided: HistoryKind = exchange.state === 'declined' || exchange.state === 'withdrawn' ? exchange.state : 'accepted';
    steps.push({ kind: decided, at: exchange.decidedAt });
  }
  if (exchange.providerConfirmedAt) steps.push({ kind: 'providerConfirmed', at: exchange.providerConfirmedAt });
  if (exchange.receiverConfirmedAt) steps.push({ kind: 'receiverConfirmed', at: exchange.receiverConfirmedAt });
  if (exchange.state === 'completed' && exchange.completedAt) steps.push({ kind: 'completed', at: exchange.completedAt });
  // A cancellation keeps no moment of its own: the exchange's last change is it.
  if (exchange.state === 'cancelled') steps.push({ kind: 'cancelled', at: exchange.updatedAt });
  return steps.sort((a, b) => a.at.localeCompare(b.at) || (a.kind === 'completed' ? 1 : b.kind === 'completed' ? -1 : 0));
}

/** The message of a 409 from the exchange routes, by its details.code. */
export function exchangeRefusalKey(code: string | undefined): UiKey {
  switch (code) {
    case 'exchange.stale':
      return 'exchangePage.stale';
    case 'exchange.quantity-unavailable':
      return 'exchangePage.quantityUnavailable';
    case 'exchange.feedback-given':
      return 'exchangePage.feedbackGiven';
    default:
      return 'exchangePage.illegal';
  }
}

/** An amount as typed (a decimal comma or point, spaces as thousands): null when empty, undefined when unreadable or negative. */
export function parseAmount(typed: string): number | null | undefined {
  const compact = typed.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  if (!/^\d+(?:[.,]\d+)?$/.test(compact)) return undefined;
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}
