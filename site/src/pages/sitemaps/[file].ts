// /sitemaps/{locale}.xml: every public page of the portal in one locale, with its alternates.
import { isLocaleCode } from '@community-sharing/config';
import type { APIRoute } from 'astro';
import { cms } from '../../lib/cms-client';
import { publicOrigin } from '../../lib/public-origin';
import { localeSitemap, type SitemapPage } from '../../lib/sitemap';
import { xmlResponse } from '../../lib/xml';

const PAGE_SIZE = 100;

export const GET: APIRoute = async ({ params, url }) => {
  const locale = (params.file ?? '').replace(/\.xml$/, '');
  if (!isLocaleCode(locale) || !params.file?.endsWith('.xml')) return new Response(null, { status: 404 });
  const first = await cms.search({ locale, sort: 'newest', page: 1, pageSize: PAGE_SIZE, facets: ['type'] });
  const pageCount = Math.min(1000, Math.ceil(first.total / PAGE_SIZE));
  const [rest, municipalities, pages, articles] = await Promise.all([
    Promise.all(Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => cms.search({ locale, sort: 'newest', page: i + 2, pageSize: PAGE_SIZE, facets: ['type'] }))),
    cms.allMunicipalities(),
    cms.pages(locale),
    cms.articles(locale),
  ]);
  const listings = [first, ...rest].flatMap((r) => r.hits);
  const entries: SitemapPage[] = [
    { segments: [] },
    { segments: ['listings'] },
    { segments: ['municipalities'] },
    { segments: ['impact'] },
    { segments: ['news'] },
    { segments: ['privacy'] },
    ...pages.map(({ entry }) => ({ segments: ['pages', entry.slug], lastmod: entry.updatedAt })),
    ...articles.map(({ entry }) => ({ segments: ['news', entry.slug], lastmod: entry.updatedAt })),
    ...municipalities.map((m) => ({ segments: ['municipalities', m.slug] })),
    ...listings.map((hit) => ({ segments: ['listings', hit.slug], lastmod: hit.publishedAt })),
  ];
  return xmlResponse(localeSitemap(publicOrigin(url), locale, entries), 'application/xml; charset=utf-8', 3600);
};
