// /robots.txt: everything public may be crawled except endless search combinations and the log-in page.
import type { APIRoute } from 'astro';
import { publicOrigin } from '../lib/public-origin';

export const GET: APIRoute = ({ url }) =>
  new Response(
    ['User-agent: *', 'Allow: /', 'Disallow: /*/listings?', 'Disallow: /*/login', '', `Sitemap: ${publicOrigin(url)}/sitemap.xml`, ''].join('\n'),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=86400' } },
  );
