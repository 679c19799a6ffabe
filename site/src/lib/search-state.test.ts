import { describe, expect, it } from 'vitest';
import { effectiveSort, facetCountRequests, parseSearchState, searchQueryString, toSearchRequest, toggleFilter, withPage } from './search-state';

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe('parseSearchState', () => {
  it('reads every part of a shared search URL', () => {
    const { state, ignored } = parse('q=fire+engine&type=request&kind=equipment&country=bg&country=RS&cpv=34&delivery=pickup&language=sr-Cyrl&sort=newest&page=3');
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      q: 'fire engine',
      type: 'request',
      filters: { kind: ['equipment'], cpv: ['34'], country: ['BG', 'RS'], municipality: [], delivery: ['pickup'], language: ['sr-Cyrl'] },
      sort: 'newest',
      page: 3,
    });
  });

  it('accepts comma lists and drops duplicates', () => {
    expect(parse('country=BG,RS,BG').state.filters.country).toEqual(['BG', 'RS']);
  });

  it('drops what it cannot use and names it', () => {
    const { state, ignored } = parse('type=gift&kind=spaceships&country=UK&cpv=x1&page=0&sort=cheapest&municipality=DROP%20TABLE');
    expect(state).toEqual(parse('').state);
    expect(ignored.sort()).toEqual(['country', 'cpv', 'kind', 'municipality', 'page', 'sort', 'type']);
  });
});

describe('search URLs', () => {
  it('writes a state back into the same query (page 1 left out)', () => {
    const { state } = parse('q=fire&country=BG&country=RS&page=1');
    expect(searchQueryString(state)).toBe('?q=fire&country=BG&country=RS');
    expect(searchQueryString(withPage(state, 4))).toBe('?q=fire&country=BG&country=RS&page=4');
  });

  it('toggles a filter value and goes back to page 1', () => {
    const { state } = parse('country=BG&page=5');
    expect(searchQueryString(toggleFilter(state, 'country', 'RS'))).toBe('?country=BG&country=RS');
    expect(searchQueryString(toggleFilter(state, 'country', 'BG'))).toBe('');
  });
});

describe('CMS queries', () => {
  it('asks for results with every facet, newest first without words', () => {
    const request = toSearchRequest(parse('country=BG&page=2').state, 'bg');
    expect(request).toMatchObject({ locale: 'bg', country: ['BG'], sort: 'newest', page: 2, pageSize: 20 });
    expect(request.facets).toContain('municipality');
    expect(toSearchRequest(parse('q=fire').state, 'en').sort).toBe('relevance');
  });

  it('asks once more per filter in use, without that filter, to count its other values', () => {
    const extra = facetCountRequests(parse('type=offer&country=BG&kind=goods').state, 'en');
    expect(extra.map((e) => e.param).sort()).toEqual(['country', 'kind', 'type']);
    const country = extra.find((e) => e.param === 'country')!.request;
    expect(country).toMatchObject({ country: undefined, kind: ['goods'], type: 'offer', pageSize: 1, facets: ['country'] });
  });
});

describe('distance from a municipality', () => {
  const origin = { lat: 42.5, lng: 27.47 };

  it('reads near and an offered radius, and refuses other radii by name', () => {
    expect(parse('near=Бургас&radius=100').state).toMatchObject({ near: 'Бургас', radius: 100 });
    const { state, ignored } = parse('near=Burgas&radius=77');
    expect(state.radius).toBeUndefined();
    expect(ignored).toEqual(['radius']);
  });

  it('keeps near and radius in the shared URL, and drops a radius without near', () => {
    expect(searchQueryString(parse('near=Burgas&radius=50&sort=nearest').state)).toBe('?near=Burgas&radius=50&sort=nearest');
    expect(searchQueryString(parse('radius=50').state)).toBe('');
  });

  it('asks the CMS for distances from the place found, nearest first by default without words', () => {
    const { state } = parse('near=Burgas&radius=250');
    const request = toSearchRequest(state, 'bg', origin);
    expect(request).toMatchObject({ near: '42.5,27.47', radiusKm: 250, sort: 'nearest' });
    expect(toSearchRequest({ ...state, q: 'truck' }, 'bg', origin).sort).toBe('relevance');
    for (const { request: count } of facetCountRequests({ ...state, filters: { ...state.filters, country: ['BG'] } }, 'bg', origin)) expect(count.near).toBe('42.5,27.47');
  });

  it('never asks for nearest, or a radius, when the place was not found', () => {
    const { state } = parse('near=Nowhere&radius=50&sort=nearest');
    expect(effectiveSort(state)).toBe('newest');
    const request = toSearchRequest(state, 'en');
    expect(request.near).toBeUndefined();
    expect(request.radiusKm).toBeUndefined();
    expect(request.sort).toBe('newest');
  });
});
