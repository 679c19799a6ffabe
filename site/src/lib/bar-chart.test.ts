import { describe, expect, it } from 'vitest';
import { barChart, columnChart, type ChartDatum } from './bar-chart';

const data: ChartDatum[] = [
  { key: '2026-01', label: 'Jan', value: 4, valueText: '4' },
  { key: '2026-02', label: 'Feb', value: 0, valueText: '0' },
  { key: '2026-03', label: 'Mar', value: 10, valueText: '10' },
];

describe('bar chart layouts', () => {
  it('draws columns in order, proportional to their values, standing on one baseline', () => {
    const { bars, origin, ticks } = columnChart(data);
    expect(bars.map((b) => b.key)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(bars[0]!.x).toBeLessThan(bars[1]!.x);
    expect(bars[1]!.height).toBe(0);
    expect(bars[2]!.height / bars[0]!.height).toBeCloseTo(10 / 4, 5);
    for (const bar of bars) expect(bar.y + bar.height).toBeCloseTo(origin, 5);
    expect(ticks.map((t) => t.value)).toContain(0);
    expect(Math.max(...ticks.map((t) => t.value))).toBeGreaterThanOrEqual(10);
  });

  it('draws rows from one left edge, as long as their values say, and grows with the number of rows', () => {
    const small = barChart(data.slice(0, 1));
    const { bars, origin, height } = barChart(data);
    expect(height).toBeGreaterThan(small.height);
    for (const bar of bars) expect(bar.x).toBe(origin);
    expect(bars[2]!.width / bars[0]!.width).toBeCloseTo(10 / 4, 5);
    expect(bars[0]!.y).toBeLessThan(bars[1]!.y);
  });

  it('draws an empty chart without dividing by zero', () => {
    const { bars, ticks } = columnChart([{ key: 'a', label: 'a', value: 0, valueText: '0' }]);
    expect(bars[0]!.height).toBe(0);
    expect(ticks.map((t) => t.value)).toEqual([0, 1]); // whole numbers only, never 0.2, 0.4…
    expect(Number.isFinite(bars[0]!.y)).toBe(true);
  });
});
