import { createHash, randomBytes } from 'node:crypto';

/** A single-use secret sent by e-mail: the raw token goes into the link, only its SHA-256 is stored. */
export interface IssuedToken {
  token: string;
  hash: string;
  expiresAt: Date;
}

export const CONFIRMATION_TTL_MS = 7 * 24 * 3600_000;
export const RESET_TTL_MS = 3600_000;
export const INVITATION_TTL_MS = 14 * 24 * 3600_000;

/** 32 random bytes, base64url: unguessable, safe in a URL. */
export function issueToken(ttlMs: number, now = Date.now()): IssuedToken {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token), expiresAt: new Date(now + ttlMs) };
}

/** The stored form of a token. A hash (not the token) in the database means a leaked table opens no account. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Tokens we issue are 43 base64url characters; anything else is refused before touching the database. */
export function looksLikeToken(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
