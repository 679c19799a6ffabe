import { LOCALE_CODES } from '@community-sharing/config';
import { describe, expect, it } from 'vitest';
import { localeSitemap, sitemapIndex } from './sitemap';

describe('sitemaps', () => {
  it('index one sitemap per locale', () => {
    const xml = sitemapIndex('https://sharing.example.eu');
    expect(xml.match(/<sitemap>/g)).toHaveLength(LOCALE_CODES.length);
    expect(xml).toContain('<loc>https://sharing.example.eu/sitemaps/sr-Latn-ME.xml</loc>');
  });

  it('list each page with its alternates in every locale and x-default', () => {
    const xml = localeSitemap('https://sharing.example.eu', 'el', [{ segments: ['listings', 'a-b'], lastmod: '2026-11-27T17:15:00.000Z' }]);
    expect(xml).toContain('<loc>https://sharing.example.eu/el/listings/a-b</loc>');
    expect(xml).toContain('<lastmod>2026-11-27</lastmod>');
    expect(xml.match(/<xhtml:link /g)).toHaveLength(LOCALE_CODES.length + 1);
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://sharing.example.eu/en/listings/a-b"/>');
  });
});
