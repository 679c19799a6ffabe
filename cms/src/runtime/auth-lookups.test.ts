import { describe, expect, it } from 'vitest';
import { isJwtShaped } from './auth-lookups';

describe('isJwtShaped', () => {
  it('knows a bearer JWT, which no API token (hex) can be', () => {
    expect(isJwtShaped('Bearer eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.c2lnbmF0dXJl')).toBe(true);
    expect(isJwtShaped('bearer a.b.c')).toBe(true);
    expect(isJwtShaped(`Bearer ${'ab12'.repeat(64)}`)).toBe(false);
    expect(isJwtShaped('Basic a.b.c')).toBe(false);
    expect(isJwtShaped('Bearer a.b c')).toBe(false);
    expect(isJwtShaped(undefined)).toBe(false);
  });
});
