// /uploads/…: passes the CMS's uploaded images through (see src/lib/uploads.ts).
import type { APIRoute } from 'astro';
import { cms } from '../../lib/cms-client';
import { isSafeUploadPath } from '../../lib/uploads';

const PASSED_HEADERS = ['content-type', 'content-length', 'last-modified', 'etag'];

export const GET: APIRoute = async ({ params }) => {
  const path = params.path ?? '';
  if (!isSafeUploadPath(path)) return new Response('Not found', { status: 404 });
  let upstream: Response;
  try {
    upstream = await fetch(cms.uploadUrl(path), { signal: AbortSignal.timeout(10_000) });
  } catch {
    return new Response('The image is out of reach for a moment.', { status: 503, headers: { 'Retry-After': '30' } });
  }
  if (!upstream.ok) return new Response('Not found', { status: upstream.status === 404 ? 404 : 502 });
  const headers = new Headers({ 'Cache-Control': 'public, max-age=86400' });
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  // Only images: nothing uploaded may be served as a page of the portal.
  if (!/^image\/(png|jpeg|gif|webp|avif)$/.test(headers.get('content-type') ?? '')) return new Response('Not found', { status: 404 });
  return new Response(upstream.body, { headers });
};
