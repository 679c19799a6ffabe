// Generated bad uploads (fast-check, fixed seeds) through POST /api/upload as a member: content that is not what
// its name or declared type says (HTML named .jpg, SVG with a script, an empty file, a PNG named .html), names
// with control characters, path traversal, a right-to-left override or 300 characters, malformed fileInfo, too
// many files, fields that would attach a file directly; and the relations that take uploads (a listing's
// images, a municipality's logo) with other members' files, PDFs, ids beyond the integer range. Never a 5xx; a
// refused upload leaves no row and no file on disk (nor anywhere outside the upload folder); an accepted one is
// stored and served as what its bytes are, under the member's name for it.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTwoMonths } from '../support/dates';
import { badValue, counts, expectRefusedOrDone, filesNamed, PDF, PNG, rows, runs, SCRIPTS, send, snapshot, statusTally, upload, uploadedId, wrongType } from '../support/bad-input';
import { buildWorld, type World } from '../support/fixtures';
import { startTestCms, type TestCms } from '../support/strapi-instance';

const CMS_PUBLIC = path.resolve(import.meta.dirname, '../../cms/public');
const UPLOADS = path.join(CMS_PUBLIC, 'uploads');
/** In every generated file name, so that this run's files on disk are told apart from other test files'. */
const TOKEN = `bi${randomBytes(6).toString('hex')}`;
const FILE = 'plugin::upload.file';
let cms: TestCms;
let world: World;
let tokenA: string;
let tokenB: string;

beforeAll(async () => {
  cms = await startTestCms();
  world = await buildWorld(cms);
  tokenA = world.actors.memberA.token!;
  // Only a municipality's admin sets its logo (cms/src/api/municipality/policies/is-own-municipality.ts).
  await cms.strapi.db.query('plugin::users-permissions.user').update({ where: { email: 'member.a@example.eu' }, data: { isMunicipalityAdmin: true } });
  tokenB = world.actors.memberB.token!;
  // The world's listings match each other: the matcher's rows and notifications arrive in the background.
  await cms.strapi.plugin('matching').service('matching').idle();
});

afterAll(async () => {
  await cms?.stop();
});

const ascii = (text: string) => new TextEncoder().encode(text);
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));
const CONTENT = {
  png: PNG,
  pdf: PDF,
  html: ascii('<!doctype html><html><body><script>alert(1)</script></body></html>'),
  svg: ascii('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'),
  empty: new Uint8Array(0),
  gif: ascii('GIF89a\u0001\u0000\u0001\u0000'),
  exe: ascii('MZ\u0090\u0000\u0003'),
  text: ascii('Schulbänke, 30 Stück'),
  brokenPng: PNG.slice(0, 4),
  /** PNG's first bytes, then a page: sniffed as a PNG, and must never be served as anything else. */
  pngThenHtml: join(PNG.slice(0, 16), ascii('<html><script>alert(document.domain)</script></html>')),
  /** A PDF's first bytes, then a page. */
  pdfThenHtml: join(ascii('%PDF-1.4\n'), ascii('<html><script>alert(1)</script></html>')),
  /** A JPEG's and a WebP's first bytes and nothing of an image after them. */
  fakeJpeg: join(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), ascii('JFIF\u0000 not really')),
  fakeWebp: ascii('RIFF\u0010\u0000\u0000\u0000WEBPVP8 nothing'),
};
type Kind = keyof typeof CONTENT;
/** What the upload takes, by its content: the stored type. */
const ACCEPTED: Partial<Record<Kind, string>> = { png: 'image/png', pngThenHtml: 'image/png', fakeJpeg: 'image/jpeg', fakeWebp: 'image/webp', pdf: 'application/pdf', pdfThenHtml: 'application/pdf' };
/** The extensions each stored type may have (the first is added to a name without one of them). */
const EXTENSIONS: Record<string, string[]> = { 'image/png': ['.png'], 'image/jpeg': ['.jpg', '.jpeg'], 'image/webp': ['.webp'], 'application/pdf': ['.pdf'] };
/** The type a file's first bytes show. */
function sniff(bytes: Uint8Array): string | undefined {
  const text = String.fromCharCode(...bytes.slice(0, 12));
  if (text.startsWith('\x89PNG')) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (text.startsWith('RIFF') && text.slice(8, 12) === 'WEBP') return 'image/webp';
  if (text.startsWith('%PDF-')) return 'application/pdf';
  return undefined;
}

