import { createHmac, timingSafeEqual } from 'node:crypto';
import { runtimeEnv } from '../runtime/environment';

// A link in every notification mail turns the member's e-mail notifications off without logging in: the token
// names the user and is signed with the CMS's secret, so it cannot be forged for another member. It does not
// expire: an old mail's link must still work.
const PURPOSE = 'notifications-unsubscribe';

function signature(userId: number): string {
  const secret = runtimeEnv().secrets.JWT_SECRET;
  return createHmac('sha256', secret).update(`${PURPOSE}:${userId}`).digest('base64url');
}

export function unsubscribeToken(userId: number): string {
  return `${userId}.${signature(userId)}`;
}

/** The user id the token was made for, or null when it is malformed or forged. */
export function verifyUnsubscribeToken(token: unknown): number | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{20,100})$/.exec(token);
  if (!match) return null;
  const userId = Number(match[1]);
  const expected = Buffer.from(signature(userId));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? userId : null;
}

/** The link a mail carries (GET on the CMS answers with a small confirmation page). */
export function unsubscribeUrl(userId: number): string {
  return `${runtimeEnv().CMS_URL}/api/notifications/unsubscribe?token=${encodeURIComponent(unsubscribeToken(userId))}`;
}
