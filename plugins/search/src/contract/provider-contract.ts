// The contract every SearchProvider passes, run by each provider's test file over the same fixtures. Expected
// filter results and facet counts come from a plain reference over FIXTURES, not from either engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, SOFIA, fixture } from './fixtures';
import { haversineKm } from './geo';
import type { FacetName, SearchDocument, SearchFilters, SearchProvider, SearchQuery, SearchResult } from './types';
import { FACET_NAMES, InvalidSearchQueryError, MAX_PAGE_SIZE } from './types';

/** Makes a fresh, empty provider (and how to dispose of it). */
export type ProviderFactory = () => Promise<{ provider: SearchProvider; cleanup?: () => Promise<void> }>;

const ids = (r: SearchResult): string[] => r.hits.map((h) => h.document.id);
const sorted = (xs: readonly string[]): string[] => [...xs].sort();
const byNewest = (a: SearchDocument, b: SearchDocument): number => b.publishedAt.localeCompare(a.publishedAt);
/** Every order puts open urgent requests first. */
const urgentFirst = (a: SearchDocument, b: SearchDocument): number => Number(b.urgent === true) - Number(a.urgent === true);
const byUrgentThenNewest = (a: SearchDocument, b: SearchDocument): number => urgentFirst(a, b) || byNewest(a, b);

/** The reference filter semantics: AND across fields, OR within a field's values, prefixes for CPV. */
function passes(d: SearchDocument, f: SearchFilters): boolean {
  return (
    (f.type === undefined || d.type === f.type) &&
    (f.kind === undefined || f.kind.includes(d.kind)) &&
    (f.country === undefined || f.country.includes(d.country)) &&
    (f.cpv === undefined || d.cpvCodes.some((c) => f.cpv!.some((p) => c.startsWith(p)))) &&
    (f.municipality === undefined || f.municipality.includes(d.municipality.id)) &&
    (f.delivery === undefined || d.delivery.some((m) => f.delivery!.includes(m))) &&
    (f.workingLanguage === undefined || d.workingLanguages.some((l) => f.workingLanguage!.includes(l))) &&
    (f.urgent === undefined || (d.urgent === true) === f.urgent)
  );
}

/** The reference facet counts of a set of documents. */
function facetCounts(docs: readonly SearchDocument[], names: readonly FacetName[]): SearchResult['facets'] {
  const values = (d: SearchDocument, name: FacetName): string[] => {
    switch (name) {
      case 'type': return [d.type];
      case 'kind': return [d.kind];
      case 'cpvDivision': return [...new Set(d.cpvCodes.map((c) => c.slice(0, 2)))];
      case 'country': return [d.country];
      case 'municipality': return [d.municipality.id];
      case 'delivery': return d.delivery;
      case 'workingLanguage': return d.workingLanguages;
    }
  };
  const out: SearchResult['facets'] = {};
  for (const name of names) {
    const counts: Record<string, number> = {};
    for (const d of docs) for (const v of values(d, name)) counts[v] = (counts[v] ?? 0) + 1;
    out[name] = counts;
  }
  return out;
}

/** Facet records compared without regard to key order. */
const normalizeFacets = (f: SearchResult['facets']): Record<string, [string, number][]> =>
  Object.fromEntries(Object.entries(f).map(([k, v]) => [k, Object.entries(v ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))]));

async function* batches(docs: readonly SearchDocument[], size: number): AsyncIterable<SearchDocument[]> {
  for (let i = 0; i < docs.length; i += size) yield docs.slice(i, i + size);
}

