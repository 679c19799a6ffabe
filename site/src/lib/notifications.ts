// Where a notification leads on the portal: the CMS gives a path without the locale ('/listings/<slug>'), or for
// an exchange's events the exchange's documentId.
import type { LocaleCode } from '@community-sharing/config';
import type { MemberNotification } from './accounts-client';
import { localizedPath } from './urls';

export function notificationHref(locale: LocaleCode, notification: Pick<MemberNotification, 'link' | 'data'>): string | undefined {
  const link = notification.link;
  // Only a path of this portal, never another site ('//evil', 'https:').
  if (typeof link === 'string' && /^\/[A-Za-z0-9._~%-]/.test(link) && !link.startsWith('//') && !link.includes('\\')) return `/${locale}${link}`;
  const exchange = notification.data?.exchangeDocumentId;
  if (typeof exchange === 'string' && /^[a-z0-9]{10,40}$/.test(exchange)) return localizedPath(locale, 'dashboard/exchanges', exchange);
  return undefined;
}
