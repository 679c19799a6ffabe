// The text tools under the embedded engine: query words, CPV label codes, the concept vocabulary.
import { describe, expect, it } from 'vitest';
import { allCpvCodes } from '@community-sharing/config';
import { childCodes, labelCodesFor, parentWithChildLabels } from './cpv-terms';
import { queryTokens } from './tokens';
import { conceptStem, loadVocabulary } from './vocabulary';

describe('queryTokens', () => {
  it('folds scripts to one loose key and drops stop words when others remain', () => {
    expect(queryTokens('Шумен')).toEqual(queryTokens('Shumen'));
    expect(queryTokens('Пожарен автомобил за общината')).toEqual(['pozaren', 'avtomobil', 'obstinata']);
    expect(queryTokens('the')).toEqual(['te']);
    expect(queryTokens('a b c d e f g h i j k l m n o p').length).toBeLessThanOrEqual(12);
  });
});

describe('CPV label codes', () => {
  it('adds the children of a 7-significant-digit code, and finds the parent back', () => {
    expect(childCodes('34144210')).toContain('34144213');
    expect(labelCodesFor('34144210')).toEqual(['34144210', ...childCodes('34144210')]);
    expect(parentWithChildLabels('34144213')).toBe('34144210');
    expect(childCodes('34144000')).toEqual([]);
    expect(parentWithChildLabels('34144200')).toBeUndefined();
    expect(labelCodesFor('99999999')).toEqual([]);
  });
});

describe('concept vocabulary', () => {
  it('stems long words a little', () => {
    expect([conceptStem('fire'), conceptStem('engine'), conceptStem('pozaren')]).toEqual(['fire', 'engin', 'pozar']);
  });

  it('names CPV codes, kinds and countries in any language', async () => {
    const v = await loadVocabulary();
    const code = (c: string): number => allCpvCodes().indexOf(c);
    expect([...v.match('engine').cpv]).toEqual(expect.arrayContaining([code('34144213'), code('34144210')]));
    expect([...v.match('feuerwehrfahrzeug').cpv]).toContain(code('34144210'));
    expect(v.match('bulgaria').countries).toEqual(['BG']);
    expect(v.match('balgaria').countries).toEqual(['BG']);
    expect(v.match('waren').kinds).not.toBe(0);
    expect(v.match('xylophonequartet')).toMatchObject({ kinds: 0, countries: [] });
  }, 30_000);
});
