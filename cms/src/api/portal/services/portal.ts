import type { Core } from '@strapi/strapi';
import { isUrgentNow } from '../../../domain/listing/urgency';
import { strapiFromRow } from '../../../runtime/strapi-internals';
import { DEFAULT_LOCALE, LISTING_KIND_SLUGS, cpvClass, cpvLabel, foldForSearch, isLocaleCode, kindDescription, kindLabel, type LocaleCode } from '@community-sharing/config';

const LISTING = 'api::listing.listing';
const MUNICIPALITY = 'api::municipality.municipality';
/** Listings a visitor may open: the published ones, and closed or expired ones as part of a municipality's record. */
const PUBLIC_STATUSES = ['published', 'closed', 'expired'];

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The text of a repeatable localized-text component in the reader's locale, else English, else the first. */
function pickText(texts: { locale: string; text: string }[] | undefined, locale: LocaleCode) {
  if (!texts?.length) return null;
  const chosen = texts.find((t) => t.locale === locale) ?? texts.find((t) => t.locale === 'en') ?? texts[0];
  return { text: chosen.text, locale: chosen.locale };
}

/**
 * The web address a profile links to: an http(s) address that parses, else none. Editors write it freely in the
 * admin, and the portal builds a link and shows the host from it (an unparsable one broke the page).
 */
function publicWebsite(value: unknown): string | null {
  return typeof value === 'string' && /^https?:\/\//i.test(value) && URL.canParse(value) ? value : null;
}

