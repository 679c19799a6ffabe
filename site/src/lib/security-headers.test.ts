import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isSecureRequest, withSecurityHeaders } from './security-headers';

describe('security headers', () => {
  it('allow no inline script or style and no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('are set on any response, even one with immutable headers, HSTS only over HTTPS', async () => {
    const fetched = Response.redirect('http://x/', 302); // immutable headers
    const plain = withSecurityHeaders(fetched, false);
    expect(plain.headers.get('x-content-type-options')).toBe('nosniff');
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    expect(withSecurityHeaders(new Response('x'), true).headers.get('strict-transport-security')).toContain('max-age=');
  });

  it('know a request that came through an HTTPS proxy', () => {
    expect(isSecureRequest(new Request('http://x/', { headers: { 'x-forwarded-proto': 'https' } }))).toBe(true);
    expect(isSecureRequest(new Request('http://x/'))).toBe(false);
  });
});
