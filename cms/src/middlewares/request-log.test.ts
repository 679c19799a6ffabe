import { describe, expect, it } from 'vitest';
import requestLog from './request-log';

function fakeStrapi(level: 'http' | 'info') {
  const lines: string[] = [];
  return { lines, strapi: { log: { isLevelEnabled: (l: string) => l !== 'http' || level === 'http', http: (line: string) => lines.push(line) } } };
}

describe('the request log', () => {
  it('writes method, address, time and status when the http level is on', async () => {
    const { lines, strapi } = fakeStrapi('http');
    const ctx: any = { method: 'GET', url: '/api/search?q=x', status: 404 };
    let reached = false;
    await requestLog({}, { strapi })(ctx, async () => {
      reached = true;
    });
    expect(reached).toBe(true);
    expect(lines).toEqual([expect.stringMatching(/^GET \/api\/search\?q=x \(\d+ ms\) 404$/)]);
  });

  it('writes nothing, and still passes the request on, at the default level', async () => {
    const { lines, strapi } = fakeStrapi('info');
    let reached = false;
    await requestLog({}, { strapi })({ method: 'GET', url: '/', status: 200 }, async () => {
      reached = true;
    });
    expect(reached).toBe(true);
    expect(lines).toEqual([]);
  });
});
