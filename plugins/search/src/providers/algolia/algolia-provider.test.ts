// The shared contract against the algolia provider talking to an in-memory Algolia through the client's
// pluggable requester, then the HTTP requests themselves: settings, search parameters, writes, failures.
import { beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, SOFIA, fixture } from '../../contract/fixtures';
import { describeProviderContract } from '../../contract/provider-contract';
import { normalizeQuery } from '../../contract/query';
import { SearchUnavailableError, type SearchDocument } from '../../contract/types';
import { createAlgoliaProvider } from './algolia-provider';
import { isUnavailable } from './errors';
import { createFakeAlgolia, type FakeAlgolia } from './fake-algolia-server';
import { filtersString, toAlgoliaSearch } from './params';
import { RECORD_BUDGET, toRecord, type ListingRecord } from './records';

const CREDENTIALS = { appId: 'TESTAPP', apiKey: 'admin-key' };

function setup(): { fake: FakeAlgolia; provider: ReturnType<typeof createAlgoliaProvider> } {
  const fake = createFakeAlgolia(CREDENTIALS);
  const provider = createAlgoliaProvider({ ...CREDENTIALS, indexName: 'listings', requester: fake.requester });
  return { fake, provider };
}

describeProviderContract('algolia (fake service behind the requester)', async () => ({ provider: setup().provider }));

