// The portal's locale negotiation: / redirects by Accept-Language (matchLocale of config), and paths carry
// locale codes exactly spelt (the middleware redirects other spellings).
import { matchLocale } from '@community-sharing/config';
import { describe, expect, it } from 'vitest';
import { GET } from '../pages/index';

const redirect = async (acceptLanguage?: string) => {
  const headers = new Headers(acceptLanguage ? { 'accept-language': acceptLanguage } : {});
  const response = await GET({ request: new Request('http://localhost/', { headers }) } as never);
  return { status: response.status, location: response.headers.get('location'), vary: response.headers.get('vary') };
};

describe('/ picks the locale from Accept-Language', () => {
  it('redirects to the best supported locale', async () => {
    expect(await redirect('bg-BG,bg;q=0.9,en;q=0.8')).toEqual({ status: 302, location: '/bg/', vary: 'Accept-Language' });
    expect((await redirect('sr-ME')).location).toBe('/sr-Latn-ME/');
    expect((await redirect('sr')).location).toBe('/sr-Cyrl/');
    expect((await redirect('ja, el;q=0.5')).location).toBe('/el/');
  });

  it('falls back to English', async () => {
    expect((await redirect()).location).toBe('/en/');
    expect((await redirect('ja,zh;q=0.8')).location).toBe('/en/');
  });

  it('agrees with config.matchLocale', () => {
    expect(matchLocale('mt-MT')).toBe('mt');
    expect(matchLocale('de-AT;q=0.2, fr;q=0.9')).toBe('fr');
  });
});
