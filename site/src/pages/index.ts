// /: sends the visitor to the home page in the best of their browser's languages.
import { matchLocale } from '@community-sharing/config';
import type { APIRoute } from 'astro';
import { localizedPath } from '../lib/urls';

export const GET: APIRoute = ({ request }) =>
  new Response(null, {
    status: 302,
    headers: { Location: localizedPath(matchLocale(request.headers.get('accept-language'))), Vary: 'Accept-Language', 'Cache-Control': 'private, no-cache' },
  });
