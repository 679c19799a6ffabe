// /{locale}/account/data/export: the member's data as the CMS exports it (JSON, as a download).
import type { APIRoute } from 'astro';
import { accounts } from '../../../../lib/accounts-client';
import { localizedPath } from '../../../../lib/urls';

export const GET: APIRoute = async ({ locals, redirect }) => {
  const member = locals.member;
  if (!member) return redirect(`${localizedPath(locals.locale, 'login')}?next=${encodeURIComponent(localizedPath(locals.locale, 'account/data'))}`, 303);
  const response = await accounts.exportData(member.jwt);
  if (!response.ok) return new Response(null, { status: response.status === 401 ? 403 : 502 });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(response.body, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="community-sharing-my-data-${day}.json"`,
      'Cache-Control': 'private, no-store',
    },
  });
};
