import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createCandidateIndex, type CandidateIndex } from './candidate-index';
import { matchListing, naiveMatchListing } from './match-listing';
import { syntheticListings } from './synthetic';
import type { MatchableListing } from './types';

// Counts the pairs scored: matchListing must score the index's candidates only, never every listing.
const scored = vi.hoisted(() => ({ count: 0 }));
vi.mock('./score-match', async (importOriginal) => {
  const original = await importOriginal<typeof import('./score-match')>();
  return {
    ...original,
    scoreMatch: (...args: Parameters<typeof original.scoreMatch>) => {
      scored.count++;
      return original.scoreMatch(...args);
    },
  };
});

const TODAY = '2026-01-15';

function listing(fields: Partial<MatchableListing> & Pick<MatchableListing, 'id' | 'type'>): MatchableListing {
  return {
    kind: 'equipment',
    cpvCodes: ['34144210'],
    locale: 'en',
    title: 'Fire engine',
    description: 'A fire engine for the volunteer fire brigade.',
    expiresAt: '2026-12-31',
    municipalityId: `m-${fields.id}`,
    status: 'published',
    lat: 45,
    lng: 15,
    ...fields,
  };
}

describe('candidate index postings', () => {
  it('indexes a listing under its CPV prefixes, kind, place and text, per type', () => {
    const index = createCandidateIndex();
    const offer = listing({ id: 'o1', type: 'offer' });
    index.upsert(offer);
    expect(index.size).toBe(1);
    const keys = index.keysOf(offer);
    expect(keys).toEqual(expect.arrayContaining(['x:34144210', 'c:3414', 'g:341', 'd:34', 'k:equipment', 'geo:equipment:45:15']));
    expect(keys.some((k) => k.startsWith('t:'))).toBe(true);
    for (const key of keys) {
      expect(index.posting('offer', key)).toEqual(['o1']);
      expect(index.posting('request', key)).toEqual([]);
    }
    expect(index.get('o1')).toBe(offer);
  });

  it('moves a listing between postings on update and drops it on removal', () => {
    const index = createCandidateIndex();
    index.upsert(listing({ id: 'o1', type: 'offer' }));
    index.upsert(listing({ id: 'o2', type: 'offer' }));
    expect(index.posting('offer', 'c:3414')).toEqual(['o1', 'o2']);
    // o1 changes its code to road salt.
    index.upsert(listing({ id: 'o1', type: 'offer', cpvCodes: ['34927100'], title: 'Road salt', description: 'Road salt for winter.' }));
    expect(index.size).toBe(2);
    expect(index.posting('offer', 'c:3414')).toEqual(['o2']);
    expect(index.posting('offer', 'x:34927100')).toEqual(['o1']);
    expect(index.posting('offer', 'x:34144210')).toEqual(['o2']);
    index.remove('o2');
    expect(index.size).toBe(1);
    expect(index.posting('offer', 'c:3414')).toEqual([]);
    expect(index.has('o2')).toBe(false);
    // Removing twice, or an unknown id, is harmless.
    index.remove('o2');
    index.remove('nope');
    expect(index.size).toBe(1);
    const { keys, entries } = index.stats();
    expect(entries).toBe(index.keysOf(index.get('o1')!).length);
    expect(keys).toBe(entries);
  });

  it('keeps unpublished listings out: upserting a closed listing removes it', () => {
    const index = createCandidateIndex();
    index.upsert(listing({ id: 'o1', type: 'offer' }));
    index.upsert(listing({ id: 'o1', type: 'offer', status: 'closed' }));
    expect(index.size).toBe(0);
    expect(index.posting('offer', 'c:3414')).toEqual([]);
    for (const status of ['pending', 'rejected', 'expired'] as const) index.upsert(listing({ id: `p-${status}`, type: 'offer', status }));
    expect(index.size).toBe(0);
  });

  it('hands over counterparts only: opposite type, another municipality, not expired', () => {
    const index = createCandidateIndex();
    index.upsert(listing({ id: 'o1', type: 'offer' }));
    index.upsert(listing({ id: 'o-same-town', type: 'offer', municipalityId: 'm-r1' }));
    index.upsert(listing({ id: 'o-expired', type: 'offer', expiresAt: '2026-01-01' }));
    index.upsert(listing({ id: 'r2', type: 'request' }));
    const request = listing({ id: 'r1', type: 'request' });
    index.upsert(request);
    expect(index.candidates(request, 500, { today: TODAY }).map((l) => l.id)).toEqual(['o1']);
    expect(matchListing(request, index, { today: TODAY }).map((m) => m.offerId)).toEqual(['o1']);
  });
});

describe('matching through the index at scale', () => {
  let all: MatchableListing[];
  let index: CandidateIndex;

  beforeAll(() => {
    all = syntheticListings(10_000, { seed: 7, today: TODAY });
    index = createCandidateIndex();
    for (const l of all) index.upsert(l);
  });

  it('holds the published listings only', () => {
    expect(index.size).toBe(all.filter((l) => l.status === 'published').length);
    expect(index.size).toBeGreaterThan(7000);
  });

  it('scores far fewer pairs than there are listings, and finds what a full scan finds', () => {
    const probes = syntheticListings(40, { seed: 99, today: TODAY, idPrefix: 'new', unpublishedShare: 0 });
    let scoredByIndex = 0;
    let agreeing = 0;
    let compared = 0;
    for (const probe of probes) {
      scored.count = 0;
      const viaIndex = matchListing(probe, index, { today: TODAY, limit: 10 });
      scoredByIndex = Math.max(scoredByIndex, scored.count);
      expect(scored.count).toBeLessThanOrEqual(500);
      // The naive scan scores every listing; the index only its candidates.
      const naiveMatches = naiveMatchListing(probe, all, { today: TODAY, limit: 10_000 });
      const naive = naiveMatches.slice(0, 10);
      expect(naive.length).toBeGreaterThanOrEqual(viaIndex.length);
      // Whatever the index returns is a true match of the full scan, with the same score.
      const naiveById = new Map(naive.map((m) => [m.offerId + '|' + m.requestId, m.score]));
      const naiveAll = new Map(naiveMatches.map((m) => [m.offerId + '|' + m.requestId, m.score]));
      for (const m of viaIndex) expect(naiveAll.get(m.offerId + '|' + m.requestId)).toBe(m.score);
      // Recall of the full scan's top 10.
      for (const key of naiveById.keys()) {
        compared++;
        if (viaIndex.some((m) => m.offerId + '|' + m.requestId === key)) agreeing++;
      }
    }
    // The counter counts (the mock is in place), and stays far below the 10,000 listings.
    expect(scoredByIndex).toBeGreaterThan(0);
    expect(scoredByIndex).toBeLessThanOrEqual(500);
    expect(agreeing / compared).toBeGreaterThan(0.9);
  });
});
