// Notification texts for one reader: the portal's one-line title and the mail's subject and body, in the reader's
// language, from the event and its data. Data is what notify() stored (titles as their authors wrote them).
import { getLocale, isLocaleCode, type LocaleCode } from '@community-sharing/config';
import { fill, notificationMessages } from '../mail/messages/notifications';
import { runtimeEnv } from '../runtime/environment';

export type ReasonsDescriber = (reasons: unknown[], locale: string, side: 'offer' | 'request') => string;

export interface RenderedNotification {
  /** One line: the portal list's title and a single mail's subject. */
  title: string;
  /** Body paragraphs of a single mail (without the link and footer). */
  lines: string[];
  /** Absolute portal URL of data.link in the reader's locale, when the data has a link. */
  url: string | null;
}

const URGENCY_TYPES = ['flood', 'fire', 'earthquake', 'other'] as const;

/** A portal path (data.link, e.g. /listings/slug) as an absolute URL in the reader's locale. */
export function portalUrl(link: unknown, locale: LocaleCode): string | null {
  if (typeof link !== 'string' || !link.startsWith('/')) return null;
  return `${runtimeEnv().PUBLIC_SITE_URL}/${locale}${link}`;
}

function municipalityName(m: any): string {
  return String(m?.name ?? m?.nameLatin ?? '');
}

/** Renders one notification for a reader in `locale`; `describeReasons` renders a match's reasons (matching plugin). */
export function renderNotification(event: string, data: any, locale: unknown, describeReasons?: ReasonsDescriber): RenderedNotification {
  const lang: LocaleCode = isLocaleCode(locale) ? locale : 'en';
  const t = notificationMessages(lang);
  const url = portalUrl(data?.link, lang);
  switch (event) {
    case 'match.created':
    case 'match.proposed': {
      const own = data?.listing ?? {};
      const other = data?.counterpart ?? {};
      const side: 'offer' | 'request' = own.type === 'offer' ? 'offer' : 'request';
      const values = { title: String(own.title ?? ''), other: String(other.title ?? ''), municipality: municipalityName(other.municipality) };
      const lines = [fill(side === 'request' ? t.matchBodyOffer : t.matchBodyRequest, values)];
      const reasons = Array.isArray(data?.reasons) && describeReasons ? describeReasons(data.reasons, lang, side) : '';
      if (reasons) lines.push(fill(t.reasons, { reasons }));
      if (event === 'match.proposed') lines.push(t.proposedNote);
      return { title: fill(event === 'match.proposed' ? t.proposedSubject : t.matchSubject, values), lines, url };
    }
    case 'urgent.request': {
      const listing = data?.listing ?? {};
      const type = (URGENCY_TYPES as readonly string[]).includes(listing.urgency) ? (listing.urgency as (typeof URGENCY_TYPES)[number]) : 'other';
      const until = listing.urgentUntil
        ? new Intl.DateTimeFormat(getLocale(lang).intl, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(listing.urgentUntil))
        : '';
      const values = { municipality: municipalityName(data?.municipality), urgency: t.urgency[type], title: String(listing.title ?? ''), until };
      return { title: fill(t.urgentSubject, values), lines: [fill(t.urgentBody, values)], url };
    }
    default:
      return { title: String(data?.title ?? event), lines: data?.text ? [String(data.text)] : [], url };
  }
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Text and HTML of a mail from paragraphs, each optionally followed by a link, and the footer with the unsubscribe link. */
export function mailBody(locale: unknown, blocks: { lines: string[]; url: string | null }[], footer: { municipality: string; unsubscribeUrl: string }) {
  const t = notificationMessages(locale);
  const text: string[] = [];
  const html: string[] = [];
  for (const block of blocks) {
    text.push(...block.lines);
    html.push(...block.lines.map((line) => `<p>${escapeHtml(line)}</p>`));
    if (block.url) {
      text.push(fill(t.open, { url: block.url }));
      html.push(`<p><a href="${escapeHtml(block.url)}">${escapeHtml(fill(t.open, { url: block.url }))}</a></p>`);
    }
    text.push('');
  }
  const footerLine = fill(t.footer, { municipality: footer.municipality });
  const unsubscribe = fill(t.unsubscribe, { url: footer.unsubscribeUrl });
  text.push('--', footerLine, unsubscribe);
  html.push('<hr>', `<p><small>${escapeHtml(footerLine)}<br><a href="${escapeHtml(footer.unsubscribeUrl)}">${escapeHtml(unsubscribe)}</a></small></p>`);
  const lang = isLocaleCode(locale) ? locale : 'en';
  return { text: text.join('\n'), html: `<!doctype html><html lang="${lang}"><body>${html.join('\n')}</body></html>` };
}
