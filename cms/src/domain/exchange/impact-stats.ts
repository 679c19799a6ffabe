/**
 * The public figures of completed exchanges, from plain rows: totals, by month, by kind, by country, and the
 * open-data table (month x kind x country). No person data enters or leaves. An exchange counts once in the
 * totals, by month and by kind; by country it counts once for each country taking part (an exchange between
 * a Bulgarian and a German municipality counts for BG and for DE; between two Bulgarian ones, once for BG).
 */
export interface CompletedExchangeRow {
  completedAt: string | Date | null;
  kind: string | null;
  countries: string[];
  impact: null | { valueEur?: unknown; massKg?: unknown; co2eKg?: unknown; volunteerHours?: unknown; expertDays?: unknown };
}

export const IMPACT_FIGURES = ['valueEur', 'massKg', 'co2eKg', 'volunteerHours', 'expertDays'] as const;
type Figures = Record<(typeof IMPACT_FIGURES)[number], number>;

const zero = (): Figures => ({ valueEur: 0, massKg: 0, co2eKg: 0, volunteerHours: 0, expertDays: 0 });
const round = (value: number) => Math.round(value * 100) / 100;

function add(into: Figures, impact: CompletedExchangeRow['impact']) {
  for (const figure of IMPACT_FIGURES) {
    const value = Number(impact?.[figure] ?? 0);
    if (Number.isFinite(value)) into[figure] += value;
  }
}

function rounded(figures: Figures): Figures {
  return Object.fromEntries(IMPACT_FIGURES.map((figure) => [figure, round(figures[figure])])) as Figures;
}

export function monthOf(value: string | Date | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 7);
}

/** The last `count` months up to and including the month of `now`, oldest first, as YYYY-MM. */
export function lastMonths(now: Date, count: number): string[] {
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    months.push(date.toISOString().slice(0, 7));
  }
  return months;
}

export function impactSummary(rows: CompletedExchangeRow[], now = new Date(), months = 24) {
  const totals = zero();
  const window = lastMonths(now, months);
  const byMonth = new Map(window.map((month) => [month, { completed: 0, figures: zero() }]));
  const byKind = new Map<string, { completed: number; figures: Figures }>();
  const byCountry = new Map<string, number>();
  for (const row of rows) {
    add(totals, row.impact);
    const month = byMonth.get(monthOf(row.completedAt) ?? '');
    if (month) {
      month.completed += 1;
      add(month.figures, row.impact);
    }
    const kind = row.kind ?? 'unknown';
    const ofKind = byKind.get(kind) ?? { completed: 0, figures: zero() };
    ofKind.completed += 1;
    add(ofKind.figures, row.impact);
    byKind.set(kind, ofKind);
    for (const country of new Set(row.countries)) byCountry.set(country, (byCountry.get(country) ?? 0) + 1);
  }
  return {
    totals: { completed: rows.length, ...rounded(totals) },
    byMonth: [...byMonth].map(([month, { completed, figures }]) => ({ month, completed, valueEur: round(figures.valueEur), co2eKg: round(figures.co2eKg) })),
    byKind: [...byKind].map(([kind, { completed, figures }]) => ({ kind, completed, co2eKg: round(figures.co2eKg) })).sort((a, b) => b.completed - a.completed || a.kind.localeCompare(b.kind)),
    byCountry: [...byCountry].map(([country, completed]) => ({ country, completed })).sort((a, b) => b.completed - a.completed || a.country.localeCompare(b.country)),
  };
}

/** The open-data table: one row per month, kind and country taking part, with counts and impact sums. */
export function exchangeStatsTable(rows: CompletedExchangeRow[]) {
  const cells = new Map<string, { month: string; kind: string; country: string; completed: number; figures: Figures }>();
  for (const row of rows) {
    const month = monthOf(row.completedAt) ?? 'unknown';
    const kind = row.kind ?? 'unknown';
    for (const country of new Set(row.countries)) {
      const key = `${month}|${kind}|${country}`;
      const cell = cells.get(key) ?? { month, kind, country, completed: 0, figures: zero() };
      cell.completed += 1;
      add(cell.figures, row.impact);
      cells.set(key, cell);
    }
  }
  return [...cells.values()]
    .sort((a, b) => a.month.localeCompare(b.month) || a.kind.localeCompare(b.kind) || a.country.localeCompare(b.country))
    .map(({ month, kind, country, completed, figures }) => ({ month, kind, country, completed, ...rounded(figures) }));
}
