import type { Core } from '@strapi/strapi';
import { LISTING_KINDS, type LocaleCode } from '@community-sharing/config';
import { impactSummary } from '../../../domain/exchange/impact-stats';
import { completedExchangeRows } from '../../exchange/lib/completed-rows';

/** The public impact figures: totals and the three charts' data, with labels in the reader's locale. No person data. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async impact(locale: LocaleCode) {
    const summary = impactSummary(await completedExchangeRows(strapi));
    const kindLabel = (slug: string) => (LISTING_KINDS as readonly any[]).find((kind) => kind.slug === slug)?.labels?.[locale] ?? slug;
    const countryNames = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    return {
      ...summary,
      byKind: summary.byKind.map((row) => ({ ...row, label: kindLabel(row.kind) })),
      byCountry: summary.byCountry.map((row) => ({ ...row, name: countryNames.of(row.country) ?? row.country })),
    };
  },

  /** One municipality's own record of completed exchanges and what they saved. */
  async municipalityImpact(municipalityRowId: number) {
    return impactSummary(await completedExchangeRows(strapi, municipalityRowId)).totals;
  },
});
