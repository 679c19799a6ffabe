import { describe, expect, it } from 'vitest';
import { haversineKm } from './geo';
import { MATCH_THRESHOLD, scoreMatch } from './score-match';
import type { MatchableListing } from './types';

const TODAY = '2026-01-15';

/** A published listing valid until 2026-12-31, with the given fields. */
function listing(fields: Partial<MatchableListing> & Pick<MatchableListing, 'id' | 'type' | 'kind' | 'locale' | 'title'>): MatchableListing {
  return { cpvCodes: [], description: '', expiresAt: '2026-12-31', municipalityId: `m-${fields.id}`, status: 'published', ...fields };
}

// Sofia and Munich.
const SOFIA = { lat: 42.6977, lng: 23.3219 };
const MUNICH = { lat: 48.1351, lng: 11.582 };

const bulgarianRequest = listing({
  id: 'req-bg',
  type: 'request',
  kind: 'equipment',
  cpvCodes: ['34144210'],
  locale: 'bg',
  title: 'Търсим пожарен автомобил',
  description: 'Доброволната пожарна команда на общината има нужда от изправен пожарен автомобил.',
  neededBy: '2026-06-30',
  ...SOFIA,
});
const germanOffer = listing({
  id: 'off-de',
  type: 'offer',
  kind: 'equipment',
  cpvCodes: ['34144213'],
  locale: 'de',
  title: 'Feuerwehrfahrzeug abzugeben',
  description: 'Unsere Freiwillige Feuerwehr gibt ein gebrauchtes, fahrbereites Löschfahrzeug ab.',
  availableFrom: '2026-03-01',
  ...MUNICH,
});

