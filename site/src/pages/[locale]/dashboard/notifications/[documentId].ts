// /{locale}/dashboard/notifications/{documentId}: opens a notification. It is marked read (the CMS checks it is
// this member's) and the member is sent where it leads; a link in the dashboard, so it works without script.
import type { APIRoute } from 'astro';
import { accounts } from '../../../../lib/accounts-client';
import { notificationHref } from '../../../../lib/notifications';
import { loginRedirect } from '../../../../lib/require-member';
import { localizedPath } from '../../../../lib/urls';

export const GET: APIRoute = async (context) => {
  const { locale, member } = context.locals;
  if (!member) return loginRedirect(context);
  const result = await accounts.readNotification(member.jwt, context.params.documentId ?? '');
  // Another municipality's notification is answered as one that does not exist.
  if (!result.ok) return new Response(null, { status: 404 });
  const target = notificationHref(locale, result.data.data) ?? `${localizedPath(locale, 'dashboard')}#notifications`;
  return context.redirect(target, 303);
};
