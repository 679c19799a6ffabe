// How the client maps what the network does to its errors. The fetch here is a local function on purpose: these
// cases (a refused connection, a hanging CMS, a 502 from a proxy) cannot be had from a healthy CMS on demand.
// What the CMS answers is tested against a real one in the page tests (listing-page.test.ts).
import { describe, expect, it, vi } from 'vitest';
import { createCmsClient } from './cms-client';
import { CmsRequestError, CmsUnavailableError, isCmsUnavailable } from './cms-errors';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the CMS client', () => {
  it('turns a refused connection into CmsUnavailableError, and fails fast for a moment after', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('fetch failed');
    });
    const client = createCmsClient({ baseUrl: 'http://cms.invalid', fetch });
    await expect(client.stats()).rejects.toBeInstanceOf(CmsUnavailableError);
    await expect(client.municipality('x', 'en')).rejects.toSatisfy(isCmsUnavailable);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('abandons a request that takes too long', async () => {
    const fetch = vi.fn((_url: string | URL | Request, init?: RequestInit) => new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))));
    const client = createCmsClient({ baseUrl: 'http://cms.invalid', fetch: fetch as typeof globalThis.fetch, timeoutMs: 50 });
    await expect(client.stats()).rejects.toBeInstanceOf(CmsUnavailableError);
  });

  it('pauses after slow answers only when they keep coming: one slow answer among good ones is not an outage', async () => {
    let hang = true;
    const fetch = vi.fn((_url: string | URL | Request, init?: RequestInit) =>
      hang ? new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))) : Promise.resolve(json(200, { listings: 1 })),
    );
    const client = createCmsClient({ baseUrl: 'http://cms.invalid', fetch: fetch as typeof globalThis.fetch, timeoutMs: 20, ttlMs: 0 });
    await expect(client.stats()).rejects.toBeInstanceOf(CmsUnavailableError);
    hang = false;
    expect(await client.stats()).toEqual({ listings: 1 }); // asked again, not failed fast
    hang = true;
    for (let i = 0; i < 3; i++) await expect(client.stats()).rejects.toBeInstanceOf(CmsUnavailableError);
    const calls = fetch.mock.calls.length;
    hang = false;
    await expect(client.stats()).rejects.toThrow(/failed a moment ago/); // three in a row: down, for a moment
    expect(fetch.mock.calls.length).toBe(calls);
  });

  it('treats a server error as unavailability, a 404 as absence, a 400 as a refused request', async () => {
    const answers: Record<string, Response> = {
      '/api/portal/stats': json(502, {}),
      '/api/portal/listings/none': json(404, { error: { status: 404 } }),
      '/api/search': json(400, { error: { message: 'bad', details: { errors: [{ path: ['country'], message: 'country: "UK" is not served' }] } } }),
    };
    const fetch = vi.fn(async (url: string | URL | Request) => answers[new URL(String(url)).pathname]!.clone());
    const stats = createCmsClient({ baseUrl: 'http://cms.invalid', fetch: fetch as typeof globalThis.fetch });
    await expect(stats.stats()).rejects.toBeInstanceOf(CmsUnavailableError);
    const other = createCmsClient({ baseUrl: 'http://cms.invalid', fetch: fetch as typeof globalThis.fetch });
    expect(await other.listing('none', 'en')).toBeNull();
    const refused = await other.search({ locale: 'en', country: ['UK'] }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CmsRequestError);
    expect((refused as CmsRequestError).issues).toEqual([{ param: 'country', message: 'country: "UK" is not served' }]);
  });

  it('writes list parameters as repeated query parameters and caches answers', async () => {
    const fetch = vi.fn(async () => json(200, { hits: [], total: 0, page: 1, pageSize: 20, facets: {}, tookMs: 1 }));
    const client = createCmsClient({ baseUrl: 'http://cms.invalid/', fetch: fetch as typeof globalThis.fetch });
    await client.search({ locale: 'bg', country: ['BG', 'RS'], q: 'пожарен' });
    await client.search({ locale: 'bg', country: ['BG', 'RS'], q: 'пожарен' });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(fetch.mock.calls[0]![0 as never])).toBe('http://cms.invalid/api/search?locale=bg&country=BG&country=RS&q=%D0%BF%D0%BE%D0%B6%D0%B0%D1%80%D0%B5%D0%BD');
  });
});