/** The name a file is stored under: the member's, with the extension of its content added unless it has one of them. */
const storedName = (name: string, type: string) => (EXTENSIONS[type]!.some((ext) => name.toLowerCase().endsWith(ext)) ? name : `${name || 'file'}${EXTENSIONS[type]![0]}`);

/** Files of this run on disk: in the upload folder, and (never) anywhere else under the CMS's public folder. */
async function disk() {
  const all = await filesNamed(CMS_PUBLIC, TOKEN);
  return { uploads: all.filter((name) => name.startsWith('uploads/')), elsewhere: all.filter((name) => !name.startsWith('uploads/')) };
}

const uploadSnapshot = async () => ({ ...(await snapshot(cms, () => rows(cms, FILE))), disk: await disk() });

describe('POST /api/upload as a member', () => {
  const name = fc.record({
    prefix: fc.constantFrom('', '', '', '../../', '..\\..\\', 'C:\\fakepath\\', '/etc/'),
    suffix: fc.oneof(
      fc.constantFrom('', ' été', 'e\u0301te\u0301', '\u202Egnp', '\u200B', '%00', '\u0007', '\r\n', '\u0000', '<img src=x onerror=alert(1)>', '"', "'", 'x'.repeat(300)),
      fc.constantFrom(...SCRIPTS),
    ),
    ext: fc.constantFrom('.png', '.PNG', '.jpg', '.pdf', '.html', '.svg', '.js', '.png.exe', '', '.'),
  });
  const file = fc.record({ kind: fc.constantFrom(...(Object.keys(CONTENT) as Kind[])), name, type: fc.constantFrom('image/png', 'image/jpeg', 'application/pdf', 'text/html', 'image/svg+xml', 'application/octet-stream', '') });
  const fields = fc.oneof(
    { weight: 4, arbitrary: fc.constant({}) },
    { weight: 1, arbitrary: fc.constantFrom<Record<string, string>>({ ref: 'api::listing.listing', refId: '1', field: 'images' }, { path: '../../' }, { fileInfo: 'not json' }, { fileInfo: '[1,2]' }, { fileInfo: '{"name":' }, { fileInfo: JSON.stringify({ name: `<b>${TOKEN}</b>\u202E.html`, alternativeText: '<script>alert(1)</script>', caption: SCRIPTS.join(' ') }) }) },
  );
  const request = fc.record({ files: fc.oneof({ weight: 6, arbitrary: fc.array(file, { minLength: 1, maxLength: 2 }) }, { weight: 1, arbitrary: fc.array(file, { minLength: 9, maxLength: 10 }) }), fields });

  it('refuses what is not a JPEG, PNG, WebP or PDF (by its bytes), bad names and fields, leaving nothing behind; stores the rest as what it is', async () => {
    const tally = statusTally();
    await fc.assert(
      fc.asyncProperty(request, async ({ files, fields: extra }) => {
        const sent = files.map((f) => ({ name: `${f.name.prefix}${TOKEN}${f.name.suffix}${f.name.ext}`, bytes: CONTENT[f.kind], type: f.type, kind: f.kind }));
        const before = await uploadSnapshot();
        const answer = await upload(cms, tokenA, sent, extra);
        tally.add(answer.status);
        await expectRefusedOrDone(answer, before, uploadSnapshot, { sent: sent.map(({ name, kind, type }) => ({ name, kind, type })), extra });
        expect((await disk()).elsewhere, 'nothing is written outside the upload folder').toEqual([]);
        if (answer.status !== 201) return;
        expect(sent.every((f) => ACCEPTED[f.kind]), 'only files whose bytes are an allowed type are taken').toBe(true);
        for (const [i, stored] of answer.body.entries()) {
          const type = ACCEPTED[sent[i]!.kind]!;
          expect(stored.mime).toBe(type);
          expect(EXTENSIONS[type]).toContain(stored.ext.toLowerCase());
          const row = await cms.strapi.db.query(FILE).findOne({ where: { id: stored.id }, populate: { uploader: { select: ['id'] } } });
          expect(row.uploader?.id).toBe((await cms.strapi.db.query('plugin::users-permissions.user').findOne({ where: { email: 'member.a@example.eu' } })).id);
          if (!('fileInfo' in extra) && !sent[i]!.name.includes('\\') && !sent[i]!.name.includes('/')) expect(row.name).toBe(storedName(sent[i]!.name, type).normalize());
          // On disk as what it is (the upload plugin may re-encode an image), and served as its own type (never as a page or a script).
          const onDisk = new Uint8Array(await readFile(path.join(CMS_PUBLIC, stored.url)));
          expect(sniff(onDisk)).toBe(type);
          if (type === 'application/pdf') expect(onDisk).toEqual(sent[i]!.bytes);
          const served = await fetch(`${cms.baseUrl}${stored.url}`);
          expect(served.headers.get('content-type')).toBe(type);
          expect(served.headers.get('x-content-type-options')).toBe('nosniff');
          await served.arrayBuffer();
        }
      }),
      runs(1101, 40),
    );
    expect(tally.of((status) => status === 400), String(tally)).toBeGreaterThan(10);
    expect(tally.of((status) => status === 201), String(tally)).toBeGreaterThan(0);
  });

  const big = (size: number, head: Uint8Array) => {
    const bytes = new Uint8Array(size);
    bytes.set(head);
    return bytes;
  };
  const refusals: [string, { name: string; bytes: Uint8Array; type: string }, Record<string, string>, RegExp][] = [
    ['an HTML page named .jpg', { name: 'photo.jpg', bytes: CONTENT.html, type: 'image/jpeg' }, {}, /^files\.0: must be a JPEG, PNG or WebP image/],
    ['an SVG with a script', { name: 'logo.svg', bytes: CONTENT.svg, type: 'image/svg+xml' }, {}, /^files\.0: must be a JPEG, PNG or WebP image/],
    ['a zero-byte file', { name: 'empty.png', bytes: CONTENT.empty, type: 'image/png' }, {}, /^files\.0: must be a JPEG, PNG or WebP image/],
    ['a PDF over 10 MB', { name: 'protocol.pdf', bytes: big(10 * 1024 * 1024 + 1, PDF), type: 'application/pdf' }, {}, /^files\.0: a PDF must be at most 10 MB/],
    ['an image over 5 MB', { name: 'huge.png', bytes: big(5 * 1024 * 1024 + 1, PNG), type: 'image/png' }, {}, /^files\.0: must be at most 5 MB/],
    ['a name with control characters', { name: 'bell\u0007.png', bytes: PNG, type: 'image/png' }, {}, /invalid characters/],
    ['a name with a NUL', { name: 'nul\u0000.png', bytes: PNG, type: 'image/png' }, {}, /invalid characters/],
    ['a path-traversal name', { name: '../../../etc/cron.d/x.png', bytes: PNG, type: 'image/png' }, {}, /invalid characters/],
    ['a 300-character name', { name: `${'ä'.repeat(300)}.png`, bytes: PNG, type: 'image/png' }, {}, /invalid characters/],
    ['fileInfo that is not JSON', { name: 'ok.png', bytes: PNG, type: 'image/png' }, { fileInfo: '{"name": "x"' }, /^fileInfo: must be a JSON object/],
  ];
  it.each(refusals)('refuses %s with a 400 naming the problem; nothing is stored', async (_label, file, extra, message) => {
    const before = await uploadSnapshot();
    const answer = await upload(cms, tokenA, [file], extra);
    expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(400);
    expect(answer.body.error.message).toMatch(message);
    expect(await uploadSnapshot()).toEqual(before);
  });

  it('refuses a batch whose second file is refused as a whole: the first is not kept either', async () => {
    const seconds = [
      { name: 'bell\u0007.png', bytes: PNG, type: 'image/png' },
      { name: 'nul.svg', bytes: CONTENT.svg, type: 'image/svg+xml' },
      { name: `${'x'.repeat(254)}.png`, bytes: PNG, type: 'image/png' },
      { name: 'page.html', bytes: CONTENT.html, type: 'text/html' },
    ];
    for (const second of seconds) {
      const before = await uploadSnapshot();
      const answer = await upload(cms, tokenA, [{ name: `${TOKEN}-first.png`, bytes: PNG, type: 'image/png' }, second]);
      expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(400);
      expect(await uploadSnapshot()).toEqual(before);
    }
  });

  // The parser lists files in the order their writes finish, and one file's name and texts could go to another.
  it('stores a batch with the names and texts of its fileInfo list, each on the file it was sent with', async () => {
    const files = Array.from({ length: 8 }, (_, n) => (n % 2 ? { name: `${n}.pdf`, bytes: big(64 * 1024 * (n + 1), PDF), type: 'application/pdf' } : { name: `${n}.png`, bytes: PNG, type: 'image/png' }));
    const infos = files.map((_, n) => ({ name: `${TOKEN} ${n} ${n % 2 ? '"два" \u202Eevil' : 'Пожарна кола <b>1</b>'}`, alternativeText: n % 2 ? null : '<img src=x onerror=alert(1)>', caption: `Σχολικά θρανία ${n}` }));
    for (let round = 0; round < 5; round++) {
      const answer = await upload(cms, tokenA, files, { fileInfo: JSON.stringify(infos) });
      expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(201);
      expect(answer.body.map((f: any) => [f.name, f.alternativeText, f.caption, f.mime])).toEqual(
        infos.map((info, n) => [info.name, info.alternativeText, info.caption, n % 2 ? 'application/pdf' : 'image/png']),
      );
    }
  });

  it('stores a PNG named .html, a right-to-left override or a Windows path as a PNG under the name given (extension corrected)', async () => {
    for (const [sent, expected] of [
      ['report.html', 'report.html.png'],
      ['invoice\u202Egnp.exe', 'invoice\u202Egnp.exe.png'],
      ['C:\\Users\\me\\Pictures\\Foto.PNG', 'Foto.PNG'],
      ['Пожарна кола.png', 'Пожарна кола.png'],
    ] as const) {
      const answer = await upload(cms, tokenA, [{ name: sent, bytes: CONTENT.pngThenHtml, type: 'text/html' }]);
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      expect(answer.body[0]).toMatchObject({ name: expected, mime: 'image/png' });
      expect(answer.body[0].ext.toLowerCase()).toBe('.png');
      expect((await fetch(`${cms.baseUrl}${answer.body[0].url}`)).headers.get('content-type')).toBe('image/png');
    }
  });
});

