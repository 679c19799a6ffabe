// What the bad-input suites (tests/api/bad-input*.test.ts) share: fast-check generators of bad values, a
// request helper that never throws on odd answers, and the checks every refused write must pass: never a 5xx,
// a 400 that names a field, and the touched tables exactly as they were.
import fc from 'fast-check';
import { expect, vi } from 'vitest';
import { freshIp } from './accounts';
import type { TestCms } from './strapi-instance';

/** Each property's runs: a fixed seed (a failure replays), few enough runs to keep a file under a minute. */
export const runs = (seed: number, numRuns = 30) => ({ numRuns, seed });

export const SCRIPTS = [
  'Пожарна кола', 'Σχολικά θρανία', 'صندوق أدوات', 'כלי עבודה', '消防车', '消防車とはしご', '소방차', 'अग्निशामक',
  'รถดับเพลิง', 'ხანძარსაწინააღმდეგო', 'Ճանապարհ', 'Ħamrun ġnien', 'Ríomhairí', 'ẞtraße', 'e\u0301te\u0301', '👩🏽‍🚒🚒',
  '\u202Egnp.exe', 'a\u200Bb\u200Dc', '\uFEFFbom',
];
export const HTML = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', 'javascript:alert(1)',
  '<a href="javascript:alert(1)">x</a>', '{{constructor.constructor("alert(1)")()}}', "'; DROP TABLE listings; --",
  '${7*7}', '<iframe srcdoc="<script>alert(1)</script>">', '</textarea><script>alert(1)</script>',
];
/** Control characters (NUL among them), escape sequences and blanks. */
export const CONTROL = ['', ' ', '\t\n', '\u0000', 'a\u0000b', 'a\u0007b', '\u001B[31mred', 'x\u007F', '\r\n\r\n'];

/** A string that is text but bad in some way, or a good string in an unusual script. */
export const oddText = fc.oneof(
  fc.constantFrom(...CONTROL),
  fc.constantFrom(...SCRIPTS, ...HTML),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 3, maxLength: 60 }),
  fc.integer({ min: 201, max: 30_000 }).map((n) => 'Ж'.repeat(n)),
);

/** Text a member may well write: any script, markup, quotes; never a control character, never blank. */
export const goodText = fc.oneof(
  fc.constantFrom(...SCRIPTS.filter((s) => !/^\s|\s$/.test(s)), ...HTML),
  fc.string({ unit: 'grapheme', minLength: 2, maxLength: 80 }).filter((s) => s.trim().length >= 2 && !/[\u0000-\u001F\u007F]/.test(s)),
);

/** Any JSON value of the wrong shape. */
export const wrongType = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -0),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxKeys: 3 }),
  fc.constant({ $ne: null }),
  fc.constant({ __proto__: { admin: true } }),
);

export const badValue = fc.oneof(oddText, wrongType);

/** Numbers at and beyond every edge: negative, fractional, huge (numeric(10,2) holds below 10^8), NaN-like strings. */
export const badNumber = fc.oneof(
  fc.constantFrom(-1, -0.01, 0.001, 1.5, 99_999_999.995, 1e8, 1e12, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE, 2_147_483_648, 99_999_999_999),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '0x10', '1,5', '', ' 5 ', '5kg'),
  fc.double(),
  wrongType,
);

/** Ids of rows that are no ids: empty, huge, negative, traversal, markup, binary, SQL. */
export const badId = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('..', '.', '%00', '0', '-1', '1.5', '1e3', '99999999999', '2147483648', 'a'.repeat(5000), "x' OR 1=1 --", '<script>', '\u202E', '../../etc/passwd', 'null', 'undefined', '[object Object]'),
);

/** A body that is not `{ data: {...} }`. */
export const badBody = fc.oneof(wrongType, fc.record({ data: wrongType }), fc.constant({}), fc.constant({ data: [] }));

export interface Answer {
  status: number;
  body: any;
  type: string;
  headers: Headers;
}

/**
 * Sends a request with a raw or JSON body from a fresh client address each time (the CMS trusts
 * X-Forwarded-For when started with TRUST_PROXY=true): the per-address rate limits then let the fuzz reach the
 * routes' validation instead of answering 429.
 */