/** A municipality's public card: what any visitor may see of it (never its contact person). */
function municipalityCard(m: any, locale: LocaleCode) {
  return {
    documentId: m.documentId,
    slug: m.slug,
    name: m.name,
    nameLatin: m.nameLatin ?? null,
    country: m.country,
    lat: m.lat ?? null,
    lng: m.lng ?? null,
    population: m.population ?? null,
    website: publicWebsite(m.website),
    description: pickText(m.descriptions, locale),
  };
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = strapi.db.connection;
  const listingTable = () => strapi.db.metadata.get(LISTING).tableName;
  const municipalityLink = () => (strapi.db.metadata.get(LISTING).attributes as any).municipality.joinTable;
  /** The upload plugin's table of files and its morph table linking them to the entries (and fields) using them. */
  const filesTable = () => strapi.db.metadata.get('plugin::upload.file').tableName;
  const imagesLink = () => (strapi.db.metadata.get('plugin::upload.file').attributes as any).related.joinTable;
  const cards = () => strapi.service('api::portal.municipality-cards') as any;
  const fromRow = strapiFromRow();

  /** A slug's listing rows (one per locale), as the query engine reads them, each with its municipality's row id. */
  async function listingRowsWithMunicipality(slug: string): Promise<any[]> {
    if (!fromRow) {
      const rows = await strapi.db.query(LISTING).findMany({ where: { slug }, populate: { municipality: { select: ['id'] } }, orderBy: { id: 'asc' } });
      return rows.map((row: any) => ({ ...row, municipalityId: row.municipality?.id ?? null }));
    }
    const table = listingTable();
    const link = municipalityLink();
    const rows = await knex(table)
      .leftJoin(link.name, `${link.name}.${link.joinColumn.name}`, `${table}.id`)
      .where(`${table}.slug`, slug)
      .select(`${table}.*`, `${link.name}.${link.inverseJoinColumn.name} as __municipality`)
      .orderBy(`${table}.id`);
    const meta = strapi.db.metadata.get(LISTING);
    return rows.map((row: any) => ({ ...fromRow(meta, row), municipalityId: row.__municipality ?? null }));
  }

  /** Open listings (published, not expired) counted once each, whatever the number of their translations. */
  function openListings() {
    const table = listingTable();
    return knex(table).where(`${table}.moderation_status`, 'published').andWhere(`${table}.expires_at`, '>=', today());
  }

  async function countDistinct(query: any): Promise<number> {
    const [row] = await query.countDistinct({ n: 'document_id' });
    return Number(row?.n ?? 0);
  }

  const search = () => strapi.plugin('search').service('search');

  return {
    /** The ten kinds in LISTING_KIND_SLUGS order: the editors' text in the locale, else in English, else config/'s. */
    async kinds(locale: LocaleCode) {
      const rows = await strapi.db.query('api::kind-text.kind-text').findMany({
        where: { locale: { $in: [locale, DEFAULT_LOCALE] } },
        select: ['kind', 'label', 'description', 'locale'],
        orderBy: { id: 'asc' },
      });
      return LISTING_KIND_SLUGS.map((kind) => {
        const row = rows.find((r: any) => r.kind === kind && r.locale === locale) ?? rows.find((r: any) => r.kind === kind && r.locale === DEFAULT_LOCALE);
        return {
          kind,
          label: row?.label || kindLabel(kind, locale),
          description: row?.description || kindDescription(kind, locale),
          locale: row?.locale ?? locale,
        };
      });
    },

    /** The editors' featured listings that are open, newest first, in the reader's locale where translated. */
    async featured(locale: LocaleCode, limit: number) {
      const rows = await strapi.db.query(LISTING).findMany({
        where: { featured: true, moderationStatus: 'published', expiresAt: { $gte: today() } },
        select: ['documentId', 'slug', 'type', 'kind', 'title', 'locale', 'originalLocale', 'publishedOn', 'createdAt'],
        populate: { municipality: { select: ['documentId', 'slug', 'name', 'nameLatin', 'country'] } },
        orderBy: [{ publishedOn: 'desc' }, { id: 'asc' }],
      });
      const byDocument = new Map<string, any[]>();
      for (const row of rows) byDocument.set(row.documentId, [...(byDocument.get(row.documentId) ?? []), row]);
      return [...byDocument.values()].slice(0, limit).map((group) => {
        const original = group.find((row) => row.locale === row.originalLocale) ?? group[0];
        const shown = group.find((row) => row.locale === locale) ?? original;
        return {
          documentId: original.documentId,
          slug: original.slug,
          type: original.type,
          kind: original.kind,
          title: shown.title,
          locale: shown.locale,
          originalLocale: original.originalLocale,
          publishedAt: original.publishedOn ?? original.createdAt,
          municipality: original.municipality
            ? { documentId: original.municipality.documentId, slug: original.municipality.slug, name: original.municipality.name, nameLatin: original.municipality.nameLatin ?? null, country: original.municipality.country }
            : null,
        };
      });
    },

    /** The home page's live figures. */
    async stats() {
      const verified = strapi.db.query(MUNICIPALITY);
      const [municipalities, countryRows, openOffers, openRequests, completedExchanges] = await Promise.all([
        verified.count({ where: { verificationStatus: 'verified' } }),
        knex(strapi.db.metadata.get(MUNICIPALITY).tableName).where({ verification_status: 'verified' }).distinct('country'),
        countDistinct(openListings().andWhere({ type: 'offer' })),
        countDistinct(openListings().andWhere({ type: 'request' })),
        strapi.db.query('api::exchange.exchange').count({ where: { state: 'completed' } }),
      ]);
      return { municipalities, countries: countryRows.length, openOffers, openRequests, completedExchanges };
    },

    /**
     * One listing as a visitor reads it: its text in the reader's locale where translated, else the original.
     * One round trip: its rows (each with its municipality's id) and its images are read side by side, and the
     * municipality comes from the kept cards (under load each round trip and each query waits for a pool
     * connection).
     */
    async listing(slug: string, locale: LocaleCode) {
      const images = imagesLink();
      const [rows, imageRows, members] = await Promise.all([
        listingRowsWithMunicipality(slug),
        knex(`${filesTable()} as f`)
          .join(`${images.name} as r`, `r.${images.joinColumn.name}`, 'f.id')
          .join(`${listingTable()} as l`, 'l.id', `r.${images.morphColumn.idColumn.name}`)
          .where(`r.${images.morphColumn.typeColumn.name}`, LISTING)
          .andWhere('r.field', 'images')
          .andWhere('l.slug', slug)
          .select(`r.${images.morphColumn.idColumn.name} as listing`, 'f.url', 'f.alternative_text as alternativeText', 'f.width', 'f.height')
          .orderBy([{ column: 'r.order' }, { column: 'r.id' }]),
        cards().verified(),
      ]);
      const original = rows.find((row: any) => row.locale === row.originalLocale) ?? rows[0];
      if (!original || !PUBLIC_STATUSES.includes(original.moderationStatus)) return null;
      const shown = rows.find((row: any) => row.locale === locale) ?? original;
      const municipalityId = original.municipalityId;
      // A municipality no longer verified is read as it is (its listings are rarely still public).
      const m = municipalityId == null
        ? null
        : (members.byId.get(Number(municipalityId)) ?? (await strapi.db.query(MUNICIPALITY).findOne({ where: { id: municipalityId }, populate: { descriptions: true } })));
      const expired = original.moderationStatus === 'published' && String(original.expiresAt) < today();
      return {
        documentId: original.documentId,
        slug: original.slug,
        type: original.type,
        kind: original.kind,
        title: shown.title,
        description: shown.description ?? '',
        locale: shown.locale,
        originalLocale: original.originalLocale,
        translated: shown.locale !== original.originalLocale,
        availableLocales: rows.map((row: any) => row.locale),
        cpv: (original.cpvCodes ?? []).map((code: string) => {
          const label = cpvLabel(code, locale);
          return { code, label: label?.label ?? code, fallback: label?.fallback ?? true };
        }),
        quantity: original.quantity ?? null,
        remainingQuantity: original.remainingQuantity ?? null,
        unit: original.unit ?? null,
        condition: original.condition ?? null,
        availableFrom: original.availableFrom ?? null,
        neededBy: original.neededBy ?? null,
        expiresAt: original.expiresAt,
        delivery: original.delivery ?? [],
        workingLanguages: original.workingLanguages ?? [],
        placeName: original.placeName ?? null,
        lat: original.lat ?? m?.lat ?? null,
        lng: original.lng ?? m?.lng ?? null,
        status: expired ? 'expired' : original.moderationStatus,
        publishedAt: original.publishedOn ?? original.createdAt,
        urgent: isUrgentNow(original),
        urgency: isUrgentNow(original) ? original.urgency : null,
        urgencyRadiusKm: isUrgentNow(original) ? (original.urgencyRadiusKm ?? null) : null,
        urgentUntil: isUrgentNow(original) ? original.urgentUntil : null,
        images: imageRows
          .filter((image: any) => Number(image.listing) === original.id)
          .map((image: any) => ({ url: image.url, alternativeText: image.alternativeText ?? '', width: image.width == null ? null : Number(image.width), height: image.height == null ? null : Number(image.height) })),
        municipality: m ? municipalityCard(m, locale) : null,
      };
    },

    /**
     * What fits a listing: open listings of the opposite type (matching) and of the same type (similar), in the
     * same CPV classes or, without CPV codes, of the same kind, from the search index.
     */
    async related(slug: string, locale: LocaleCode) {
      const original = await strapi.db.query(LISTING).findOne({ where: { slug }, select: ['documentId', 'type', 'kind', 'cpvCodes', 'moderationStatus'] });
      if (!original || !PUBLIC_STATUSES.includes(original.moderationStatus)) return null;
      const codes: string[] = original.cpvCodes ?? [];
      const scope = codes.length ? { cpv: [...new Set(codes.map((code) => cpvClass(code)))] } : { kind: [original.kind] };
      const find = async (type: string) => {
        const result = await search().searchForReaders({ locale, filters: { ...scope, type }, sort: 'newest', pageSize: 7 });
        return result.hits.filter((hit: any) => hit.documentId !== original.documentId).slice(0, 6);
      };
      const [matching, similar] = await Promise.all([find(original.type === 'offer' ? 'request' : 'offer'), find(original.type)]);
      return { matching, similar };
    },

    /** The directory of member (verified) municipalities, with how many open listings each has (not when asked by ids). */
    async municipalities({ country, q, ids, page, pageSize }: { country?: string; q?: string; ids?: string[]; page: number; pageSize: number }) {
      const where: Record<string, unknown> = { verificationStatus: 'verified' };
      if (country) where.country = country;
      if (ids) where.documentId = { $in: ids };
      if (q?.trim()) {
        // A name typed in another script ("Бургас" for Burgas) is also looked for in its Latin folding.
        const variants = [...new Set([q.trim(), foldForSearch(q)])];
        where.$or = variants.flatMap((v) => [{ name: { $containsi: v } }, { nameLatin: { $containsi: v } }]);
      }
      const [rows, total, countryRows] = await Promise.all([
        strapi.db.query(MUNICIPALITY).findMany({ where, select: ['id', 'documentId', 'slug', 'name', 'nameLatin', 'country', 'lat', 'lng'], orderBy: [{ name: 'asc' }, { id: 'asc' }], offset: (page - 1) * pageSize, limit: pageSize }),
        strapi.db.query(MUNICIPALITY).count({ where }),
        knex(strapi.db.metadata.get(MUNICIPALITY).tableName).where({ verification_status: 'verified' }).select('country').count({ n: 'id' }).groupBy('country'),
      ]);
      const link = municipalityLink();
      // A lookup by ids only names a search's facet values: the counting join over their listings (the slowest
      // part of the answer) is left out, and so is openListings.
      const counts = rows.length && !ids
        ? await openListings()
            .join(link.name, `${link.name}.${link.joinColumn.name}`, `${listingTable()}.id`)
            .whereIn(`${link.name}.${link.inverseJoinColumn.name}`, rows.map((row: any) => row.id))
            .select(`${link.name}.${link.inverseJoinColumn.name} as municipality`)
            .countDistinct({ n: `${listingTable()}.document_id` })
            .groupBy(`${link.name}.${link.inverseJoinColumn.name}`)
        : [];
      const openById = new Map(counts.map((row: any) => [Number(row.municipality), Number(row.n)]));
      return {
        data: rows.map((row: any) => ({ documentId: row.documentId, slug: row.slug, name: row.name, nameLatin: row.nameLatin ?? null, country: row.country, lat: row.lat ?? null, lng: row.lng ?? null, ...(ids ? {} : { openListings: openById.get(row.id) ?? 0 }) })),
        total,
        page,
        pageSize,
        countries: Object.fromEntries(countryRows.map((row: any) => [row.country, Number(row.n)])),
      };
    },

    /**
     * A member municipality's public profile (from the kept cards) and record: one round trip, the counts and the
     * completed exchanges read side by side (more if it has completed exchanges, whose details follow).
     */
    async municipality(slug: string, locale: LocaleCode) {
      const m = (await cards().verified()).bySlug.get(slug);
      if (!m) return null;
      const link = municipalityLink();
      const [counts, impact] = await Promise.all([
        openListings()
          .join(link.name, `${link.name}.${link.joinColumn.name}`, `${listingTable()}.id`)
          .where(`${link.name}.${link.inverseJoinColumn.name}`, m.id)
          .select(`${listingTable()}.type`)
          .countDistinct({ n: `${listingTable()}.document_id` })
          .groupBy(`${listingTable()}.type`),
        // Totals of its completed exchanges: completed, valueEur, massKg, co2eKg, volunteerHours, expertDays.
        (strapi.service('api::portal.impact') as any).municipalityImpact(m.id),
      ]);
      const open = (type: string) => Number(counts.find((row: any) => row.type === type)?.n ?? 0);
      return {
        ...municipalityCard(m, locale),
        languages: Array.isArray(m.languages) ? m.languages.filter(isLocaleCode) : [],
        record: { openOffers: open('offer'), openRequests: open('request'), completedExchanges: impact.completed, impact },
      };
    },
  };
};
