import { normalizeCountryCode, type CountryCode } from '@community-sharing/config';

const regionNames = new Intl.DisplayNames('en', { type: 'region' });

/** What a source's country code means to the platform: served (with its code), known but not served, or unknown. */
export type CountryResolution = { served: CountryCode } | { notServed: string } | { unknown: string };

/**
 * Resolves a source country code (Eurostat 'EL'/'UK' or ISO 3166-1 alpha-2), telling apart a country the
 * platform does not serve (CH, NO, ... : skipped, not an error) from a code that is no country at all (an issue).
 */
export function resolveCountry(raw: string): CountryResolution {
  const code = raw.trim().toUpperCase();
  const served = normalizeCountryCode(code);
  if (served) return { served };
  // Intl knows every assigned ISO region code (and UK); an unknown one comes back unchanged, 'ZZ' as "Unknown Region".
  const known = /^[A-Z]{2}$/.test(code) && code !== 'ZZ' && (code === 'EL' || regionNames.of(code) !== code);
  return known ? { notServed: code } : { unknown: raw };
}