export async function send(cms: TestCms, method: string, urlPath: string, body?: unknown, options: { raw?: boolean; token?: string; ip?: string } = {}): Promise<Answer> {
  const response = await fetch(`${cms.baseUrl}${urlPath}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      'x-forwarded-for': options.ip ?? freshIp(),
    },
    body: body === undefined ? undefined : options.raw ? (body as string) : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: any = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    /* keep the text */
  }
  return { status: response.status, body: parsed, type: response.headers.get('content-type') ?? '', headers: response.headers };
}

/** JSON with object keys sorted, so that two reads of the same rows compare equal (populate order varies). */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
}

/** Everything a refused write could leave behind: rows, queued mail, notifications, audit entries, uploads, reports. */
export const SIDE_EFFECT_TABLES = [
  'api::listing.listing',
  'api::municipality.municipality',
  'api::exchange.exchange',
  'api::message.message',
  'api::audit-entry.audit-entry',
  'api::mail-job.mail-job',
  'api::notification.notification',
  'api::notification-preference.notification-preference',
  'api::report.report',
  'api::account.invitation',
  'plugin::users-permissions.user',
  'plugin::upload.file',
  'plugin::matching.match',
];

/** Row counts of every table a member's write can touch. */
export async function counts(cms: TestCms, tables = SIDE_EFFECT_TABLES): Promise<Record<string, number>> {
  const entries = await Promise.all(tables.map(async (uid) => [uid, await cms.strapi.db.query(uid).count()] as const));
  return Object.fromEntries(entries);
}

/** Rows of a table as stored (all of them, or those `where` picks), with `populate`, in canonical JSON. */
export async function rows(cms: TestCms, uid: string, where: Record<string, unknown> = {}, populate?: unknown): Promise<string> {
  return canonical(await cms.strapi.db.query(uid).findMany({ where, orderBy: { id: 'asc' }, ...(populate ? { populate } : {}) }));
}

/** A snapshot of the counts and of the rows `detail` reads: what must not change when a write is refused. */
export async function snapshot(cms: TestCms, detail: () => Promise<unknown> = async () => null) {
  return { counts: await counts(cms), detail: canonical(await detail()) };
}

/**
 * The shared property: never a 5xx; a refusal is a 4xx whose body says what was wrong (a 400 naming a field when
 * the route validated the input); a refused write leaves the snapshot as it was.
 */
export async function expectRefusedOrDone(answer: Answer, before: Awaited<ReturnType<typeof snapshot>>, after: () => ReturnType<typeof snapshot>, context: unknown) {
  const where = canonical(context).slice(0, 400);
  expect(answer.status, `${answer.status} for ${where}: ${canonical(answer.body).slice(0, 400)}`).toBeLessThan(500);
  if (answer.status < 400) return;
  // An address that matches no route (an empty id) is the router's plain 404; every other refusal explains itself.
  if (typeof answer.body === 'object') expect(typeof answer.body?.error?.message, `no error message for ${where}`).toBe('string');
  else expect([404, 405, 413, 414, 431], `${answer.status} without an explanation for ${where}`).toContain(answer.status);
  if (answer.status === 400 && Array.isArray(answer.body.error.details?.errors)) {
    // Each problem names its field: by its path, or (a body that is no object at all) as "data: ..." or "body: ...".
    const first = answer.body.error.details.errors[0];
    const named = Array.isArray(first?.path) && (first.path.length > 0 ? String(first.path[0]).length > 0 : /^(data|body): /.test(first.message));
    expect(named, `a 400 without the field's name for ${where}: ${canonical(answer.body.error)}`).toBe(true);
  }
  expect(await after(), `a refused request changed something: ${where}`).toEqual(before);
}

/** Waits until `count` reaches `expected` (background work after a commit: notifications, their mails). */
export async function waitForCount(count: () => Promise<number>, expected: number) {
  await vi.waitFor(async () => expect(await count()).toBe(expected), { timeout: 10_000, interval: 25 });
}

/** Files in a directory tree whose names contain `token` (case-insensitive). */
export async function filesNamed(dir: string, token: string): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries.filter((name) => name.toLowerCase().includes(token.toLowerCase())).sort();
}

/** A real 1×1 PNG and the smallest PDF header the upload accepts. */
export const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'));
export const PDF = Uint8Array.from(Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'));

/** POST /api/upload with the given files (multipart, as a browser sends it) and extra form fields. */
export async function upload(cms: TestCms, token: string | undefined, files: { name: string; bytes: Uint8Array; type: string }[], fields: Record<string, string> = {}): Promise<Answer> {
  const form = new FormData();
  for (const file of files) form.append('files', new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.type }), file.name);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const response = await fetch(`${cms.baseUrl}/api/upload`, { method: 'POST', headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'x-forwarded-for': freshIp() }, body: form });
  const text = await response.text();
  let parsed: any = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    /* keep the text */
  }
  return { status: response.status, body: parsed, type: response.headers.get('content-type') ?? '', headers: response.headers };
}

/** The id of a file the member uploads (fails the test when the upload is refused). */
export async function uploadedId(cms: TestCms, token: string, name: string, bytes: Uint8Array = PNG, type = 'image/png'): Promise<number> {
  const answer = await upload(cms, token, [{ name, bytes, type }]);
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body[0].id;
}

/** The string with lone surrogates replaced by U+FFFD, as a browser sends them (String#toWellFormed). */
export const wellFormed = (value: string) => value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** A path segment from any generated string. */
export const segment = (value: string) => encodeURIComponent(wellFormed(value));

/** Counts the statuses a property's runs got, so that a test can tell its runs reached both outcomes. */
export function statusTally() {
  const seen = new Map<number, number>();
  return {
    add(status: number) {
      seen.set(status, (seen.get(status) ?? 0) + 1);
    },
    of(predicate: (status: number) => boolean) {
      return [...seen].filter(([status]) => predicate(status)).reduce((sum, [, n]) => sum + n, 0);
    },
    toString() {
      return JSON.stringify(Object.fromEntries([...seen].sort(([a], [b]) => a - b)));
    },
  };
}

/** Mostly a good value, else a bad one: a record of a few such fields is all good in about a third of the runs. */
export const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: bad });
