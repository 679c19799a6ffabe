// The portal's liveness and readiness answers. /health: the process serves requests. /ready: the CMS answers its
// own health check in time, so that a load balancer sends visitors only to portals that can render pages.

/** The answer of a check, as JSON. */
function json(status: number, body: unknown, extraHeaders: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extraHeaders },
  });
}

/** GET /health. */
export function healthResponse(): Response {
  return json(200, { status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
}

/** GET /ready: 200 when the CMS at `cmsUrl` answers GET /api/health within `timeoutMs`, else 503 with Retry-After. */
export async function readinessResponse(cmsUrl: string, timeoutMs: number, doFetch: typeof fetch = fetch): Promise<Response> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const answer = await doFetch(`${cmsUrl.replace(/\/+$/, '')}/api/health`, { signal: AbortSignal.timeout(timeoutMs) });
    await answer.body?.cancel();
    if (answer.ok) return json(200, { status: 'ready', cms: { ok: true, ms: elapsed() } });
    return json(503, { status: 'unavailable', cms: { ok: false, ms: elapsed(), error: `the CMS answered ${answer.status}` } }, { 'retry-after': '5' });
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : 'the CMS cannot be reached';
    return json(503, { status: 'unavailable', cms: { ok: false, ms: elapsed(), error: reason } }, { 'retry-after': '5' });
  }
}
