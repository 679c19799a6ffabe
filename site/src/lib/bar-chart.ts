// The geometry of the portal's bar charts, computed on the server with d3-scale: the page draws plain SVG from
// it (no script, no canvas), so a chart shows without JavaScript and prints.
import { scaleBand, scaleLinear } from 'd3-scale';

/** One bar: its key (a month, a kind, a country), the words under it and its value. */
export interface ChartDatum {
  key: string;
  label: string;
  value: number;
  /** The value written for the reader's locale. */
  valueText: string;
}

export interface PlacedBar extends ChartDatum {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  bars: PlacedBar[];
  /** Value gridlines: where (x for horizontal charts, y for vertical ones) and the value. */
  ticks: { at: number; value: number }[];
  /** Where the bars start (the left edge of the plot for horizontal charts, its bottom for vertical ones). */
  origin: number;
}

const VERTICAL = { width: 720, height: 260, top: 12, right: 8, bottom: 44, left: 48 };
const HORIZONTAL = { width: 720, row: 26, top: 8, right: 64, bottom: 24, left: 190 };

/** Returns the layout of a column chart (one column per datum, in order): months along the bottom. */
export function columnChart(data: readonly ChartDatum[]): ChartLayout {
  const { width, height, top, right, bottom, left } = VERTICAL;
  const x = scaleBand<string>().domain(data.map((d) => d.key)).range([left, width - right]).padding(0.2);
  const y = scaleLinear().domain([0, Math.max(1, ...data.map((d) => d.value))]).nice().range([height - bottom, top]);
  return {
    width,
    height,
    origin: height - bottom,
    // Whole numbers only: the charts count exchanges, euros and kilograms (an empty chart would show 0.2, 0.4…).
    ticks: y.ticks(4).filter(Number.isInteger).map((value) => ({ at: y(value), value })),
    bars: data.map((d) => ({ ...d, x: x(d.key)!, y: y(d.value), width: x.bandwidth(), height: height - bottom - y(d.value) })),
  };
}

/** Returns the layout of a bar chart (one row per datum, in order): labels on the left, values to the right. */
export function barChart(data: readonly ChartDatum[]): ChartLayout {
  const { width, row, top, right, bottom, left } = HORIZONTAL;
  const height = top + bottom + row * Math.max(1, data.length);
  const y = scaleBand<string>().domain(data.map((d) => d.key)).range([top, height - bottom]).padding(0.2);
  const x = scaleLinear().domain([0, Math.max(1, ...data.map((d) => d.value))]).nice().range([left, width - right]);
  return {
    width,
    height,
    origin: left,
    ticks: x.ticks(4).filter(Number.isInteger).map((value) => ({ at: x(value), value })),
    bars: data.map((d) => ({ ...d, x: left, y: y(d.key)!, width: x(d.value) - left, height: y.bandwidth() })),
  };
}
