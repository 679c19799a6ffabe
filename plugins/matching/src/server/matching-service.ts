import type { Core } from '@strapi/strapi';
import { createCandidateIndex } from '../matcher/candidate-index';
import { matchListing } from '../matcher/match-listing';
import { scoreMatch } from '../matcher/score-match';
import type { MatchableListing, ScoredMatch } from '../matcher/types';
import { createCpvSuggester } from '../cpv-suggest/suggest-cpv';
import { describeReasons } from '../matcher/reasons-text';
import { grantAdminPermission } from './admin-permission';
import { loadMatchable, publishedMatchables, toMatchable } from './listing-loader';

export const MATCH_UID = 'plugin::matching.match';
const LISTING = 'api::listing.listing';
const CATCH_UP_MS = 30_000;

type MatchState = 'new' | 'seen' | 'dismissed' | 'contacted';

/** A match as stored (plugin::matching.match), handed to the new-match listeners. */
export interface StoredMatch {
  id: number;
  offerId: string;
  requestId: string;
  offerMunicipalityId: string;
  requestMunicipalityId: string;
  score: number;
  reasons: unknown[];
  source: 'matcher' | 'editor';
  proposedBy?: string | null;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A listing that can be matched: published and not yet expired. */
function isOpen(listing: MatchableListing | null): boolean {
  return !!listing && listing.status === 'published' && listing.expiresAt >= today();
}

/**
 * The matching plugin's service: keeps the candidate index of open listings, recomputes a listing's matches
 * after each change (off the write's transaction), stores them by documentId, and answers the routes.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const index = createCandidateIndex();
  const queue = new Set<string>();
  let running: Promise<void> | null = null;
  let indexedUntil = new Date(0);
  let catchUp: NodeJS.Timeout | null = null;
  let suggester: ReturnType<typeof createCpvSuggester> | null = null;
  const listeners: ((created: StoredMatch[]) => Promise<void> | void)[] = [];

  async function drainQueue() {
    while (queue.size) {
      const [id] = queue;
      queue.delete(id);
      try {
        await service.refresh(id);
      } catch (error) {
        strapi.log.error(`[matching] could not match listing ${id}: ${error instanceof Error ? error.message : error}`);
      }
    }
  }

  /** Other instances write listings too: fold their changes into this instance's index now and then. */
  async function catchUpWithOtherInstances() {
    const since = indexedUntil;
    indexedUntil = new Date();
    const rows = await strapi.db.query(LISTING).findMany({
      where: { updatedAt: { $gt: since } },
      populate: { municipality: { select: ['documentId', 'lat', 'lng', 'country'] } },
      orderBy: { id: 'asc' },
    });
    for (const row of rows.filter((r: any) => r.locale === r.originalLocale)) {
      const listing = toMatchable(row);
      if (isOpen(listing)) index.upsert(listing);
      else index.remove(listing.id);
    }
  }

