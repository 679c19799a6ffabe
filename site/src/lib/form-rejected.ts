// The answer to a form posted without the session's token (a cross-site post, or a form left open until its
// session ended): 403, in the visitor's language, with a way back to the form. A small page of its own, because
// the middleware answers it before any page runs.
import { getLocale, type LocaleCode } from '@community-sharing/config';
import { t } from '../i18n';
import { assetUrl } from './assets';
import { escapeXml } from './xml';

export function formRejectedPage(locale: LocaleCode, pathname: string): Response {
  const title = t(locale, 'form.rejectedTitle');
  const html = `<!doctype html>
<html lang="${getLocale(locale).intl}" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)} · ${escapeXml(t(locale, 'site.name'))}</title><meta name="robots" content="noindex"><link rel="stylesheet" href="${assetUrl('site.css')}"></head>
<body><main id="main" class="wrap"><h1>${escapeXml(title)}</h1><p>${escapeXml(t(locale, 'form.rejectedText'))}</p>
<p><a class="button" href="${escapeXml(pathname)}">${escapeXml(t(locale, 'form.rejectedBack'))}</a></p></main></body></html>`;
  return new Response(html, { status: 403, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}
