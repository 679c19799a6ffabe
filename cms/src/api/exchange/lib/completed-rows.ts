import type { Core } from '@strapi/strapi';
import type { CompletedExchangeRow } from '../../../domain/exchange/impact-stats';

/** Completed exchanges as anonymous rows (month, kind, countries, impact), optionally those of one municipality. */
export async function completedExchangeRows(strapi: Core.Strapi, municipalityRowId?: number): Promise<CompletedExchangeRow[]> {
  const where: Record<string, unknown> = { state: 'completed' };
  if (municipalityRowId !== undefined) where.$or = [{ provider: { id: municipalityRowId } }, { receiver: { id: municipalityRowId } }];
  const rows: CompletedExchangeRow[] = [];
  const pageSize = 1000;
  for (let offset = 0; ; offset += pageSize) {
    const page = await strapi.db.query('api::exchange.exchange').findMany({
      where,
      select: ['id', 'completedAt', 'updatedAt'],
      populate: { listing: { select: ['kind'] }, provider: { select: ['country'] }, receiver: { select: ['country'] }, impact: true },
      orderBy: { id: 'asc' },
      offset,
      limit: pageSize,
    });
    for (const row of page) {
      rows.push({
        completedAt: row.completedAt ?? row.updatedAt,
        kind: row.listing?.kind ?? null,
        countries: [row.provider?.country, row.receiver?.country].filter(Boolean),
        impact: row.impact ?? null,
      });
    }
    if (page.length < pageSize) return rows;
  }
}