describe('scoreMatch', () => {
  it('lets a Bulgarian request meet a German offer of the same CPV class, with a class-level reason', () => {
    const match = scoreMatch(germanOffer, bulgarianRequest, { today: TODAY });
    expect(match).not.toBeNull();
    expect(match!.offerId).toBe('off-de');
    expect(match!.requestId).toBe('req-bg');
    expect(match!.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(match!.score).toBeLessThanOrEqual(1);
    // 34144210 and 34144213 share the class 3414; what they share is named by 34144210 ("Firefighting
    // vehicles"), the parent of 34144213.
    expect(match!.reasons[0]).toEqual({ kind: 'cpv', level: 'class', code: '34144210' });
    const km = match!.reasons.find((r) => r.kind === 'distance');
    expect(km).toEqual({ kind: 'distance', km: Math.round(haversineKm(MUNICH.lat, MUNICH.lng, SOFIA.lat, SOFIA.lng)) });
    expect(match!.reasons).toContainEqual({ kind: 'dates', fit: 'available-before-deadline' });
  });

  it('is symmetric in its arguments', () => {
    expect(scoreMatch(bulgarianRequest, germanOffer, { today: TODAY })).toEqual(scoreMatch(germanOffer, bulgarianRequest, { today: TODAY }));
  });

  it('ranks the same code above the same class above the same group above the same division', () => {
    const withCode = (code: string) => scoreMatch({ ...germanOffer, cpvCodes: [code] }, bulgarianRequest, { today: TODAY })!;
    const levels = ['34144210', '34144213', '34110000', '34300000'].map(withCode);
    expect(levels.map((m) => (m.reasons[0] as { level: string }).level)).toEqual(['code', 'class', 'group', 'division']);
    for (let i = 1; i < levels.length; i++) expect(levels[i]!.score).toBeLessThan(levels[i - 1]!.score);
  });

  it('never pairs two listings of the same type', () => {
    const otherRequest = { ...germanOffer, type: 'request' as const };
    expect(scoreMatch(otherRequest, bulgarianRequest, { today: TODAY })).toBeNull();
    const otherOffer = { ...bulgarianRequest, type: 'offer' as const };
    expect(scoreMatch(otherOffer, germanOffer, { today: TODAY })).toBeNull();
  });

  it('never pairs a closed, expired, pending or rejected listing', () => {
    for (const status of ['closed', 'expired', 'pending', 'rejected'] as const) {
      expect(scoreMatch({ ...germanOffer, status }, bulgarianRequest, { today: TODAY })).toBeNull();
      expect(scoreMatch(germanOffer, { ...bulgarianRequest, status }, { today: TODAY })).toBeNull();
    }
    // Published but past its expiry date.
    expect(scoreMatch({ ...germanOffer, expiresAt: '2026-01-14' }, bulgarianRequest, { today: TODAY })).toBeNull();
    // The last day still counts.
    expect(scoreMatch({ ...germanOffer, expiresAt: TODAY }, bulgarianRequest, { today: TODAY })).not.toBeNull();
  });

  it('never pairs a municipality with itself', () => {
    expect(scoreMatch({ ...germanOffer, municipalityId: 'm-x' }, { ...bulgarianRequest, municipalityId: 'm-x' }, { today: TODAY })).toBeNull();
  });

  it('holds a distance limit set by the request or by the offer', () => {
    // Due north of Sofia: 1° of latitude is about 111 km.
    const at = (km: number) => ({ lat: SOFIA.lat + km / 111.2, lng: SOFIA.lng });
    const request = { ...bulgarianRequest, radiusKm: 100 };
    const far = { ...germanOffer, ...at(400) };
    const near = { ...germanOffer, ...at(80) };
    expect(scoreMatch(far, request, { today: TODAY })).toBeNull();
    const match = scoreMatch(near, request, { today: TODAY });
    expect(match).not.toBeNull();
    expect(match!.reasons).toContainEqual({ kind: 'distance', km: 80 });
    expect(match!.reasons).toContainEqual({ kind: 'within-radius', radiusKm: 100, side: 'request' });
    // Without the radius the far offer is a match (farther, so lower).
    const unlimited = scoreMatch(far, bulgarianRequest, { today: TODAY });
    expect(unlimited).not.toBeNull();
    expect(unlimited!.score).toBeLessThan(scoreMatch(near, bulgarianRequest, { today: TODAY })!.score);
    // The offer's own radius limits too.
    expect(scoreMatch({ ...far, radiusKm: 300 }, bulgarianRequest, { today: TODAY })).toBeNull();
    expect(scoreMatch({ ...near, radiusKm: 300 }, bulgarianRequest, { today: TODAY })!.reasons).toContainEqual({ kind: 'within-radius', radiusKm: 300, side: 'offer' });
  });

  it('lets a French request for community volunteers meet a Polish offer of the same kind with related text', () => {
    const request = listing({
      id: 'req-fr',
      type: 'request',
      kind: 'volunteers-community',
      locale: 'fr',
      title: 'Bénévoles pour le nettoyage du parc municipal',
      description: "Nous cherchons une vingtaine de bénévoles pour une journée de nettoyage et de plantation d'arbres dans le parc municipal en avril.",
      lat: 48.5734, // Strasbourg
      lng: 7.7521,
    });
    const offer = listing({
      id: 'off-pl',
      type: 'offer',
      kind: 'volunteers-community',
      locale: 'pl',
      title: 'Wolontariusze do sprzątania parku',
      description: 'Grupa wolontariuszy z naszej gminy pomoże przy sprzątaniu parku i sadzeniu drzew wiosną.',
      lat: 51.1079, // Wrocław
      lng: 17.0385,
    });
    const match = scoreMatch(offer, request, { today: TODAY });
    expect(match).not.toBeNull();
    expect(match!.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(match!.reasons[0]).toEqual({ kind: 'same-kind', listingKind: 'volunteers-community' });
    const text = match!.reasons.find((r) => r.kind === 'text');
    expect(text).toBeDefined();
    // The shared concepts are English words found through the CPV labels ("park", "clean", "tree"...).
    expect(text!.kind === 'text' && text!.shared).toEqual(expect.arrayContaining(['park']));

    // The same kind with an unrelated text is no match: for kinds without CPV, the text decides.
    const unrelated = { ...offer, title: 'Wolontariusze do obsługi festiwalu muzycznego', description: 'Nasi studenci pomogą przy sprzedaży biletów i informacji podczas festiwalu muzycznego.' };
    const weak = scoreMatch(unrelated, request, { today: TODAY });
    expect(weak === null || weak.score < MATCH_THRESHOLD).toBe(true);
  });

  it('does not pair unrelated kinds with unrelated texts', () => {
    const cleanUp = listing({
      id: 'req-fr2',
      type: 'request',
      kind: 'volunteers-community',
      locale: 'fr',
      title: 'Bénévoles pour nettoyer les berges de la rivière',
      description: 'Nous cherchons des jeunes bénévoles pour une journée de nettoyage des berges de notre rivière au printemps.',
      lat: 48.5734,
      lng: 7.7521,
    });
    const investor = listing({
      id: 'off-pl2',
      type: 'offer',
      kind: 'investment',
      locale: 'pl',
      title: 'Budynek dawnej szkoły dla inwestora',
      description: 'Gmina oferuje inwestorowi nieużywany budynek dawnej szkoły w centrum miasta.',
      lat: 48.6,
      lng: 7.8,
    });
    expect(scoreMatch(investor, cleanUp, { today: TODAY })).toBeNull();
    // Equipment of unrelated CPV divisions with unrelated texts, even next door.
    const beds = listing({ id: 'off-beds', type: 'offer', kind: 'goods', cpvCodes: ['33192120'], locale: 'de', title: 'Krankenhausbetten abzugeben', description: 'Zehn verstellbare Krankenhausbetten mit Matratzen.', ...SOFIA });
    expect(scoreMatch(beds, bulgarianRequest, { today: TODAY })).toBeNull();
  });

  it('tells whether the quantity is covered and whether the offer comes before the deadline', () => {
    const request = { ...bulgarianRequest, quantity: 2, unit: 'piece' };
    const covers = scoreMatch({ ...germanOffer, quantity: 3, unit: 'piece' }, request, { today: TODAY })!;
    expect(covers.reasons).toContainEqual({ kind: 'quantity', fit: 'covers', offered: 3, requested: 2, unit: 'piece' });
    const partial = scoreMatch({ ...germanOffer, quantity: 1, unit: 'piece' }, request, { today: TODAY })!;
    expect(partial.reasons).toContainEqual({ kind: 'quantity', fit: 'partial', offered: 1, requested: 2, unit: 'piece' });
    expect(partial.score).toBeLessThan(covers.score);
    // Another unit: no quantity reason.
    expect(scoreMatch({ ...germanOffer, quantity: 3, unit: 'kg' }, request, { today: TODAY })!.reasons.some((r) => r.kind === 'quantity')).toBe(false);
    const late = scoreMatch({ ...germanOffer, availableFrom: '2026-08-01' }, bulgarianRequest, { today: TODAY })!;
    expect(late.reasons).toContainEqual({ kind: 'dates', fit: 'available-after-deadline' });
    expect(late.score).toBeLessThan(scoreMatch(germanOffer, bulgarianRequest, { today: TODAY })!.score);
    const open = scoreMatch(germanOffer, { ...bulgarianRequest, neededBy: undefined }, { today: TODAY })!;
    expect(open.reasons).toContainEqual({ kind: 'dates', fit: 'open' });
  });

  it('meets across Cyrillic and Latin script', () => {
    // Serbian Cyrillic and Croatian Latin fold to the same words.
    const request = listing({ id: 'req-sr', type: 'request', kind: 'expertise', locale: 'sr-Cyrl', title: 'Тражимо савет за пројекте из фондова ЕУ', description: 'Потребна нам је помоћ при припреми пројекта за фондове Европске уније.', lat: 44.8, lng: 20.46 });
    const offer = listing({ id: 'off-hr', type: 'offer', kind: 'expertise', locale: 'hr', title: 'Savjeti za projekte iz fondova EU', description: 'Naš tim pomaže pri pripremi projekata za fondove Europske unije.', lat: 45.81, lng: 15.98 });
    const match = scoreMatch(offer, request, { today: TODAY });
    expect(match).not.toBeNull();
    expect(match!.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    const text = match!.reasons.find((r) => r.kind === 'text');
    expect(text && text.kind === 'text' && text.shared.length).toBeGreaterThan(0);
  });
});
