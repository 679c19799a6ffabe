import { randomInt } from 'node:crypto';
import type { TestCms } from './strapi-instance';
import { createMember } from './fixtures';

export interface CallOptions {
  token?: string;
  body?: unknown;
  /** The client address the CMS should see (sent as X-Forwarded-For; honoured only when TRUST_PROXY is on). */
  ip?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  body: any;
  headers: Headers;
}

/** A fresh client address from the documentation range 198.18.0.0/15, so rate limits of tests stay apart. */
export function freshIp(): string {
  return `198.18.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

/** Calls the CMS like TestCms.request, with headers (X-Forwarded-For) and the response headers. */
export async function call(cms: TestCms, method: string, urlPath: string, options: CallOptions = {}): Promise<CallResult> {
  const response = await fetch(`${cms.baseUrl}${urlPath}`, {
    method,
    headers: {
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      'x-forwarded-for': options.ip ?? freshIp(),
      ...options.headers,
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const text = await response.text();
  let body: any = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON: keep the text */
  }
  return { status: response.status, body, headers: response.headers };
}

/** A member who is their municipality's admin (as registration makes them), logged in. */
export async function createMunicipalityAdmin(cms: TestCms, email: string, roleType: string, municipalityId: string): Promise<string> {
  const jwt = await createMember(cms, email, roleType, municipalityId);
  await cms.strapi.db.query('plugin::users-permissions.user').update({ where: { email }, data: { isMunicipalityAdmin: true, fullName: `Admin ${email}` } });
  return jwt;
}
