import { describe, expect, it } from 'vitest';
import { createCandidateIndex } from './candidate-index';
import { describeReasons } from './reasons-text';
import { matchListing, naiveMatchListing } from './match-listing';
import { MATCH_THRESHOLD } from './score-match';
import type { MatchableListing } from './types';

const TODAY = '2026-01-15';

function listing(fields: Partial<MatchableListing> & Pick<MatchableListing, 'id' | 'type' | 'kind' | 'locale' | 'title'>): MatchableListing {
  return { cpvCodes: [], description: '', expiresAt: '2026-12-31', municipalityId: `m-${fields.id}`, status: 'published', ...fields };
}

const request = listing({
  id: 'req-bg',
  type: 'request',
  kind: 'equipment',
  cpvCodes: ['34144210'],
  locale: 'bg',
  title: 'Търсим пожарен автомобил',
  description: 'Доброволната пожарна команда има нужда от изправен пожарен автомобил.',
  neededBy: '2026-06-30',
  lat: 42.6977,
  lng: 23.3219,
});

const offers: MatchableListing[] = [
  listing({ id: 'off-de', type: 'offer', kind: 'equipment', cpvCodes: ['34144213'], locale: 'de', title: 'Feuerwehrfahrzeug abzugeben', description: 'Fahrbereites Löschfahrzeug der Freiwilligen Feuerwehr.', availableFrom: '2026-03-01', lat: 48.1351, lng: 11.582 }),
  listing({ id: 'off-ro', type: 'offer', kind: 'equipment', cpvCodes: ['34144210'], locale: 'ro', title: 'Autospecială de pompieri', description: 'Oferim o autospecială de stingere a incendiilor în stare de funcționare.', lat: 44.4268, lng: 26.1025 }),
  listing({ id: 'off-closed', type: 'offer', kind: 'equipment', cpvCodes: ['34144210'], locale: 'en', title: 'Fire engine', status: 'closed', lat: 42.7, lng: 23.3 }),
  listing({ id: 'off-expired', type: 'offer', kind: 'equipment', cpvCodes: ['34144210'], locale: 'en', title: 'Fire engine', expiresAt: '2026-01-01', lat: 42.7, lng: 23.3 }),
  listing({ id: 'off-pending', type: 'offer', kind: 'equipment', cpvCodes: ['34144210'], locale: 'en', title: 'Fire engine', status: 'pending', lat: 42.7, lng: 23.3 }),
  listing({ id: 'off-salt', type: 'offer', kind: 'materials', cpvCodes: ['34927100'], locale: 'de', title: 'Streusalz übrig', description: 'Vierzig Tonnen Streusalz.', lat: 42.7, lng: 23.3 }),
  listing({ id: 'req-other', type: 'request', kind: 'equipment', cpvCodes: ['34144210'], locale: 'en', title: 'Fire engine wanted', lat: 42.7, lng: 23.3 }),
];

describe('matchListing', () => {
  const index = createCandidateIndex();
  for (const offer of offers) index.upsert(offer);

  it('finds the fitting offers of other languages, best first, and nothing closed, expired, pending, unrelated or of the same type', () => {
    const matches = matchListing(request, index, { today: TODAY });
    expect(matches.map((m) => m.offerId)).toEqual(['off-ro', 'off-de']);
    expect(matches.every((m) => m.requestId === 'req-bg' && m.score >= MATCH_THRESHOLD)).toBe(true);
    expect(matches[0]!.reasons[0]).toEqual({ kind: 'cpv', level: 'code', code: '34144210' });
    expect(matches[1]!.reasons[0]).toEqual({ kind: 'cpv', level: 'class', code: '34144210' });
    expect(describeReasons(matches[1]!.reasons, 'en', 'request')).toMatch(/^Same category: Firefighting vehicles · 1,09\d km · available before your deadline$/);
  });

  it('works from the offer side too', () => {
    index.upsert(request);
    const matches = matchListing(offers[0]!, index, { today: TODAY });
    expect(matches.map((m) => m.requestId).sort()).toEqual(['req-bg', 'req-other']);
    expect(matches.every((m) => m.offerId === 'off-de')).toBe(true);
    index.remove(request.id);
  });

  it('agrees with the full scan', () => {
    const all = [...offers, request];
    expect(matchListing(request, index, { today: TODAY })).toEqual(naiveMatchListing(request, all, { today: TODAY }));
  });

  it('returns nothing for a listing that is not open, and honours threshold and limit', () => {
    expect(matchListing({ ...request, status: 'closed' }, index, { today: TODAY })).toEqual([]);
    expect(matchListing({ ...request, expiresAt: '2026-01-10' }, index, { today: TODAY })).toEqual([]);
    expect(matchListing(request, index, { today: TODAY, limit: 1 })).toHaveLength(1);
    expect(matchListing(request, index, { today: TODAY, threshold: 0.99 })).toEqual([]);
  });
});
