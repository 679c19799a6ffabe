import { describe, expect, it } from 'vitest';
import { germanRequestHit } from '../components/__fixtures__/listing-hit';
import { atomFeed, feedTitle } from './atom-feed';
import { parseSearchState } from './search-state';

const state = (query: string) => parseSearchState(new URLSearchParams(query)).state;

describe('the Atom feed', () => {
  it('names its filters in the reader’s language', () => {
    expect(feedTitle('en', state(''))).toBe('New listings on Community Sharing');
    expect(feedTitle('bg', state('kind=goods&country=BG'))).toBe('Нови обяви в Community Sharing: Стоки, България');
  });

  it('is well-formed Atom with escaped member text and the text’s language', () => {
    const xml = atomFeed({ locale: 'bg', origin: 'https://sharing.example.eu', state: state('kind=business-partnership'), hits: [germanRequestHit] });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="bg">/);
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://sharing.example.eu/bg/feed.xml?kind=business-partnership"/>');
    expect(xml).toContain('<id>https://sharing.example.eu/bg/listings/geschaftspartner-fur-unsere-winzer-gesucht-353268</id>');
    expect(xml).toContain('<title xml:lang="de">Geschäftspartner für unsere Winzer gesucht &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(xml).toContain('<category term="business-partnership" label="Бизнес партньорство"/>');
    expect(xml).toContain('<updated>2026-11-27T17:15:00.000Z</updated>');
    expect(xml).not.toContain('<script>');
  });
});
