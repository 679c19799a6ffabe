import { describe, expect, it } from 'vitest';
import { describeReasons, reasonPhrases } from './reasons-text';
import type { MatchReason } from './types';

const reasons: MatchReason[] = [
  { kind: 'cpv', level: 'class', code: '34144210' },
  { kind: 'text', shared: ['fire', 'vehicle'], similarity: 0.21 },
  { kind: 'distance', km: 240 },
  { kind: 'dates', fit: 'available-before-deadline' },
];

describe('describeReasons', () => {
  it('writes the reasons in English for the request side', () => {
    expect(describeReasons(reasons, 'en', 'request')).toBe('Same category: Firefighting vehicles · similar description · 240 km · available before your deadline');
  });

  it('writes the reasons in Bulgarian, with the Bulgarian CPV label', () => {
    expect(describeReasons(reasons, 'bg', 'request')).toBe(
      `Същата категория: Пожарни коли · сходно описание · ${new Intl.NumberFormat('bg', { style: 'unit', unit: 'kilometer' }).format(240)} · налично преди вашия краен срок`,
    );
  });

  it('speaks of "their" deadline to the offer side', () => {
    expect(describeReasons(reasons, 'en', 'offer')).toMatch(/available before their deadline$/);
    expect(describeReasons(reasons, 'bg', 'offer')).toMatch(/налично преди техния краен срок$/);
  });

  it('writes German and French, and falls back to English for other locales', () => {
    expect(describeReasons(reasons, 'de', 'request')).toBe('Gleiche Kategorie: Feuerwehrfahrzeuge · ähnliche Beschreibung · 240 km · verfügbar vor Ihrer Frist');
    expect(describeReasons(reasons, 'fr', 'request')).toBe(
      `Même catégorie : Véhicules de lutte contre l'incendie · description similaire · ${new Intl.NumberFormat('fr', { style: 'unit', unit: 'kilometer' }).format(240)} · disponible avant votre échéance`,
    );
    expect(describeReasons(reasons, 'sk', 'request')).toBe(describeReasons(reasons, 'en', 'request'));
  });

  it('names the kind, the radius, the quantity, and formats thousands in the locale', () => {
    const more: MatchReason[] = [
      { kind: 'same-kind', listingKind: 'volunteers-community' },
      { kind: 'distance', km: 1096 },
      { kind: 'within-radius', radiusKm: 1500, side: 'request' },
      { kind: 'dates', fit: 'open' },
      { kind: 'quantity', fit: 'partial', offered: 3, requested: 5, unit: 'piece' },
    ];
    expect(describeReasons(more, 'en', 'request')).toBe('Same kind: Community volunteers · 1,096 km · within your 1,500 km radius · part of the quantity (3 pcs of 5 pcs)');
    expect(describeReasons(more, 'en', 'offer')).toContain('within their 1,500 km radius');
    expect(describeReasons(more, 'de', 'request')).toContain('1.096 km');
    expect(reasonPhrases([{ kind: 'quantity', fit: 'covers', offered: 12.5, requested: 10, unit: 'kg' }], 'en', 'request')).toEqual(['quantity covered (12.5 kg for 10 kg)']);
  });

  it('skips reasons it does not know (data from a later version)', () => {
    expect(describeReasons([{ kind: 'future' } as unknown as MatchReason, { kind: 'distance', km: 0 }], 'en', 'offer')).toBe('Under 1 km');
  });
});
