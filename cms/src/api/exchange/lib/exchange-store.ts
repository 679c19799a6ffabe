import type { Core } from '@strapi/strapi';
import { askingSideFor, EXCHANGE_ACTIONS, planTransition, sideOf, type ExchangeAction, type Side } from '../../../domain/exchange/exchange-machine';

export const UID = 'api::exchange.exchange';

/** An exchange as the routes need it: its row with parties, listing and components. */
export interface StoredExchange {
  id: number;
  documentId: string;
  state: any;
  version: number;
  quantity: number | null;
  createdAt: string;
  updatedAt: string;
  decidedAt: string | null;
  completedAt: string | null;
  providerConfirmedAt: string | null;
  receiverConfirmedAt: string | null;
  listing: null | { id: number; documentId: string; slug: string; type: 'offer' | 'request'; kind: string; cpvCodes: string[] | null; title: string; originalLocale: string; unit: string | null; locale: string };
  provider: null | Party;
  receiver: null | Party;
  handover: null | { date: string | null; place: string | null; transport: string | null };
  providerFeedback: null | { rating: number; comment: string | null; locale: string | null; givenAt: string | null };
  receiverFeedback: null | { rating: number; comment: string | null; locale: string | null; givenAt: string | null };
  impact: null | { valueEur: number | null; massKg: number | null; co2eKg: number | null; volunteerHours: number | null; expertDays: number | null };
}

interface Party {
  id: number;
  documentId: string;
  name: string;
  slug: string | null;
  country: string;
}

const PARTY = { select: ['id', 'documentId', 'name', 'slug', 'country'] };
export const EXCHANGE_POPULATE = {
  listing: { select: ['id', 'documentId', 'slug', 'type', 'kind', 'cpvCodes', 'title', 'originalLocale', 'unit', 'locale'] },
  provider: PARTY,
  receiver: PARTY,
  handover: true,
  providerFeedback: true,
  receiverFeedback: true,
  impact: true,
};

export async function loadExchange(strapi: Core.Strapi, documentId: string): Promise<StoredExchange | null> {
  if (typeof documentId !== 'string' || !/^[a-z0-9]{10,40}$/.test(documentId)) return null;
  return strapi.db.query(UID).findOne({ where: { documentId }, populate: EXCHANGE_POPULATE });
}

export function partiesOf(exchange: StoredExchange) {
  return { providerId: exchange.provider?.documentId ?? '', receiverId: exchange.receiver?.documentId ?? '' };
}

export function sideIn(exchange: StoredExchange, municipalityId: string | null | undefined): Side | null {
  return sideOf(partiesOf(exchange), municipalityId);
}

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));
const party = (p: Party | null) => (p ? { documentId: p.documentId, name: p.name, slug: p.slug, country: p.country } : null);

/** What the actions a side could take now are (for the portal to show the right buttons). */
export function allowedActions(exchange: StoredExchange, side: Side): ExchangeAction[] {
  if (!exchange.listing) return [];
  const snapshot = { state: exchange.state, askingSide: askingSideFor(exchange.listing.type), providerConfirmedAt: exchange.providerConfirmedAt, receiverConfirmedAt: exchange.receiverConfirmedAt };
  return EXCHANGE_ACTIONS.filter((action) => planTransition(snapshot, action, side).ok);
}

/**
 * The member's view of an exchange: no person data (no user, no e-mail), the counterpart municipality, the
 * listing's title in the reader's locale when a translation exists (else the original).
 */
export function exchangeView(exchange: StoredExchange, side: Side, titles: Map<string, string>, detail: boolean) {
  const counterpart = side === 'provider' ? exchange.receiver : exchange.provider;
  const listing = exchange.listing;
  const base = {
    documentId: exchange.documentId,
    state: exchange.state,
    version: exchange.version,
    mySide: side,
    askingSide: listing ? askingSideFor(listing.type) : null,
    counterpart: party(counterpart),
    listing: listing
      ? { documentId: listing.documentId, slug: listing.slug, type: listing.type, kind: listing.kind, title: titles.get(listing.documentId) ?? listing.title, originalLocale: listing.originalLocale, unit: listing.unit }
      : null,
    quantity: num(exchange.quantity),
    createdAt: exchange.createdAt,
    updatedAt: exchange.updatedAt,
    decidedAt: exchange.decidedAt,
    completedAt: exchange.completedAt,
    allowedActions: allowedActions(exchange, side),
  };
  if (!detail) return base;
  const feedback = (f: StoredExchange['providerFeedback']) => (f ? { rating: f.rating, comment: f.comment, locale: f.locale, givenAt: f.givenAt } : null);
  return {
    ...base,
    provider: party(exchange.provider),
    receiver: party(exchange.receiver),
    providerConfirmedAt: exchange.providerConfirmedAt,
    receiverConfirmedAt: exchange.receiverConfirmedAt,
    handover: exchange.handover ? { date: exchange.handover.date, place: exchange.handover.place, transport: exchange.handover.transport } : null,
    feedback: { provider: feedback(exchange.providerFeedback), receiver: feedback(exchange.receiverFeedback) },
    impact: exchange.impact
      ? { valueEur: num(exchange.impact.valueEur), massKg: num(exchange.impact.massKg), co2eKg: num(exchange.impact.co2eKg), volunteerHours: num(exchange.impact.volunteerHours), expertDays: num(exchange.impact.expertDays) }
      : null,
  };
}

/** The listings' titles in `locale`, where a translation exists. */
export async function titlesIn(strapi: Core.Strapi, listingIds: string[], locale: string | undefined): Promise<Map<string, string>> {
  if (!locale || listingIds.length === 0) return new Map();
  const rows = await strapi.db.query('api::listing.listing').findMany({ where: { documentId: { $in: listingIds }, locale }, select: ['documentId', 'title'], orderBy: { id: 'asc' } });
  return new Map(rows.map((row: any) => [row.documentId, row.title]));
}

/** The user's documentId, for the audit trail. */
export async function userDocumentId(strapi: Core.Strapi, userId: number): Promise<string> {
  const user = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: userId }, select: ['documentId'] });
  return user?.documentId ?? String(userId);
}
