// The sitemaps: /sitemap.xml is an index of one sitemap per locale, and each lists every public page in that
// locale with its hreflang alternates in all the others (as search engines ask: every version lists them all).
import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '@community-sharing/config';
import { localizedPath } from './urls';
import { escapeXml } from './xml';

/** One page of the portal, locale-free: its path segments after /{locale}/, and when it last changed. */
export interface SitemapPage {
  segments: string[];
  lastmod?: string;
}

/** Returns the sitemap index naming the per-locale sitemaps. */
export function sitemapIndex(origin: string): string {
  const items = LOCALE_CODES.map((locale) => `  <sitemap><loc>${escapeXml(`${origin}/sitemaps/${locale}.xml`)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="utf-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${items.join('\n')}
</sitemapindex>
`;
}

/** Returns the sitemap of one locale: each page in that locale, with its alternates in every locale and x-default. */
export function localeSitemap(origin: string, locale: LocaleCode, pages: SitemapPage[]): string {
  const urls = pages.map((page) => {
    const href = (l: LocaleCode) => escapeXml(origin + localizedPath(l, ...page.segments));
    const alternates = LOCALE_CODES.map((l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${href(l)}"/>`);
    alternates.push(`    <xhtml:link rel="alternate" hreflang="x-default" href="${href(DEFAULT_LOCALE)}"/>`);
    const lastmod = page.lastmod ? `\n    <lastmod>${escapeXml(page.lastmod.slice(0, 10))}</lastmod>` : '';
    return `  <url>\n    <loc>${href(locale)}</loc>${lastmod}\n${alternates.join('\n')}\n  </url>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
}
