// Writing XML by hand (the feed, the sitemaps) needs one thing done right: escaping.

/** Returns text safe inside an XML element or a double-quoted attribute; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Returns an XML response with the given body. */
export function xmlResponse(body: string, contentType = 'application/xml; charset=utf-8', maxAge = 300): Response {
  return new Response(body, { headers: { 'Content-Type': contentType, 'Cache-Control': `public, max-age=${maxAge}` } });
}
