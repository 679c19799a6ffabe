// The synchronizer token of the portal's forms: one random token per session, put into every POST form as a
// hidden field and compared (in constant time) by the middleware before any page sees the post. Astro's
// checkOrigin refuses cross-site posts first; this token also covers same-site attackers and old browsers.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AstroSession } from 'astro';

export const CSRF_FIELD = '_csrf';
const CSRF_KEY = 'csrf';

/** The session's form token, created on first use. */
export async function csrfToken(session: AstroSession | undefined): Promise<string> {
  if (!session) throw new Error('sessions are not configured');
  const existing = (await session.get(CSRF_KEY)) as string | undefined;
  if (existing) return existing;
  const token = randomBytes(32).toString('base64url');
  session.set(CSRF_KEY, token);
  return token;
}

/** True when a posted token is the session's. */
export async function isValidCsrfToken(session: AstroSession | undefined, posted: unknown): Promise<boolean> {
  if (!session || typeof posted !== 'string' || posted.length === 0) return false;
  const expected = (await session.get(CSRF_KEY)) as string | undefined;
  if (!expected) return false;
  const a = Buffer.from(posted);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
