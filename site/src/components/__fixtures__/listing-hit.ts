// A search hit as GET /api/search answers it, for rendering the pure ListingCard without a CMS. Its title
// carries markup on purpose: member text must come out escaped.
import type { ListingHit } from '../../lib/cms-types';

export const germanRequestHit: ListingHit = {
  documentId: 'nwiebtt6kpcask1ier5kj1l6',
  slug: 'geschaftspartner-fur-unsere-winzer-gesucht-353268',
  type: 'request',
  kind: 'business-partnership',
  title: 'Geschäftspartner für unsere Winzer gesucht <script>alert(1)</script>',
  snippet: 'Unsere kleinen Winzerbetriebe möchten ins Ausland verkaufen, haben aber keine Kontakte.',
  locale: 'de',
  translated: false,
  originalLocale: 'de',
  municipality: { documentId: 'r92ihxncyw0fkwp9a329jvio', slug: 'at-lichtenworth', name: 'Lichtenwörth', nameLatin: null },
  country: 'AT',
  cpv: [],
  publishedAt: '2026-11-27T17:15:00.000Z',
  expiresAt: '2027-04-10',
  urgent: true,
};
