// The portal's few static files (stylesheet, the search script, the icon) are bundled into the server and
// served by src/pages/assets/[file].ts under names that carry a hash of their content, so that they can be
// cached for a year and still pass the middleware (and its security headers) like every other response.
import { createHash } from 'node:crypto';
import favicon from '../assets/favicon.svg?raw';
import accountFormsScript from '../scripts/account-forms.js?raw';
import searchScript from '../scripts/search-as-you-type.js?raw';
import stylesheet from '../styles/site.css?raw';

/** One static file: its body and media type. */
export interface Asset {
  body: string;
  contentType: string;
}

const SOURCES: Record<string, Asset> = {
  'site.css': { body: stylesheet, contentType: 'text/css; charset=utf-8' },
  'search.js': { body: searchScript, contentType: 'text/javascript; charset=utf-8' },
  'account-forms.js': { body: accountFormsScript, contentType: 'text/javascript; charset=utf-8' },
  'favicon.svg': { body: favicon, contentType: 'image/svg+xml' },
};

/** Returns 'site.3f2a9c1b.css' for 'site.css': the name with a hash of the content before the extension. */
function hashedName(name: string, body: string): string {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const dot = name.lastIndexOf('.');
  return `${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
}

const BY_HASHED_NAME = new Map<string, Asset>();
const HASHED_NAME = new Map<string, string>();
for (const [name, asset] of Object.entries(SOURCES)) {
  const hashed = hashedName(name, asset.body);
  BY_HASHED_NAME.set(hashed, asset);
  HASHED_NAME.set(name, hashed);
}

/** Returns the URL of a static file, e.g. assetUrl('site.css') === '/assets/site.3f2a9c1b.css'. */
export function assetUrl(name: keyof typeof SOURCES | string): string {
  const hashed = HASHED_NAME.get(name);
  if (!hashed) throw new RangeError(`Unknown asset: ${name}`);
  return `/assets/${hashed}`;
}

/** Returns a static file by its hashed name (immutable) or its plain name (may change), else undefined. */
export function findAsset(file: string): { asset: Asset; immutable: boolean } | undefined {
  const hashed = BY_HASHED_NAME.get(file);
  if (hashed) return { asset: hashed, immutable: true };
  const plain = SOURCES[file];
  return plain ? { asset: plain, immutable: false } : undefined;
}
