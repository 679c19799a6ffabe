// The Atom feed of new listings in one locale, optionally narrowed by kind, country and type (RFC 4287).
import { countryName, isCountryCode, type LocaleCode } from '@community-sharing/config';
import { kindLabel } from './kind-texts';
import { t } from '../i18n';
import type { ListingHit } from './cms-types';
import { municipalityName } from './labels';
import type { SearchState } from './search-state';
import { localizedPath, queryString } from './urls';
import { escapeXml } from './xml';

/** What the feed is about. */
export interface FeedInput {
  locale: LocaleCode;
  origin: string;
  state: SearchState;
  hits: ListingHit[];
}

/** Returns the feed's title: the plain one, or naming the filters ("… : Goods, Bulgaria"). */
export function feedTitle(locale: LocaleCode, state: SearchState): string {
  const filters = [
    ...(state.type ? [t(locale, state.type === 'offer' ? 'type.offers' : 'type.requests')] : []),
    ...state.filters.kind.map((kind) => kindLabel(kind as Parameters<typeof kindLabel>[0], locale)),
    ...state.filters.country.map((code) => (isCountryCode(code) ? countryName(code, locale) : code)),
  ];
  return filters.length ? t(locale, 'feed.filtered', { filters: filters.join(', ') }) : t(locale, 'feed.title');
}

/** Returns the Atom document. */
export function atomFeed({ locale, origin, state, hits }: FeedInput): string {
  const filterQuery = queryString({ type: state.type, kind: state.filters.kind, country: state.filters.country });
  const self = `${origin}/${locale}/feed.xml${filterQuery}`;
  const alternate = `${origin}${localizedPath(locale, 'listings')}${filterQuery}`;
  const updated = hits.reduce((latest, hit) => (hit.publishedAt > latest ? hit.publishedAt : latest), '1970-01-01T00:00:00.000Z');
  const entries = hits.map((hit) => {
    const url = origin + localizedPath(locale, 'listings', hit.slug);
    const lang = escapeXml(hit.locale);
    const place = t(locale, 'card.place', { municipality: municipalityName(locale, hit.municipality), country: countryName(hit.country, locale) });
    return `  <entry>
    <id>${escapeXml(url)}</id>
    <title xml:lang="${lang}">${escapeXml(hit.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <published>${escapeXml(new Date(hit.publishedAt).toISOString())}</published>
    <updated>${escapeXml(new Date(hit.publishedAt).toISOString())}</updated>
    <author><name>${escapeXml(place)}</name><uri>${escapeXml(origin + localizedPath(locale, 'municipalities', hit.municipality.slug))}</uri></author>
    <category term="${escapeXml(hit.type)}" label="${escapeXml(t(locale, hit.type === 'offer' ? 'type.offer' : 'type.request'))}"/>
    <category term="${escapeXml(hit.kind)}" label="${escapeXml(kindLabel(hit.kind, locale))}"/>
    <summary xml:lang="${lang}">${escapeXml(hit.snippet)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(locale)}">
  <id>${escapeXml(self)}</id>
  <title>${escapeXml(feedTitle(locale, state))}</title>
  <subtitle>${escapeXml(t(locale, 'site.description'))}</subtitle>
  <updated>${escapeXml(new Date(updated).toISOString())}</updated>
  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(alternate)}"/>
  <generator>${escapeXml(t(locale, 'site.name'))}</generator>
${entries.join('\n')}
</feed>
`;
}
