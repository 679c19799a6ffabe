// Pages for members only: an anonymous visitor is sent to the log-in page with the way back.
import type { AstroGlobal } from 'astro';
import { localizedPath } from './urls';

/** The redirect to the log-in page that leads back here, for a visitor who is not logged in. */
export function loginRedirect(Astro: Pick<AstroGlobal, 'locals' | 'url' | 'redirect'>): Response {
  const next = Astro.url.pathname + Astro.url.search;
  return Astro.redirect(`${localizedPath(Astro.locals.locale, 'login')}?next=${encodeURIComponent(next)}`, 303);
}
