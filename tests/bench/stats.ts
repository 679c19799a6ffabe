/** The q-quantile (0..1) of some durations in ms, nearest-rank. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** A horizontal bar chart on the terminal: one row a label, bars scaled to the largest value. */
export function barChart(title: string, rows: { label: string; value: number; unit: string }[], width = 50): string {
  const max = Math.max(...rows.map((row) => row.value), 1e-9);
  const labelWidth = Math.max(...rows.map((row) => row.label.length));
  const lines = rows.map((row) => {
    const bar = '█'.repeat(Math.max(1, Math.round((row.value / max) * width)));
    return `  ${row.label.padEnd(labelWidth)} ${bar} ${row.value.toFixed(1)} ${row.unit}`;
  });
  return `${title}\n${lines.join('\n')}`;
}
