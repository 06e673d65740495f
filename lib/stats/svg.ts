/**
 * Geometry of the statistics charts, in SVG user units: where each bar, segment, tick and line
 * goes. The page (components/stats) and the share images (next/og) draw the same shapes, each
 * in its own colours; no chart library reaches the browser.
 */
import type { BarChart, RateChart, StackedChart, Tone } from './model';

export interface Frame {
  width: number;
  height: number;
  /** Room for the axis labels. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const STACKED_FRAME: Frame = {
  width: 760,
  height: 280,
  left: 44,
  right: 8,
  top: 10,
  bottom: 24,
};
export const RATE_FRAME: Frame = {
  width: 760,
  height: 240,
  left: 44,
  right: 8,
  top: 10,
  bottom: 24,
};

export interface Tick {
  at: number;
  text: string;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
  tone: Tone;
  href: string | null;
}

const numberFormat = new Intl.NumberFormat('en-US');
/** A tenth of a unit is finer than any screen draws a 760-unit chart; fewer digits, less page. */
const round = (v: number) => Math.round(v * 10) / 10;

/** A round top for the value axis and its step: 1, 2 or 5 times a power of ten, ~4 ticks. */
export function niceScale(max: number, ticks = 4): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 };
  const rough = max / ticks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const whole = Math.max(1, Math.round(step));
  return { top: Math.ceil(max / whole) * whole, step: whole };
}

/** Every how many columns a label fits (1, 2, 5, 10, 20 …) for about `most` labels. */
export function labelEvery(count: number, most = 12): number {
  for (const every of [1, 2, 5, 10, 20, 25, 50, 100]) if (count / every <= most) return every;
  return Math.ceil(count / most);
}

export interface StackedColumn {
  label: string;
  /** "1969 · Success 80 · Failure 5": one tooltip per column, not one per bar. */
  title: string;
  rects: Rect[];
}

export interface StackedLayout {
  frame: Frame;
  columns: StackedColumn[];
  yTicks: Tick[];
  xTicks: Tick[];
}

export function stackedLayout(chart: StackedChart, frame: Frame = STACKED_FRAME): StackedLayout {
  const plotWidth = frame.width - frame.left - frame.right;
  const plotHeight = frame.height - frame.top - frame.bottom;
  const n = Math.max(chart.columns.length, 1);
  const slot = plotWidth / n;
  const gap = slot > 6 ? Math.min(slot * 0.2, 6) : 0;
  const { top, step } = niceScale(Math.max(0, ...chart.columns.map((c) => c.total)));
  const scale = (v: number) => (v / top) * plotHeight;
  const tone = new Map(chart.series.map((s) => [s.key, s]));
  const columns: StackedColumn[] = [];
  const every = labelEvery(n);
  const xTicks: Tick[] = [];
  chart.columns.forEach((column, i) => {
    const x = frame.left + i * slot + gap / 2;
    let base = frame.top + plotHeight;
    const rects: Rect[] = [];
    for (const segment of column.segments) {
      const series = tone.get(segment.series);
      const height = scale(segment.count);
      base -= height;
      rects.push({
        x: round(x),
        y: round(base),
        width: Math.max(round(slot - gap), 0.5),
        height: round(height),
        tone: series?.tone ?? 'other',
        href: segment.href,
      });
    }
    const parts = column.segments.map(
      (g) => `${tone.get(g.series)?.label ?? g.series} ${numberFormat.format(g.count)}`,
    );
    columns.push({ label: column.label, title: [column.label, ...parts].join(' · '), rects });
    if (Number(column.label) % every === 0 || (every === 1 && i === 0))
      xTicks.push({ at: round(x + (slot - gap) / 2), text: column.label });
  });
  const yTicks: Tick[] = [];
  for (let v = 0; v <= top; v += step)
    yTicks.push({ at: round(frame.top + plotHeight - scale(v)), text: numberFormat.format(v) });
  return { frame, columns, yTicks, xTicks };
}

export interface BarLayout {
  frame: Frame;
  bars: {
    y: number;
    height: number;
    width: number;
    label: string;
    value: string;
    href: string | null;
  }[];
}

/** Horizontal bars, one row each, their labels inside the left margin. */
export function barLayout(
  chart: BarChart,
  width = 760,
  rowHeight = 26,
  labelWidth = 260,
): BarLayout {
  const frame: Frame = {
    width,
    height: chart.rows.length * rowHeight + 4,
    left: labelWidth,
    right: 56,
    top: 2,
    bottom: 2,
  };
  const max = Math.max(1, ...chart.rows.map((r) => r.count));
  const plotWidth = width - frame.left - frame.right;
  return {
    frame,
    bars: chart.rows.map((row, i) => ({
      y: frame.top + i * rowHeight + 3,
      height: rowHeight - 6,
      width: Math.max(1, round((row.count / max) * plotWidth)),
      label: row.detail ? `${row.label} (${row.detail})` : row.label,
      value: numberFormat.format(row.count),
      href: row.href,
    })),
  };
}

export interface RateLayout {
  frame: Frame;
  /** The line, broken where a window held no launch with an outcome. */
  path: string;
  yTicks: Tick[];
  xTicks: Tick[];
}

export function rateLayout(chart: RateChart, frame: Frame = RATE_FRAME): RateLayout {
  const plotWidth = frame.width - frame.left - frame.right;
  const plotHeight = frame.height - frame.top - frame.bottom;
  const n = chart.points.length;
  const x = (i: number) => frame.left + (n <= 1 ? plotWidth / 2 : (i / (n - 1)) * plotWidth);
  const y = (rate: number) => frame.top + (1 - rate) * plotHeight;
  let path = '';
  let drawing = false;
  chart.points.forEach((p, i) => {
    if (p.rate === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${x(i).toFixed(1)} ${y(p.rate).toFixed(1)}`;
    drawing = true;
  });
  const years = chart.points.map((p, i) => ({
    year: p.month.slice(0, 4),
    january: p.month.endsWith('-01') || i === 0,
    i,
  }));
  const firstYears = years.filter((p) => p.january);
  const every = labelEvery(new Set(years.map((p) => p.year)).size);
  return {
    frame,
    path,
    yTicks: [0, 0.25, 0.5, 0.75, 1].map((r) => ({ at: round(y(r)), text: `${r * 100} %` })),
    xTicks: firstYears
      .filter((p) => Number(p.year) % every === 0)
      .map((p) => ({ at: round(x(p.i)), text: p.year })),
  };
}
