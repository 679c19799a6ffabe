// The text index remembers what each query word reaches by prefix and by typos; a term new to the index must
// make it look again, or a listing added after the first search would stay unfound by a typo or a prefix.
import { describe, expect, it } from 'vitest';
import { fixture } from '../../contract/fixtures';
import type { SearchDocument } from '../../contract/types';
import { TextIndex } from './text-index';

const withTitle = (id: string, title: string): SearchDocument => ({ ...fixture('bg-fire-engine'), id, texts: { en: { title, description: '' } } });

describe('TextIndex word expansions', () => {
  it('finds by typo and by prefix a term added after the word was first searched', () => {
    const index = new TextIndex();
    index.upsert(0, withTitle('a', 'Old tractor'));
    expect(index.match(['generatr'], 1).slots).toEqual([]);
    expect(index.match(['genera'], 1).slots).toEqual([]);

    index.upsert(1, withTitle('b', 'Diesel generator'));
    expect(index.match(['generatr'], 2).slots).toEqual([1]); // one typo
    expect(index.match(['genera'], 2).slots).toEqual([1]); // prefix of the last word
  });

  it('stops finding a listing once its text is discarded, expansions remembered or not', () => {
    const index = new TextIndex();
    index.upsert(0, withTitle('a', 'Diesel generator'));
    expect(index.match(['generatr'], 1).slots).toEqual([0]);
    index.discard(0);
    expect(index.match(['generatr'], 1).slots).toEqual([]);
  });
});
