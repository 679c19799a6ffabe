import { describe, expect, it } from 'vitest';
import { kindLabel } from './kind-texts';
import { matchReasonPhrases, type MatchReason } from './match-reasons';

const reasons: MatchReason[] = [
  { kind: 'cpv', level: 'class', code: '34144210' },
  { kind: 'distance', km: 1240 },
  { kind: 'dates', fit: 'available-before-deadline' },
  { kind: 'within-radius', radiusKm: 1500, side: 'request' },
  { kind: 'quantity', fit: 'partial', offered: 2, requested: 5, unit: 'piece' },
  { kind: 'editor' },
];

describe('match reasons in the reader\'s language', () => {
  it('says them from the side of the reader\'s own listing, in English', () => {
    expect(matchReasonPhrases(reasons, 'en', 'request')).toEqual([
      expect.stringMatching(/^Same category: /),
      '1,240 km away',
      'available before your deadline',
      'within your radius of 1,500 km',
      expect.stringMatching(/^part of the quantity \(2 .+ of 5 .+\)$/),
      'proposed by an editor',
    ]);
    const offerSide = matchReasonPhrases(reasons, 'en', 'offer');
    expect(offerSide[2]).toBe('available before their deadline');
    expect(offerSide[3]).toBe('within their radius of 1,500 km');
  });

  it('writes them in every language with its own words, numbers and category labels', () => {
    const bg = matchReasonPhrases(reasons, 'bg', 'request');
    expect(bg[0]).toMatch(/Пожарни/); // the Bulgarian CPV label of 34144210
    expect(bg.join(' ')).toMatch(/\p{Script=Cyrillic}/u);
    expect(bg[1]).toContain(new Intl.NumberFormat('bg').format(1240)); // numbers written the Bulgarian way
    expect(bg[1]).toContain('км');
    const el = matchReasonPhrases(reasons, 'el', 'offer');
    expect(el.join(' ')).toMatch(/\p{Script=Greek}/u);
    const [german] = matchReasonPhrases([{ kind: 'same-kind', listingKind: 'volunteers-emergency' }], 'de', 'offer');
    expect(german).toContain(kindLabel('volunteers-emergency', 'de'));
    expect(german).not.toBe(matchReasonPhrases([{ kind: 'same-kind', listingKind: 'volunteers-emergency' }], 'en', 'offer')[0]);
  });
});