/** Defines the shared Vitest suite for one provider. */
export function describeProviderContract(name: string, makeProvider: ProviderFactory): void {
  describe(`search provider contract: ${name}`, () => {
    let provider: SearchProvider;
    let cleanup: (() => Promise<void>) | undefined;
    const search = (q: Omit<SearchQuery, 'locale'> & { locale?: SearchQuery['locale'] }): Promise<SearchResult> =>
      provider.search({ locale: 'en', pageSize: MAX_PAGE_SIZE, ...q });

    beforeAll(async () => {
      ({ provider, cleanup } = await makeProvider());
      await provider.configure?.();
      await provider.index([...FIXTURES]);
    }, 60_000);
    afterAll(async () => {
      await cleanup?.();
    });

    it('holds every indexed listing', async () => {
      expect(await provider.count()).toBe(FIXTURES.length);
      const all = await search({});
      expect(all.total).toBe(FIXTURES.length);
      expect(sorted(ids(all))).toEqual(sorted(FIXTURES.map((d) => d.id)));
    });

    it('returns the indexed document with each hit', async () => {
      const r = await search({ q: 'Komputery dla szkoły' });
      expect(r.hits[0]!.document).toEqual(fixture('pl-krakow-computers'));
    });

    describe('text', () => {
      it.each([
        ['Komputery dla szkoły', 'pl-krakow-computers'],
        ['διαχείριση αποβλήτων', 'gr-athens-waste'],
        ['nettoyage espaces publics', 'fr-lyon-cleaning'],
        ['emerġenza għargħar', 'mt-valletta-flood'],
        ['Feuerwehrfahrzeug', 'de-fire-request'],
        ['árvízvédelemhez', 'hu-debrecen-flood'],
      ])('finds %s in its own language', async (q, id) => {
        const r = await search({ q });
        expect(ids(r)[0]).toBe(id);
      });

      it('finds a listing through a translation', async () => {
        const r = await search({ q: 'electronic services citizens' });
        expect(ids(r)[0]).toBe('bg-sofia-eservices');
      });

      it('finds a listing by its municipality name', async () => {
        expect(ids(await search({ q: 'Debrecen' }))).toContain('hu-debrecen-flood');
      });

      it('tolerates a typo in a long word', async () => {
        const r = await search({ q: 'Feuerwehrfarzeug' });
        expect(ids(r)[0]).toBe('de-fire-request');
      });

      it('finds by prefix while typing the last word', async () => {
        expect(ids(await search({ q: 'Schoolmeub' }))).toContain('nl-utrecht-furniture');
      });

      it('finds nothing for words no listing has', async () => {
        const r = await search({ q: 'xylophonequartet' });
        expect(r.total).toBe(0);
        expect(r.hits).toEqual([]);
      });
    });

    describe('across languages', () => {
      it('"fire engine" finds the fire vehicles in Bulgarian, German, Romanian and Greek through their CPV codes', async () => {
        const r = await search({ q: 'fire engine' });
        expect(sorted(ids(r))).toEqual(sorted(['bg-fire-engine', 'de-fire-request', 'ro-cluj-fire', 'gr-thessaloniki-fire']));
      });

      it('"Feuerwehrfahrzeug" finds the Bulgarian offer, after the German listing that says it', async () => {
        const r = await search({ q: 'Feuerwehrfahrzeug', locale: 'de' });
        expect(ids(r)[0]).toBe('de-fire-request');
        expect(ids(r)).toContain('bg-fire-engine');
      });

      it('"personal computers" finds Polish and Slovak listings', async () => {
        const r = await search({ q: 'personal computers' });
        expect(ids(r)).toEqual(expect.arrayContaining(['pl-krakow-computers', 'sk-kosice-computers']));
      });

      it.each(['Bulgaria', 'България', 'Bugarska', 'Bulgarien'])('the country name %s finds the Bulgarian listings', async (q) => {
        const r = await search({ q });
        expect(sorted(ids(r))).toEqual(sorted(FIXTURES.filter((d) => d.country === 'BG').map((d) => d.id)));
      });

      it('a word and a country name narrow each other', async () => {
        const r = await search({ q: 'fire engine Bulgaria' });
        expect(ids(r)).toEqual(['bg-fire-engine']);
      });
    });

    describe('across scripts', () => {
      it('"beograd" finds the Cyrillic Београд listing', async () => {
        expect(ids(await search({ q: 'beograd' }))).toEqual(expect.arrayContaining(['rs-beograd-school', 'rs-novi-beograd-volunteers']));
      });

      it('"Београд" finds the Latin "Novi Beograd" listing', async () => {
        expect(ids(await search({ q: 'Београд' }))).toEqual(expect.arrayContaining(['rs-novi-beograd-volunteers', 'rs-beograd-school']));
      });

      it('Latin "traktor" finds the Cyrillic tractor request', async () => {
        expect(ids(await search({ q: 'traktor' }))).toContain('rs-nis-tractor');
      });

      it('Latin "Plovdiv" and Cyrillic "Пловдив" find the same listing', async () => {
        expect(ids(await search({ q: 'Plovdiv' }))).toEqual(['bg-plovdiv-medical']);
        expect(ids(await search({ q: 'Пловдив' }))).toEqual(['bg-plovdiv-medical']);
      });
    });

    describe('filters', () => {
      const cases: [string, SearchFilters][] = [
        ['type', { type: 'request' }],
        ['kind', { kind: ['goods', 'equipment'] }],
        ['country (several)', { country: ['BG', 'RS'] }],
        ['cpv prefix', { cpv: ['3414'] }],
        ['cpv prefix spanning codes', { cpv: ['30213'] }],
        ['cpv full code', { cpv: ['39160000'] }],
        ['municipality', { municipality: ['mun-stolichna'] }],
        ['delivery', { delivery: ['remote'] }],
        ['working language', { workingLanguage: ['hu'] }],
        ['all together', { type: 'offer', kind: ['equipment'], country: ['BG', 'RO', 'SK'], delivery: ['pickup'] }],
      ];
      it.each(cases)('%s', async (_label, filters) => {
        const expected = FIXTURES.filter((d) => passes(d, filters)).map((d) => d.id);
        expect(expected.length).toBeGreaterThan(0);
        const r = await search({ filters });
        expect(r.total).toBe(expected.length);
        expect(sorted(ids(r))).toEqual(sorted(expected));
      });

      it('combine with words', async () => {
        const r = await search({ q: 'fire engine', filters: { country: ['BG', 'GR'] } });
        expect(sorted(ids(r))).toEqual(['bg-fire-engine', 'gr-thessaloniki-fire']);
      });

      it('a value no listing has matches nothing', async () => {
        expect((await search({ filters: { country: ['LU'] } })).total).toBe(0);
        expect((await search({ filters: { municipality: ['mun-nowhere'] } })).total).toBe(0);
      });
    });

    describe('facets', () => {
      it('counts every facet over all matches, exactly', async () => {
        const filters: SearchFilters = { type: 'offer' };
        const r = await search({ filters, facets: [...FACET_NAMES], pageSize: 3 });
        const expected = facetCounts(FIXTURES.filter((d) => passes(d, filters)), FACET_NAMES);
        expect(normalizeFacets(r.facets)).toEqual(normalizeFacets(expected));
      });

      it('counts over text matches with filters', async () => {
        const r = await search({ q: 'fire engine', filters: { type: 'offer' }, facets: ['country', 'cpvDivision', 'delivery'] });
        const matched = ['bg-fire-engine', 'ro-cluj-fire'].map(fixture);
        expect(normalizeFacets(r.facets)).toEqual(normalizeFacets(facetCounts(matched, ['country', 'cpvDivision', 'delivery'])));
      });

      it('answers only the facets asked for', async () => {
        expect(Object.keys((await search({ facets: ['kind'] })).facets)).toEqual(['kind']);
        expect((await search({})).facets).toEqual({});
      });
    });

    describe('paging', () => {
      it('pages through the newest listings with a stable total', async () => {
        const newest = [...FIXTURES].sort(byUrgentThenNewest).map((d) => d.id);
        const p1 = await search({ sort: 'newest', page: 1, pageSize: 5 });
        const p2 = await search({ sort: 'newest', page: 2, pageSize: 5 });
        expect(p1.total).toBe(FIXTURES.length);
        expect(p2.total).toBe(FIXTURES.length);
        expect([p2.page, p2.pageSize]).toEqual([2, 5]);
        expect(ids(p1)).toEqual(newest.slice(0, 5));
        expect(ids(p2)).toEqual(newest.slice(5, 10));
      });

      it('answers a partial last page and an empty page past the end', async () => {
        const last = await search({ sort: 'newest', page: 7, pageSize: 5 });
        expect(last.hits).toHaveLength(FIXTURES.length - 30);
        const past = await search({ sort: 'newest', page: 9, pageSize: 5 });
        expect(past.hits).toEqual([]);
        expect(past.total).toBe(FIXTURES.length);
      });

      it('clamps pageSize above 100 to 100 (documented choice: clamp, not refuse)', async () => {
        const r = await provider.search({ locale: 'en', pageSize: 500 });
        expect(r.pageSize).toBe(MAX_PAGE_SIZE);
        expect(r.hits).toHaveLength(FIXTURES.length);
      });

      it('defaults to page 1 of 20', async () => {
        const r = await provider.search({ locale: 'en' });
        expect([r.page, r.pageSize, r.hits.length]).toEqual([1, 20, 20]);
      });
    });

    describe('geo', () => {
      it('keeps only listings within the radius around Sofia', async () => {
        const r = await search({ near: { ...SOFIA, radiusKm: 100 } });
        expect(sorted(ids(r))).toEqual(['bg-fire-engine', 'bg-pernik-cleanup', 'bg-sofia-eservices']);
        for (const h of r.hits) expect(h.distanceKm).toBeLessThanOrEqual(100);
        const pernik = r.hits.find((h) => h.document.id === 'bg-pernik-cleanup')!;
        expect(pernik.distanceKm).toBeCloseTo(25.4, 0);
      });

      it('widens to Plovdiv and Niš at 150 km', async () => {
        const r = await search({ near: { ...SOFIA, radiusKm: 150 } });
        expect(sorted(ids(r))).toEqual(['bg-fire-engine', 'bg-pernik-cleanup', 'bg-plovdiv-medical', 'bg-sofia-eservices', 'rs-nis-tractor']);
      });

      it('sorts by distance, nearest first, with distanceKm; listings without coordinates take no part', async () => {
        const r = await search({ near: SOFIA, sort: 'nearest' });
        const located = FIXTURES.filter((d) => d.lat !== undefined);
        const expected = located
          .map((d) => ({ id: d.id, urgent: d.urgent === true, km: haversineKm(SOFIA.lat, SOFIA.lng, d.lat!, d.lng!) }))
          .sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.km - b.km);
        expect(ids(r)).toEqual(expected.map((e) => e.id));
        r.hits.forEach((h, i) => expect(h.distanceKm).toBeCloseTo(expected[i]!.km, 1));
        expect(ids(r)).not.toContain('lt-vilnius-laptops');
      });

      it('browses nearest first when near is given without a sort', async () => {
        const r = await search({ near: { ...SOFIA, radiusKm: 150 }, pageSize: 2 });
        expect(ids(r)).toEqual(['bg-fire-engine', 'bg-sofia-eservices']);
      });

      it('combines words, radius and nearest sort', async () => {
        const r = await search({ q: 'fire engine', near: { ...SOFIA, radiusKm: 300 }, sort: 'nearest' });
        expect(ids(r)).toEqual(['bg-fire-engine', 'gr-thessaloniki-fire']);
      });

      it('refuses sort=nearest without near', async () => {
        await expect(provider.search({ locale: 'en', sort: 'nearest' })).rejects.toBeInstanceOf(InvalidSearchQueryError);
      });
    });

    describe('sorting', () => {
      it('browses newest first without words, open urgent requests before all others', async () => {
        const r = await search({});
        expect(ids(r)).toEqual([...FIXTURES].sort(byUrgentThenNewest).map((d) => d.id));
        expect(ids(r).slice(0, 2)).toEqual(['hu-debrecen-flood', 'mt-valletta-flood']);
      });

      it('puts open urgent requests first in every order, and filters on them', async () => {
        const urgentIds = FIXTURES.filter((d) => d.urgent).map((d) => d.id).sort();
        const relevance = await search({ q: 'flood volunteers' });
        expect(sorted(ids(relevance).slice(0, urgentIds.length))).toEqual(urgentIds);
        const nearest = await search({ near: SOFIA, sort: 'nearest' });
        expect(sorted(ids(nearest).slice(0, urgentIds.length))).toEqual(urgentIds);
        const only = await search({ filters: { urgent: true } });
        expect(sorted(ids(only))).toEqual(urgentIds);
        const others = await search({ filters: { urgent: false, type: 'request' } });
        expect(ids(others).some((id) => urgentIds.includes(id))).toBe(false);
        expect(others.total).toBe(FIXTURES.filter((d) => d.type === 'request' && !d.urgent).length);
      });

      it('orders text matches by date on request', async () => {
        const r = await search({ q: 'fire engine', sort: 'newest' });
        expect(ids(r)).toEqual(['bg-fire-engine', 'de-fire-request', 'gr-thessaloniki-fire', 'ro-cluj-fire']);
      });

      it('puts the listing whose title has the words before ones that only share its category', async () => {
        const r = await search({ q: 'Schoolmeubilair' });
        expect(ids(r)[0]).toBe('nl-utrecht-furniture');
      });
    });

    describe('writes', () => {
      let own: SearchProvider;
      let ownCleanup: (() => Promise<void>) | undefined;
      beforeAll(async () => {
        ({ provider: own, cleanup: ownCleanup } = await makeProvider());
        await own.configure?.();
        await own.index([...FIXTURES]);
      }, 60_000);
      afterAll(async () => {
        await ownCleanup?.();
      });

      it('never shows removed (unpublished, rejected, closed, expired) listings', async () => {
        await own.remove(['bg-fire-engine', 'pl-krakow-computers', 'no-such-id']);
        expect(await own.count()).toBe(FIXTURES.length - 2);
        const fire = await own.search({ locale: 'en', q: 'fire engine', pageSize: 100 });
        expect(ids(fire)).not.toContain('bg-fire-engine');
        const bg = await own.search({ locale: 'en', filters: { country: ['BG'] }, facets: ['country', 'kind'], pageSize: 100 });
        expect(ids(bg)).not.toContain('bg-fire-engine');
        expect(bg.facets.country).toEqual({ BG: 4 });
        expect(bg.facets.kind?.equipment).toBe(1);
        const all = await own.search({ locale: 'en', pageSize: 100 });
        expect(ids(all)).not.toEqual(expect.arrayContaining(['pl-krakow-computers']));
      });

      it('replaces a listing indexed again under the same id', async () => {
        const changed: SearchDocument = {
          ...fixture('hr-zagreb-energy'),
          texts: { hr: { title: 'Solarni paneli za dječji vrtić', description: 'Tražimo solarne panele.' } },
        };
        const before = await own.count();
        await own.index([changed]);
        expect(await own.count()).toBe(before);
        expect(ids(await own.search({ locale: 'hr', q: 'Savjetovanje zgrada' }))).not.toContain('hr-zagreb-energy');
        expect(ids(await own.search({ locale: 'hr', q: 'solarni paneli' }))).toEqual(['hr-zagreb-energy']);
      });

      it('browses a listing indexed again under its new kind, CPV code and municipality only, and a removed one under none', async () => {
        const before = fixture('hr-zagreb-energy');
        const elsewhere = fixture('rs-beograd-school').municipality;
        const moved: SearchDocument = { ...before, kind: 'goods', cpvCodes: ['39160000'], municipality: elsewhere };
        await own.index([moved]);
        const browse = async (filters: SearchFilters) => ids(await own.search({ locale: 'en', filters, pageSize: 100 }));
        expect(await browse({ kind: ['goods'] })).toContain('hr-zagreb-energy');
        expect(await browse({ cpv: ['3916'] })).toContain('hr-zagreb-energy');
        expect(await browse({ municipality: [elsewhere.id] })).toContain('hr-zagreb-energy');
        expect(await browse({ kind: [before.kind] })).not.toContain('hr-zagreb-energy');
        for (const code of before.cpvCodes) expect(await browse({ cpv: [code] })).not.toContain('hr-zagreb-energy');
        expect(await browse({ municipality: [before.municipality.id] })).not.toContain('hr-zagreb-energy');
        await own.remove(['hr-zagreb-energy']);
        expect(await browse({ kind: ['goods'] })).not.toContain('hr-zagreb-energy');
        expect(await browse({ cpv: ['3916'] })).not.toContain('hr-zagreb-energy');
        expect(await browse({ municipality: [elsewhere.id] })).not.toContain('hr-zagreb-energy');
        await own.index([before]);
        expect(await browse({ kind: [before.kind] })).toContain('hr-zagreb-energy');
        expect(await browse({ municipality: [before.municipality.id] })).toContain('hr-zagreb-energy');
      });

      it('reindex replaces everything, from batches', async () => {
        const keep = FIXTURES.filter((d) => d.country !== 'BG');
        await own.reindex(batches(keep, 7));
        expect(await own.count()).toBe(keep.length);
        const r = await own.search({ locale: 'en', pageSize: 100 });
        expect(sorted(ids(r))).toEqual(sorted(keep.map((d) => d.id)));
        expect((await own.search({ locale: 'en', q: 'Bulgaria' })).total).toBe(0);
        // The listing changed before the reindex comes back as the source has it.
        expect(ids(await own.search({ locale: 'hr', q: 'Savjetovanje zgrada' }))).toContain('hr-zagreb-energy');
      });

      it('keeps the writes the sync makes while a reindex runs', async () => {
        let release!: () => void;
        const gate = new Promise<void>((resolve) => (release = resolve));
        async function* source(): AsyncIterable<SearchDocument[]> {
          yield FIXTURES.slice(0, 10);
          await gate;
          yield FIXTURES.slice(10, 20);
        }
        const running = own.reindex(source());
        await new Promise((resolve) => setTimeout(resolve, 50));
        await own.index([FIXTURES[25]!]);
        await own.remove([FIXTURES[0]!.id]);
        release();
        await running;
        expect(await own.count()).toBe(20);
        const all = ids(await own.search({ locale: 'en', pageSize: 100 }));
        expect(all).toContain(FIXTURES[25]!.id);
        expect(all).not.toContain(FIXTURES[0]!.id);
      });

      it('reindex from an array, then from nothing', async () => {
        await own.reindex([...FIXTURES]);
        expect(await own.count()).toBe(FIXTURES.length);
        await own.reindex([]);
        expect(await own.count()).toBe(0);
        expect((await own.search({ locale: 'en' })).total).toBe(0);
      });
    });
  });
}
