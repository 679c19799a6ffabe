import { describe, expect, it } from 'vitest';
import { facetGroups } from './facet-groups';
import { parseSearchState } from './search-state';

const state = (query: string) => parseSearchState(new URLSearchParams(query)).state;

describe('facetGroups', () => {
  const counts = {
    kind: { goods: 3, equipment: 7 },
    cpvDivision: { '34': 5, '39': 2 },
    country: { BG: 4, RS: 2, AT: 9 },
    municipality: { abcdefghij1234567890: 2 },
    delivery: { remote: 1, pickup: 6 },
    workingLanguage: { de: 2, 'sr-Cyrl': 1 },
  };

  it('names every value in the visitor’s language and counts it', () => {
    const groups = facetGroups(state(''), counts, 'bg', new Map([['abcdefghij1234567890', 'Белоградчик']]));
    const byParam = Object.fromEntries(groups.map((g) => [g.param, g]));
    expect(byParam.kind!.options.map((o) => [o.label, o.count])).toEqual([['Оборудване', 7], ['Стоки', 3]]); // platform order
    expect(byParam.country!.options[0]).toEqual({ value: 'AT', label: 'Австрия', count: 9, checked: false }); // most first
    expect(byParam.cpv!.options[0]!.label).toMatch(/^Транспортно оборудване/);
    expect(byParam.municipality!.options[0]!.label).toBe('Белоградчик');
    expect(byParam.delivery!.options.map((o) => o.value)).toEqual(['pickup', 'remote']);
    expect(byParam.language!.options.map((o) => o.label)).toEqual(['Немски', 'Сръбски (кирилица)']);
  });

  it('keeps a chosen value on the form, first, even when nothing matches it', () => {
    const groups = facetGroups(state('country=MT'), counts, 'en');
    const country = groups.find((g) => g.param === 'country')!;
    expect(country.options[0]).toEqual({ value: 'MT', label: 'Malta', count: 0, checked: true });
  });

  it('leaves out groups with nothing to choose', () => {
    expect(facetGroups(state(''), { kind: { goods: 1 } }, 'en').map((g) => g.param)).toEqual(['kind']);
  });
});
