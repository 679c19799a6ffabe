// The origin the portal's absolute links use (hreflang, sitemap, feed): SITE_URL when the portal runs behind a
// proxy under another name, else the origin the request came to.

/** Returns e.g. 'https://sharing.example.eu' for a request URL. */
export function publicOrigin(requestUrl: URL): string {
  const configured = process.env.SITE_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // A malformed SITE_URL must not take pages down: fall back to the request's origin.
    }
  }
  return requestUrl.origin;
}
