import { describe, expect, it } from 'vitest';
import { exchangeStatsTable, impactSummary, lastMonths } from './impact-stats';

const rows = [
  { completedAt: '2026-05-10T10:00:00Z', kind: 'goods', countries: ['BG', 'DE'], impact: { valueEur: '100.5', massKg: 20, co2eKg: 30, volunteerHours: null, expertDays: null } },
  { completedAt: '2026-05-20T10:00:00Z', kind: 'expertise', countries: ['BG', 'BG'], impact: { expertDays: 3 } },
  { completedAt: '2024-01-01T10:00:00Z', kind: 'goods', countries: ['RS', 'BG'], impact: null },
];

describe('impact figures', () => {
  it('lists the last months oldest first', () => {
    expect(lastMonths(new Date('2026-02-15T00:00:00Z'), 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });
  it('sums totals, months in the window, kinds and countries (each country taking part once)', () => {
    const summary = impactSummary(rows, new Date('2026-05-31T00:00:00Z'));
    expect(summary.totals).toEqual({ completed: 3, valueEur: 100.5, massKg: 20, co2eKg: 30, volunteerHours: 0, expertDays: 3 });
    expect(summary.byMonth).toHaveLength(24);
    expect(summary.byMonth.at(-1)).toEqual({ month: '2026-05', completed: 2, valueEur: 100.5, co2eKg: 30 });
    expect(summary.byMonth.reduce((n, m) => n + m.completed, 0)).toBe(2); // 2024-01 is outside the 24 months
    expect(summary.byKind).toEqual([{ kind: 'goods', completed: 2, co2eKg: 30 }, { kind: 'expertise', completed: 1, co2eKg: 0 }]);
    expect(summary.byCountry).toEqual([{ country: 'BG', completed: 3 }, { country: 'DE', completed: 1 }, { country: 'RS', completed: 1 }]);
  });
  it('builds the open-data table by month, kind and country', () => {
    expect(exchangeStatsTable(rows)).toEqual([
      { month: '2024-01', kind: 'goods', country: 'BG', completed: 1, valueEur: 0, massKg: 0, co2eKg: 0, volunteerHours: 0, expertDays: 0 },
      { month: '2024-01', kind: 'goods', country: 'RS', completed: 1, valueEur: 0, massKg: 0, co2eKg: 0, volunteerHours: 0, expertDays: 0 },
      { month: '2026-05', kind: 'expertise', country: 'BG', completed: 1, valueEur: 0, massKg: 0, co2eKg: 0, volunteerHours: 0, expertDays: 3 },
      { month: '2026-05', kind: 'goods', country: 'BG', completed: 1, valueEur: 100.5, massKg: 20, co2eKg: 30, volunteerHours: 0, expertDays: 0 },
      { month: '2026-05', kind: 'goods', country: 'DE', completed: 1, valueEur: 100.5, massKg: 20, co2eKg: 30, volunteerHours: 0, expertDays: 0 },
    ]);
  });
});
