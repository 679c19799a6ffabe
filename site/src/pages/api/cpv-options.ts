// GET /api/cpv-options?q=&locale=: the listing form's CPV type-ahead, from the CMS.
import { isLocaleCode } from '@community-sharing/config';
import type { APIRoute } from 'astro';
import { accounts } from '../../lib/accounts-client';

export const GET: APIRoute = async ({ url }) => {
  const q = (url.searchParams.get('q') ?? '').slice(0, 100);
  const locale = url.searchParams.get('locale') ?? 'en';
  if (q.trim().length < 2 || !isLocaleCode(locale)) return Response.json({ data: [] });
  const result = await accounts.cpvOptions(q, locale, 12);
  return Response.json(result.ok ? result.data : { data: [] }, { headers: { 'Cache-Control': 'public, max-age=300' } });
};