describe('algolia provider: HTTP requests', () => {
  let fake: FakeAlgolia;
  let provider: ReturnType<typeof createAlgoliaProvider>;
  beforeEach(() => {
    ({ fake, provider } = setup());
  });

  const lastSearch = (): { path: string; body: Record<string, unknown> } => {
    const r = fake.requestsTo(/\/query$/, 'POST').at(-1)!;
    return { path: r.path, body: r.body as Record<string, unknown> };
  };

  it('configure() pushes the index settings and the newest-first virtual replica', async () => {
    await provider.configure();
    const [primary, replica] = fake.requestsTo('/settings', 'PUT');
    expect(primary!.path).toBe('/1/indexes/listings/settings');
    expect(primary!.query.forwardToReplicas).toBe('false');
    expect(primary!.headers['x-algolia-application-id']).toBe('TESTAPP');
    expect(primary!.headers['x-algolia-api-key']).toBe('admin-key');
    const s = primary!.body as Record<string, unknown>;
    expect(s.searchableAttributes).toEqual([
      'unordered(titles)', 'unordered(places)', 'unordered(cpvTerms)', 'unordered(kindTerms)', 'unordered(countryTerms)', 'unordered(descriptions)',
    ]);
    expect(s.attributesForFaceting).toEqual([
      'type', 'kind', 'cpvDivisions', 'country', 'municipalityId', 'delivery', 'workingLanguages', 'filterOnly(cpvPrefixes)', 'filterOnly(urgent)',
    ]);
    expect(s.ranking[0]).toBe('desc(urgent)');
    expect(s.customRanking).toEqual(['desc(publishedAtTs)']);
    expect(s.replicas).toEqual(['virtual(listings_newest)']);
    expect(s.queryLanguages).toEqual(s.indexLanguages);
    expect(s.queryLanguages).toEqual(expect.arrayContaining(['bg', 'de', 'el', 'en', 'mt', 'sq']));
    for (const unsupported of ['hr', 'sl', 'sr', 'bs', 'mk']) expect(s.queryLanguages).not.toContain(unsupported);
    expect(s.removeStopWords).not.toContain('bg');
    expect(s).toMatchObject({
      ignorePlurals: true,
      removeWordsIfNoResults: 'allOptional',
      disableTypoToleranceOnAttributes: ['cpvTerms', 'kindTerms', 'countryTerms'],
      attributesToHighlight: [],
    });
    expect(replica!.path).toBe('/1/indexes/listings_newest/settings');
    expect(replica!.body).toEqual({ customRanking: ['desc(urgent)', 'desc(publishedAtTs)'], relevancyStrictness: 0 });
    expect(fake.index('listings_newest')).toMatchObject({ primary: 'listings', virtual: true });
    // Each settings task is awaited.
    expect(fake.requestsTo(/\/task\/\d+$/, 'GET').length).toBeGreaterThanOrEqual(2);
  });

  describe('search parameters', () => {
    beforeEach(async () => {
      await provider.configure();
      await provider.index([...FIXTURES]);
    });

    it('turns filters into a filters string: AND across fields, OR within one', async () => {
      await provider.search({ locale: 'en', filters: { type: 'offer', country: ['BG', 'RS'] } });
      expect(lastSearch().body.filters).toBe('type:offer AND (country:BG OR country:RS)');
    });

    it('queries the primary with the folded words for relevance, the virtual replica for newest', async () => {
      await provider.search({ locale: 'sr-Cyrl', q: 'Школске клупе' });
      expect(lastSearch()).toMatchObject({ path: '/1/indexes/listings/query', body: { query: 'skolske klupe' } });
      await provider.search({ locale: 'en', q: 'fire engine', sort: 'newest' });
      expect(lastSearch().path).toBe('/1/indexes/listings_newest/query');
      await provider.search({ locale: 'en' });
      expect(lastSearch()).toMatchObject({ path: '/1/indexes/listings_newest/query', body: { query: '' } });
    });

    it('sends 0-based pages, hitsPerPage and the facet attributes', async () => {
      await provider.search({ locale: 'en', page: 3, pageSize: 7, facets: ['cpvDivision', 'municipality', 'workingLanguage'] });
      expect(lastSearch().body).toMatchObject({ page: 2, hitsPerPage: 7, facets: ['cpvDivisions', 'municipalityId', 'workingLanguages'] });
    });

    it('sends aroundLatLng and aroundRadius in metres; ranks by distance only for sort=nearest', async () => {
      const r = await provider.search({ locale: 'en', near: { ...SOFIA, radiusKm: 100 }, sort: 'nearest' });
      expect(lastSearch().body).toMatchObject({ aroundLatLng: '42.6977,23.3219', aroundRadius: 100000 });
      expect(lastSearch().body).not.toHaveProperty('aroundPrecision');
      expect(r.hits[0]!.distanceKm).toBeLessThan(1);
      await provider.search({ locale: 'en', q: 'fire', near: SOFIA, sort: 'relevance' });
      expect(lastSearch().body).toMatchObject({ aroundRadius: 'all', aroundPrecision: 20_000_000 });
    });

    it('maps facet counts back to facet names', async () => {
      const r = await provider.search({ locale: 'en', filters: { country: ['BG'] }, facets: ['municipality', 'cpvDivision'] });
      expect(r.facets.municipality).toEqual({ 'mun-stolichna': 2, 'mun-plovdiv': 1, 'mun-shumen': 1, 'mun-pernik': 1 });
      expect(r.facets.cpvDivision).toEqual({ '34': 1, '33': 1, '44': 1 });
    });
  });

  describe('filters string', () => {
    it('quotes values that are not plain words and covers every filter', () => {
      const q = normalizeQuery({
        locale: 'en',
        filters: {
          kind: ['interim-managers'], cpv: ['3414', '30213000'], municipality: ['mun-sofia'], delivery: ['on-site', 'pickup'],
          workingLanguage: ['sr-Latn'],
        },
      });
      expect(filtersString(q.filters)).toBe(
        'kind:"interim-managers" AND (cpvPrefixes:3414 OR cpvPrefixes:30213000) AND municipalityId:"mun-sofia" AND ' +
          '(delivery:"on-site" OR delivery:pickup) AND workingLanguages:"sr-Latn"',
      );
      expect(filtersString({ municipality: ['a"b\\c'] })).toBe('municipalityId:"a\\"b\\\\c"');
      expect(toAlgoliaSearch(normalizeQuery({ locale: 'en' }), 'x').params).not.toHaveProperty('filters');
    });
  });

  describe('writes', () => {
    it('index() sends one addObject per listing, keyed by documentId, and waits for the task', async () => {
      await provider.index([fixture('bg-fire-engine'), fixture('de-fire-request')]);
      const [batch] = fake.requestsTo('/1/indexes/listings/batch', 'POST');
      const requests = (batch!.body as { requests: { action: string; body: ListingRecord }[] }).requests;
      expect(requests.map((r) => [r.action, r.body.objectID])).toEqual([
        ['addObject', 'bg-fire-engine'],
        ['addObject', 'de-fire-request'],
      ]);
      const rec = requests[0]!.body;
      expect(rec.titles).toEqual(['pozaren avtomobil v izpravnost']);
      expect(rec.places).toEqual(['stolicna', 'stolichna']); // the Cyrillic name folded, and the Latin one as given
      expect(rec.cpvTerms).toEqual(expect.arrayContaining(['firefighting', 'vehicles', 'feuerwehrfahrzeuge', 'engines', 'pozarni']));
      expect(rec.countryTerms).toEqual(expect.arrayContaining(['balgaria', 'bulgaria', 'bugarska', 'voulgaria']));
      expect(rec.kindTerms).toEqual(expect.arrayContaining(['equipment', 'oborudvane']));
      expect(rec.cpvPrefixes).toEqual(['3', '34', '341', '3414', '34144', '341442', '3414421', '34144210']);
      expect(rec).toMatchObject({ cpvDivisions: ['34'], municipalityId: 'mun-stolichna', _geoloc: { lat: 42.6977, lng: 23.3219 } });
      expect(rec.publishedAtTs).toBe(Date.parse('2026-10-01T09:00:00.000Z') / 1000);
      expect(fake.requestsTo(/\/listings\/task\/\d+$/, 'GET')).toHaveLength(1);
    });

    it('remove() sends deleteObject with the objectIDs', async () => {
      await provider.remove(['a1', 'b2']);
      const [batch] = fake.requestsTo('/1/indexes/listings/batch', 'POST');
      expect(batch!.body).toEqual({ requests: [{ action: 'deleteObject', body: { objectID: 'a1' } }, { action: 'deleteObject', body: { objectID: 'b2' } }] });
    });

    it('reindex() fills a temporary index and moves it over the live one, keeping the replica', async () => {
      await provider.configure();
      await provider.index([...FIXTURES]);
      fake.requests.length = 0;
      await provider.reindex([FIXTURES.slice(0, 3)].flat());
      const ops = fake.requestsTo('/operation', 'POST');
      expect(ops).toHaveLength(2);
      const [copy, move] = ops as [typeof ops[0], typeof ops[0]];
      const tmp = (copy.body as { destination: string }).destination;
      expect(tmp).toMatch(/^listings_reindex_/);
      expect(copy).toMatchObject({ path: '/1/indexes/listings/operation', body: { operation: 'copy', scope: ['settings', 'synonyms', 'rules'] } });
      expect(fake.requestsTo(`/1/indexes/${tmp}/batch`, 'POST')).toHaveLength(1);
      expect(move).toMatchObject({ path: `/1/indexes/${tmp}/operation`, body: { operation: 'move', destination: 'listings' } });
      expect(fake.index(tmp)).toBeUndefined();
      expect(fake.index('listings')!.records.size).toBe(3);
      expect(fake.index('listings')!.settings.replicas).toEqual(['virtual(listings_newest)']);
      const newest = await provider.search({ locale: 'en', sort: 'newest' });
      expect(newest.hits.map((h) => h.document.id)).toEqual(['bg-fire-engine', 'de-fire-request', 'rs-beograd-school']);
    });

    it('reindex() on a fresh application configures the index first', async () => {
      await provider.reindex([fixture('bg-fire-engine')]);
      expect(fake.requestsTo('/1/indexes/listings/settings', 'PUT')).toHaveLength(1);
      expect(await provider.count()).toBe(1);
    });
  });

  describe('records', () => {
    it('stay under the size budget, cutting long descriptions first', () => {
      const long = 'Ausführliche Beschreibung der Ausrüstung und ihres Zustands. '.repeat(120);
      const doc: SearchDocument = {
        ...fixture('de-fire-request'),
        cpvCodes: ['34144210', '35110000', '34144213', '33100000', '30213000'],
        texts: Object.fromEntries(['de', 'en', 'fr', 'bg', 'pl'].map((l) => [l, { title: `Titel ${l}`, description: long }])),
      };
      const record = toRecord(doc);
      expect(Buffer.byteLength(JSON.stringify(record))).toBeLessThanOrEqual(RECORD_BUDGET);
      expect(record.texts.de!.title).toBe('Titel de');
      expect(record.texts.de!.description.endsWith('…')).toBe(true);
      expect(record.cpvTerms).toContain('feuerwehrfahrzeuge');
    });

    it('leave ordinary listings untouched', () => {
      for (const doc of FIXTURES) {
        const record = toRecord(doc);
        expect(record.texts).toEqual(doc.texts);
        expect(Buffer.byteLength(JSON.stringify(record))).toBeLessThanOrEqual(RECORD_BUDGET);
      }
    });
  });

  describe('failures', () => {
    it.each(['network', 'timeout', 'throw', 503] as const)('a requester failure (%s) surfaces as SearchUnavailableError', async (outage) => {
      fake.outage = outage;
      await expect(provider.search({ locale: 'en', q: 'fire' })).rejects.toBeInstanceOf(SearchUnavailableError);
      await expect(provider.index([fixture('bg-fire-engine')])).rejects.toBeInstanceOf(SearchUnavailableError);
      await expect(provider.remove(['bg-fire-engine'])).rejects.toBeInstanceOf(SearchUnavailableError);
      await expect(provider.count()).rejects.toBeInstanceOf(SearchUnavailableError);
      // The client tried every host before giving up.
      expect(new Set(fake.requests.map((r) => r.path)).size).toBeGreaterThan(0);
    });

    it('recovers once Algolia answers again', async () => {
      fake.outage = 'network';
      await expect(provider.count()).rejects.toBeInstanceOf(SearchUnavailableError);
      fake.outage = false;
      await provider.index([fixture('bg-fire-engine')]);
      expect(await provider.count()).toBe(1);
    });

    it('a refused request (4xx) is a bug, not an outage', async () => {
      fake.outage = 400;
      const err = await provider.search({ locale: 'en' }).catch((e: unknown) => e);
      expect(err).not.toBeInstanceOf(SearchUnavailableError);
      expect(err).toMatchObject({ status: 400 });
    });

    it('treats rate limiting that outlasts the retries as unavailable', () => {
      expect(isUnavailable({ name: 'ApiError', status: 429 })).toBe(true);
      expect(isUnavailable({ name: 'RetryError' })).toBe(true);
      expect(isUnavailable({ name: 'ApiError', status: 404 })).toBe(false);
    });

    it('wrong credentials are refused, not mistaken for an outage', async () => {
      const other = createAlgoliaProvider({ appId: 'TESTAPP', apiKey: 'wrong', indexName: 'listings', requester: fake.requester });
      const err = await other.count().catch((e: unknown) => e);
      expect(err).not.toBeInstanceOf(SearchUnavailableError);
      expect(err).toMatchObject({ status: 403 });
    });
  });
});
