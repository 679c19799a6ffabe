// /sitemap.xml: the index of the per-locale sitemaps.
import type { APIRoute } from 'astro';
import { publicOrigin } from '../lib/public-origin';
import { sitemapIndex } from '../lib/sitemap';
import { xmlResponse } from '../lib/xml';

export const GET: APIRoute = ({ url }) => xmlResponse(sitemapIndex(publicOrigin(url)));