  const service = {
    /** Builds the candidate index from the open listings in the database. */
    async start(): Promise<void> {
      const started = Date.now();
      indexedUntil = new Date();
      for await (const batch of publishedMatchables(strapi)) for (const listing of batch) if (isOpen(listing)) index.upsert(listing);
      strapi.log.info(`[matching] candidate index built: ${index.size} open listings in ${Date.now() - started} ms`);
      catchUp = setInterval(() => void catchUpWithOtherInstances().catch(() => undefined), CATCH_UP_MS);
      catchUp.unref();
    },

    stop(): void {
      if (catchUp) clearInterval(catchUp);
    },

    /** Asks for a listing's matches to be recomputed soon (after the write that changed it has committed). */
    enqueue(documentId: string): void {
      queue.add(documentId);
      if (running) return;
      running = new Promise<void>((resolve) => setImmediate(resolve))
        .then(drainQueue)
        .finally(() => {
          running = null;
        });
    },

    /** Resolves when every enqueued listing has been matched (tests, tasks). */
    async idle(): Promise<void> {
      while (running) await running;
    },

    /** Called with the matches a refresh (or an editor) created, not those it updated: notifications subscribe here. */
    onNewMatches(listener: (created: StoredMatch[]) => Promise<void> | void): void {
      listeners.push(listener);
    },

    /** Tells the listeners; a failing listener is logged and never undoes the match. */
    async announce(created: StoredMatch[]): Promise<void> {
      if (created.length === 0) return;
      for (const listener of listeners) {
        try {
          await listener(created);
        } catch (error) {
          strapi.log.error(`[matching] a new-match listener failed: ${error instanceof Error ? error.message : error}`);
        }
      }
    },

    /** A match's reasons as one sentence in the reader's language, from the reader's side. */
    describeReasons(reasons: unknown[], locale: string, side: 'offer' | 'request'): string {
      return describeReasons((reasons ?? []) as any, locale, side);
    },

    /**
     * Recomputes one listing's matches: a closed, expired or unpublished listing leaves the index and loses
     * its matches (except those a side has already acted on); an open one gets the pairs above the threshold.
     */
    async refresh(documentId: string): Promise<ScoredMatch[]> {
      const listing = await loadMatchable(strapi, documentId);
      const side = listing?.type === 'offer' ? 'offerId' : 'requestId';
      const existing: any[] = await strapi.db.query(MATCH_UID).findMany({
        where: { $or: [{ offerId: documentId }, { requestId: documentId }] },
        orderBy: { id: 'asc' },
      });
      const acted = (match: any) => match.source === 'editor' || match.offerState === 'contacted' || match.requestState === 'contacted';
      if (!listing || !isOpen(listing)) {
        index.remove(documentId);
        const drop = existing.filter((match) => !acted(match)).map((match) => match.id);
        if (drop.length) await strapi.db.query(MATCH_UID).deleteMany({ where: { id: { $in: drop } } });
        return [];
      }
      index.upsert(listing);
      const found = matchListing(listing, index, { today: today() });
      const byPair = new Map(existing.map((match) => [`${match.offerId}:${match.requestId}`, match]));
      const created: ScoredMatch[] = [];
      const createdRows: StoredMatch[] = [];
      const counterpartMunicipality = new Map<string, string>();
      for (const match of found) {
        const other = listing.type === 'offer' ? match.requestId : match.offerId;
        const counterpart = index.get(other) ?? (await loadMatchable(strapi, other));
        if (counterpart) counterpartMunicipality.set(other, counterpart.municipalityId);
      }
      await strapi.db.transaction(async () => {
        for (const match of found) {
          const key = `${match.offerId}:${match.requestId}`;
          const stored = byPair.get(key);
          byPair.delete(key);
          if (stored) {
            await strapi.db.query(MATCH_UID).update({ where: { id: stored.id }, data: { score: match.score, reasons: match.reasons } });
            continue;
          }
          const other = listing.type === 'offer' ? match.requestId : match.offerId;
          const otherMunicipality = counterpartMunicipality.get(other);
          if (!otherMunicipality) continue;
          const row = await strapi.db.query(MATCH_UID).create({
            data: {
              offerId: match.offerId,
              requestId: match.requestId,
              offerMunicipalityId: listing.type === 'offer' ? listing.municipalityId : otherMunicipality,
              requestMunicipalityId: listing.type === 'request' ? listing.municipalityId : otherMunicipality,
              score: match.score,
              reasons: match.reasons,
              source: 'matcher',
            },
          });
          created.push(match);
          createdRows.push(row as StoredMatch);
        }
        // Pairs of this listing that no longer fit go, unless a side acted on them; pairs found from the other
        // side only (this listing was the candidate) are left to that side's refresh.
        const stale = [...byPair.values()].filter((match) => match[side] === documentId && match.source === 'matcher' && !acted(match)).map((match) => match.id);
        if (stale.length) await strapi.db.query(MATCH_UID).deleteMany({ where: { id: { $in: stale } } });
      });
      await service.announce(createdRows);
      return created;
    },

    /**
     * An editor pairs an offer and a request by hand: stored with the reason 'editor' (plus what the matcher sees in
     * the pair) and announced to the listeners like any new match. Returns the field at fault for a bad pair.
     */
    async propose(offerId: string, requestId: string, by: string): Promise<{ match: StoredMatch } | { field: string; error: string }> {
      const [offer, request] = await Promise.all([loadMatchable(strapi, offerId), loadMatchable(strapi, requestId)]);
      if (!offer) return { field: 'offerId', error: 'is not a listing' };
      if (!request) return { field: 'requestId', error: 'is not a listing' };
      if (offer.type !== 'offer') return { field: 'offerId', error: 'is not an offer' };
      if (request.type !== 'request') return { field: 'requestId', error: 'is not a request' };
      if (!isOpen(offer)) return { field: 'offerId', error: 'is not open (published and not expired)' };
      if (!isOpen(request)) return { field: 'requestId', error: 'is not open (published and not expired)' };
      if (offer.municipalityId === request.municipalityId) return { field: 'requestId', error: 'belongs to the municipality of the offer' };
      const existing = await strapi.db.query(MATCH_UID).findOne({ where: { offerId, requestId }, select: ['id'] });
      if (existing) return { field: 'requestId', error: 'is already matched with this offer' };
      const scored = scoreMatch(offer, request);
      const row = await strapi.db.query(MATCH_UID).create({
        data: {
          offerId,
          requestId,
          offerMunicipalityId: offer.municipalityId,
          requestMunicipalityId: request.municipalityId,
          score: Math.max(0, Math.min(1, scored?.score ?? 0)),
          reasons: [{ kind: 'editor' }, ...(scored?.reasons ?? [])],
          source: 'editor',
          proposedBy: by.slice(0, 200),
        },
      });
      await service.announce([row as StoredMatch]);
      return { match: row as StoredMatch };
    },

    /** The CPV codes a title and description evoke, best first, with labels in the locale. */
    suggestCpv(text: string, locale: string, limit: number) {
      suggester ??= createCpvSuggester();
      return suggester.suggest(text, locale as any, limit);
    },

    /** Moves one side's state of a match; the caller has checked that the member speaks for that side. */
    async setState(matchId: number, side: 'offer' | 'request', state: MatchState) {
      return strapi.db.query(MATCH_UID).update({ where: { id: matchId }, data: { [side === 'offer' ? 'offerState' : 'requestState']: state } });
    },

    indexSize: () => index.size,

    /** Gives editors the Matching page's permission (the app's bootstrap calls it, after the admin made its roles). */
    grantAdminPermission: () => grantAdminPermission(strapi),
  };
  return service;
};
