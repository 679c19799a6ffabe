import { z } from 'zod';
import { DELIVERY_MODES, LISTING_KIND_SLUGS, LOCALE_CODES, normalizeCountryCode, type LocaleCode } from '@community-sharing/config';
import { FACET_NAMES, MAX_PAGE_SIZE, type SearchQuery } from '../../contract/types';

/** A query-string parameter that may be given once or repeated (country=BG&country=RS, or country=BG,RS). */
const list = (item: z.ZodType<string, string>) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(item).max(50, { error: 'has too many values (at most 50)' }));

const oneOf = (values: readonly string[], what: string) => z.string().refine((v) => values.includes(v), { error: (issue) => `"${String(issue.input).slice(0, 30)}" is not a known ${what}` });

const number = (what: string) =>
  z.string().regex(/^-?\d+(\.\d+)?$/, { error: `must be ${what}` }).transform(Number);

/** The query parameters GET /api/search accepts, with the rules they must meet. */
const searchParamsSchema = z
  .object({
    q: z.string().max(200, { error: 'must be at most 200 characters' }).optional(),
    locale: oneOf(LOCALE_CODES, 'locale').optional(),
    type: z.enum(['offer', 'request'], { error: 'must be offer or request' }).optional(),
    kind: list(oneOf(LISTING_KIND_SLUGS, 'kind')).optional(),
    country: list(z.string().transform((v, ctx) => normalizeCountryCode(v) ?? (ctx.addIssue({ code: 'custom', message: `"${v.slice(0, 10)}" is not a country the platform serves` }), z.NEVER))).optional(),
    cpv: list(z.string().regex(/^\d{2,8}(-\d)?$/, { error: 'must be a CPV code or a prefix of 2 to 8 digits' }).transform((v) => v.split('-')[0])).optional(),
    municipality: list(z.string().regex(/^[a-z0-9]{10,40}$/, { error: 'must be municipality documentIds' })).optional(),
    delivery: list(oneOf(DELIVERY_MODES, 'delivery mode')).optional(),
    language: list(oneOf(LOCALE_CODES, 'language')).optional(),
    near: z
      .string()
      .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/, { error: 'must be "lat,lng"' })
      .transform((v) => v.split(',').map(Number) as [number, number])
      .refine(([lat, lng]) => Math.abs(lat) <= 90 && Math.abs(lng) <= 180, { error: 'must have a latitude within ±90 and a longitude within ±180' })
      .optional(),
    radiusKm: number('a number of kilometres').refine((v) => v > 0 && v <= 5000, { error: 'must be between 0 and 5000' }).optional(),
    sort: z.enum(['relevance', 'newest', 'nearest'], { error: 'must be relevance, newest or nearest' }).optional(),
    page: number('a page number').refine((v) => Number.isInteger(v) && v >= 1 && v <= 1000, { error: 'must be a whole number from 1 to 1000' }).optional(),
    pageSize: number('a number').refine((v) => Number.isInteger(v) && v >= 1 && v <= MAX_PAGE_SIZE, { error: `must be a whole number from 1 to ${MAX_PAGE_SIZE}` }).optional(),
    facets: list(oneOf(FACET_NAMES, 'facet')).optional(),
    urgent: z.enum(['true', 'false'], { error: 'must be true or false' }).transform((v) => v === 'true').optional(),
  })
  .strict()
  .superRefine((params, ctx) => {
    if (params.sort === 'nearest' && !params.near) ctx.addIssue({ code: 'custom', path: ['sort'], message: 'nearest needs near=lat,lng' });
    if (params.radiusKm !== undefined && !params.near) ctx.addIssue({ code: 'custom', path: ['radiusKm'], message: 'needs near=lat,lng' });
  });

export interface ParamIssue {
  param: string;
  message: string;
}

/** Turns the query string of GET /api/search into a SearchQuery, or the list of parameters that are wrong. */
export function parseSearchParams(query: Record<string, unknown>): { query: SearchQuery } | { issues: ParamIssue[] } {
  const parsed = searchParamsSchema.safeParse(query);
  if (!parsed.success) {
    return {
      issues: parsed.error.issues.map((issue) => {
        const param = issue.code === 'unrecognized_keys' ? (issue as { keys: string[] }).keys.join(', ') : String(issue.path[0] ?? 'query');
        const message = issue.code === 'unrecognized_keys' ? 'is not a search parameter' : issue.message;
        return { param, message: `${param}: ${message}` };
      }),
    };
  }
  const p = parsed.data;
  return {
    query: {
      q: p.q?.trim() || undefined,
      locale: (p.locale ?? 'en') as LocaleCode,
      filters: {
        ...(p.type ? { type: p.type } : {}),
        ...(p.kind?.length ? { kind: p.kind } : {}),
        ...(p.country?.length ? { country: p.country } : {}),
        ...(p.cpv?.length ? { cpv: p.cpv } : {}),
        ...(p.municipality?.length ? { municipality: p.municipality } : {}),
        ...(p.delivery?.length ? { delivery: p.delivery } : {}),
        ...(p.language?.length ? { workingLanguage: p.language } : {}),
        ...(p.urgent !== undefined ? { urgent: p.urgent } : {}),
      },
      ...(p.near ? { near: { lat: p.near[0], lng: p.near[1], ...(p.radiusKm ? { radiusKm: p.radiusKm } : {}) } } : {}),
      ...(p.sort ? { sort: p.sort } : {}),
      page: p.page ?? 1,
      pageSize: p.pageSize ?? 20,
      facets: p.facets?.length ? (p.facets as SearchQuery['facets']) : [...FACET_NAMES],
    },
  };
}

