// Serves the stylesheet, the search script and the icon (see src/lib/assets.ts).
import type { APIRoute } from 'astro';
import { findAsset } from '../../lib/assets';

export const GET: APIRoute = ({ params }) => {
  const found = findAsset(params.file ?? '');
  if (!found) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(found.asset.body, {
    headers: {
      'Content-Type': found.asset.contentType,
      'Cache-Control': found.immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    },
  });
};