describe('relations that take uploads', () => {
  /** An entry of `images` or the logo: the member's own fresh image or PDF, another member's upload, or no file. */
  const pick = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('ownImage', 'ownImage', 'ownPdf', 'othersImage', 'missing', 'ownImageObject') },
    { weight: 1, arbitrary: fc.oneof(fc.constantFrom(0, -1, 1.5, 2_147_483_648, 99_999_999_999, '1', null), wrongType) },
  );
  let othersImage: number;
  beforeAll(async () => {
    othersImage = await uploadedId(cms, tokenB, `${TOKEN}-b.png`);
  });

  /** Uploads what the picks need, before the snapshot (a member's own unattached upload is no orphan of a refusal). */
  async function resolve(value: unknown): Promise<unknown> {
    if (value === 'ownImage') return uploadedId(cms, tokenA, `${TOKEN}-a.png`);
    if (value === 'ownImageObject') return { id: await uploadedId(cms, tokenA, `${TOKEN}-a.png`) };
    if (value === 'ownPdf') return uploadedId(cms, tokenA, `${TOKEN}-a.pdf`, PDF, 'application/pdf');
    if (value === 'othersImage') return othersImage;
    if (value === 'missing') return 999_999;
    return value;
  }
  const idsOf = (list: unknown[]) => list.map((v) => (v && typeof v === 'object' ? (v as { id: number }).id : v)).sort();

  it('a listing\'s images: other members\' files, PDFs, unknown or huge ids and more than 8 are refused; own images are attached', async () => {
    const listing = () => rows(cms, 'api::listing.listing', {}, { images: { select: ['id'] } });
    const after = () => snapshot(cms, listing);
    const tally = statusTally();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('create', 'update'), fc.oneof({ weight: 5, arbitrary: fc.array(pick, { maxLength: 3 }) }, { weight: 1, arbitrary: fc.array(fc.constant('ownImage'), { minLength: 9, maxLength: 9 }) }, { weight: 1, arbitrary: badValue }), async (route, images) => {
        const requested = Array.isArray(images) ? await Promise.all(images.map(resolve)) : images;
        const before = await after();
        const answer =
          route === 'create'
            ? await send(cms, 'POST', '/api/listings?locale=de', { data: { type: 'offer', kind: 'goods', cpvCodes: ['39160000'], title: `Tische ${TOKEN}`, description: 'Dreißig Tische.', expiresAt: inTwoMonths(), images: requested } }, { token: tokenA })
            : await send(cms, 'PUT', `/api/listings/${world.listings.pendingA}`, { data: { images: requested } }, { token: tokenA });
        tally.add(answer.status);
        await expectRefusedOrDone(answer, before, after, { route, requested });
        if (answer.status < 300) {
          expect(Array.isArray(requested) ? requested : []).not.toContain(othersImage);
          const documentId = route === 'create' ? answer.body.data.documentId : world.listings.pendingA;
          const stored = await cms.strapi.db.query('api::listing.listing').findOne({ where: { documentId }, populate: { images: { select: ['id'] } } });
          expect(stored.images.map((i: any) => i.id).sort()).toEqual(requested === null ? [] : idsOf(requested as unknown[]));
        }
      }),
      runs(1102),
    );
    expect(tally.of((status) => status === 400), String(tally)).toBeGreaterThan(5);
    expect(tally.of((status) => status < 300), String(tally)).toBeGreaterThan(0);
  });

  it('a municipality\'s logo: another member\'s file, a PDF, unknown or huge ids are refused; one\'s own image is taken', async () => {
    const after = () => snapshot(cms, () => rows(cms, 'api::municipality.municipality', { documentId: world.municipalities.A }, { logo: { select: ['id'] } }));
    const tally = statusTally();
    await fc.assert(
      fc.asyncProperty(fc.oneof(pick, fc.array(pick, { minLength: 1, maxLength: 2 })), async (logo) => {
        const requested = Array.isArray(logo) ? await Promise.all(logo.map(resolve)) : await resolve(logo);
        const before = await after();
        const answer = await send(cms, 'PUT', `/api/municipalities/${world.municipalities.A}`, { data: { logo: requested } }, { token: tokenA });
        tally.add(answer.status);
        await expectRefusedOrDone(answer, before, after, requested);
        if (answer.status === 200) {
          const stored = await cms.strapi.db.query('api::municipality.municipality').findOne({ where: { documentId: world.municipalities.A }, populate: { logo: { select: ['id'] } } });
          expect(stored.logo?.id ?? null).not.toBe(othersImage);
          const wanted = Array.isArray(requested) ? requested[0] : requested;
          expect(stored.logo?.id ?? null).toBe(wanted && typeof wanted === 'object' ? (wanted as { id: number }).id : wanted);
        }
      }),
      runs(1103),
    );
    expect(tally.of((status) => status === 400), String(tally)).toBeGreaterThan(5);
    expect(tally.of((status) => status === 200), String(tally)).toBeGreaterThan(0);
    // Another member's upload is attached to nothing of A's.
    const file = await cms.strapi.db.query(FILE).findOne({ where: { id: othersImage }, populate: { related: true } });
    expect(file.related ?? []).toEqual([]);
    expect((await counts(cms))[FILE]).toBeGreaterThan(0);
  });
});
