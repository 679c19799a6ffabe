// GET /api/municipality-options?q=&country=: the registration form's type-ahead (the browser only talks to the
// portal; the portal asks the CMS).
import type { APIRoute } from 'astro';
import { accounts } from '../../lib/accounts-client';

export const GET: APIRoute = async ({ url }) => {
  const q = (url.searchParams.get('q') ?? '').slice(0, 100);
  const country = url.searchParams.get('country') ?? undefined;
  if (q.trim().length < 2) return Response.json({ data: [] });
  const result = await accounts.municipalityOptions(q, country && /^[A-Z]{2}$/.test(country) ? country : undefined, 15);
  return Response.json(result.ok ? result.data : { data: [] }, { status: result.ok ? 200 : 400, headers: { 'Cache-Control': 'no-store' } });
};
