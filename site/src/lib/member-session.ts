// What the portal keeps in a visitor's server-side session: the member once logged in (the CMS jwt and their
// profile, read again from the CMS at most once a minute) and the form token. Only the session id travels to
// the browser, in an httpOnly cookie.
import type { AstroSession } from 'astro';
import type { Me } from './accounts-client';
import { accounts } from './accounts-client';

/** The logged-in member as pages see it. */
export interface Member {
  jwt: string;
  me: Me;
  /** When me was read from the CMS (ms). */
  checkedAt: number;
}

const MEMBER_KEY = 'member';
const REFRESH_MS = 60_000;

/** Stores a member after a successful log-in; a fresh session id stops a fixed session from being reused. */
export async function logIn(session: AstroSession | undefined, jwt: string, me: Me): Promise<void> {
  if (!session) throw new Error('sessions are not configured');
  await session.regenerate();
  // A new form token too: one seen before logging in must not serve after it.
  session.delete('csrf');
  session.set(MEMBER_KEY, { jwt, me, checkedAt: Date.now() } satisfies Member);
}

/** Forgets the member and the whole session. */
export function logOut(session: AstroSession | undefined): void {
  session?.destroy();
}

/**
 * The logged-in member, or undefined. The profile is read again from the CMS once a minute, so a member the CMS
 * no longer knows (deleted, token expired) is logged out and a change of role shows soon.
 */
export async function currentMember(session: AstroSession | undefined): Promise<Member | undefined> {
  if (!session) return undefined;
  const member = (await session.get(MEMBER_KEY)) as Member | undefined;
  if (!member) return undefined;
  if (Date.now() - member.checkedAt < REFRESH_MS) return member;
  const fresh = await accounts.me(member.jwt);
  if (!fresh.ok) {
    if (fresh.status === 401 || fresh.status === 403 || fresh.status === 404) {
      session.delete(MEMBER_KEY);
      return undefined;
    }
    return member;
  }
  const updated: Member = { jwt: member.jwt, me: fresh.data.data, checkedAt: Date.now() };
  session.set(MEMBER_KEY, updated);
  return updated;
}

/** Replaces the stored profile (after the member edited it). */
export async function refreshMember(session: AstroSession | undefined, me: Me): Promise<void> {
  const member = session ? ((await session.get(MEMBER_KEY)) as Member | undefined) : undefined;
  if (member && session) session.set(MEMBER_KEY, { ...member, me, checkedAt: Date.now() });
}

/** True for a member of a verified municipality (who may post and answer listings). */
export function isVerifiedMember(member: Member | undefined): boolean {
  return member?.me.role === 'member' && member.me.municipality?.verificationStatus === 'verified';
}
