// Runs around every request: settles the locale (the [locale] segment, checked against the 30 codes), offers
// the page frame its footer links, and puts the security headers on every response. A CMS that does not answer
// makes a page throw CmsUnavailableError; Astro then renders src/pages/500.astro, which asks for a 503.
import { isLocaleCode, matchLocale } from '@community-sharing/config';
import { defineMiddleware } from 'astro:middleware';
import { cms } from './lib/cms-client';
import { log } from './lib/log';
import { CSRF_FIELD, csrfToken, isValidCsrfToken } from './lib/csrf';
import { formRejectedPage } from './lib/form-rejected';
import { refreshKindTexts } from './lib/kind-texts';
import { currentMember } from './lib/member-session';
import { isSecureRequest, withSecurityHeaders } from './lib/security-headers';
import { applyStatusOverride } from './lib/status-override';
import { respellLocalePath } from './lib/urls';

export const onRequest = defineMiddleware(async (context, next) => {
  const secure = isSecureRequest(context.request);
  const { pathname, search } = context.url;
  const first = pathname.split('/')[1] ?? '';

  const respell = respellLocalePath(pathname);
  if (respell) return withSecurityHeaders(new Response(null, { status: 301, headers: { Location: respell + search } }), secure);

  context.locals.locale = isLocaleCode(first) ? first : matchLocale(context.request.headers.get('accept-language'));
  // The footer's page links: asked for only by pages that render the frame, and never fatal.
  context.locals.footerPages = () => cms.pages(context.locals.locale).catch(() => []);

  // A [locale] route answers only for the 30 locales; anything else is not a page of the portal.
  const routeLocale = context.params.locale;
  if (routeLocale !== undefined && !isLocaleCode(routeLocale)) {
    // An empty 404 makes Astro render src/pages/404.astro.
    return withSecurityHeaders(new Response(null, { status: 404 }), secure);
  }

  if (routeLocale !== undefined) {
    // The kinds as the editors name them in this language (at most one CMS request a minute; config's texts
    // stand in while the CMS is away).
    await refreshKindTexts(routeLocale, cms.kinds);
    // Every form of the portal posts to a page: none is handled unless it carries the session's form token.
    if (context.request.method === 'POST' && !(await hasValidFormToken(context.request, context.session))) {
      return withSecurityHeaders(formRejectedPage(context.locals.locale, context.url.pathname), secure);
    }
    // The member, for the header and the pages (only read when the visitor has a session cookie).
    context.locals.member = await currentMember(context.session);
    // Pages with forms need the session's form token before the page streams (the session cookie is a header).
    if (context.locals.member || FORM_PAGES.test(pathname)) await csrfToken(context.session);
  }

  const started = performance.now();
  const response = withSecurityHeaders(applyStatusOverride(await next()), secure);
  if (response.status >= 500) log('error', 'request failed', { method: context.request.method, path: pathname, status: response.status, ms: Math.round(performance.now() - started) });
  // Pages that show a member's own data must never be stored by a shared cache.
  if (context.locals.member) response.headers.set('Cache-Control', 'private, no-store');
  // Astro says text/html without a charset; say it, so no browser has to sniff (headers are mutable by now).
  if (response.headers.get('content-type') === 'text/html') response.headers.set('content-type', 'text/html; charset=utf-8');
  return response;
});

/** The pages a visitor who is not logged in may post a form from. */
const FORM_PAGES = /^\/[^/]+\/(?:login|logout|register|forgot-password|account\/|dashboard|listings\/[^/]+\/answer)/;

/** Reads the posted form token from a copy of the request, so that the page can still read the body. */
async function hasValidFormToken(request: Request, session: Parameters<typeof isValidCsrfToken>[0]): Promise<boolean> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) return false;
  try {
    const form = await request.clone().formData();
    return await isValidCsrfToken(session, form.get(CSRF_FIELD));
  } catch {
    return false;
  }
}
