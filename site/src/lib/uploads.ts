// Images uploaded to the CMS are shown through the portal's own /uploads/ route, so the page needs no other
// origin in its Content-Security-Policy and the CMS can stay on an internal address.

/** Returns the portal URL of an uploaded image: '/uploads/…' for the CMS's own files (relative or absolute). */
export function portalImageUrl(url: string, cmsBaseUrl = process.env.CMS_URL ?? 'http://localhost:1337'): string {
  if (url.startsWith('/uploads/')) return url;
  try {
    const parsed = new URL(url);
    if (parsed.origin === new URL(cmsBaseUrl).origin && parsed.pathname.startsWith('/uploads/')) return parsed.pathname;
  } catch {
    // Not an absolute URL: fall through.
  }
  // An upload provider's own URL (e.g. object storage): shown as it is.
  return url;
}

/** Tells whether a path below /uploads/ is a plain file name the pass-through may ask the CMS for. */
export function isSafeUploadPath(path: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/.test(path) && !path.includes('..');
}
