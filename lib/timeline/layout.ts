/**
 * Pure layout maths for the docking timeline: lanes, stacked rows, bar geometry, label fitting and
 * axis ticks. No React here, so it is unit-tested directly and the component only draws.
 */

import { TIMELINE_WORDS } from './kinds';
import type { TimelineEvent } from './model';
import { generateTicks, type Tick, type TimeWindow } from './ticks';

export { durationText, formatUtcCompact } from './format';
export { generateTicks, maxTicksForWidth, type Tick, type TimeWindow } from './ticks';
export {
  defaultWindow,
  panWindow,
  resolveWindow,
  selectionToWindow,
  windowToParams,
  zoomWindow,
} from './window';

/** Pixel sizes shared by the layout and the component so the label column and the SVG line up. */
export const GEOMETRY = {
  axisHeight: 32,
  rowHeight: 26,
  barHeight: 20,
  lanePadding: 6,
  minBarWidth: 2,
  /** Average advance of a 11 px system sans-serif glyph, rounded up so estimates err on "does not fit". */
  charWidth: 6.6,
  labelPadding: 5,
  /** Room kept at the end of a current bar for its "docked now" arrow. */
  currentTail: 12,
} as const;

/** With this many bars on screen, mostly too thin to read, per-bar labels are only noise. */
const DENSE_BAR_COUNT = 200;
const THIN_BAR_PX = 24;

export type LabelFit = 'full' | 'short' | 'none';

export interface TimelineBar {
  event: TimelineEvent;
  x: number;
  width: number;
  /** Row inside the lane, 0-based. */
  row: number;
  /** Top of the bar in SVG pixels (the axis included). */
  y: number;
  /** Still docked: drawn to `now`. */
  current: boolean;
  /** Starts before the window (drawn from x = 0). */
  clippedStart: boolean;
  /** Ends after the window (drawn to the right edge). */
  clippedEnd: boolean;
  /** Departure, or `now` while still docked. */
  end: Date;
  durationMs: number;
  labelFit: LabelFit;
  /** The text drawn inside the bar; empty when `labelFit` is `none`. */
  labelText: string;
}

export interface TimelineLane {
  id: string;
  label: string;
  detail?: string;
  /** Every bar of the lane in docking order (the tab order). */
  bars: TimelineBar[];
  /** The same bars by row; overlapping stays in one lane go to different rows. */
  rows: TimelineBar[][];
  top: number;
  height: number;
}

export interface TimelineLayout {
  width: number;
  /** Full SVG height, axis included. */
  height: number;
  window: TimeWindow;
  now: Date;
  /** `null` when now is outside the window. */
  nowX: number | null;
  lanes: TimelineLane[];
  ticks: Tick[];
  /** Bars drawn. */
  shown: number;
  /** Events entirely outside the window. */
  dropped: number;
  /** Many thin bars: no per-bar labels are drawn (each bar is still a link). */
  dense: boolean;
}

export interface LayoutInput {
  events: readonly TimelineEvent[];
  window: TimeWindow;
  now: Date;
  /** Plot width in px. */
  width: number;
}

function fitLabel(
  text: string,
  room: number,
  current: boolean,
  now: string,
): { labelFit: LabelFit; labelText: string } {
  const chars = Math.floor(room / GEOMETRY.charWidth);
  const withNow = `${text} · ${now}`;
  if (current && withNow.length <= chars) return { labelFit: 'full', labelText: withNow };
  if (text.length <= chars) return { labelFit: 'full', labelText: text };
  // Shortened at a word break: a cut word ("Crew Dr…") would not be part of the bar's
  // accessible name, which must contain the visible label (WCAG 2.5.3).
  const kept = text.slice(0, Math.max(chars - 1, 0));
  const whole = text[kept.length] === ' ' ? kept : kept.replace(/\S*$/, '');
  if (chars >= 4 && whole.trim()) return { labelFit: 'short', labelText: `${whole.trimEnd()}…` };
  return { labelFit: 'none', labelText: '' };
}

interface Placed {
  event: TimelineEvent;
  start: number;
  end: number;
  current: boolean;
}

/** Sorts the stays by start and gives each a row: first fit, which uses the fewest rows. */
function assignRows(items: Placed[]): number[] {
  items.sort((a, b) => a.start - b.start || a.end - b.end || a.event.id - b.event.id);
  const rowEnds: number[] = [];
  return items.map((item) => {
    let row = rowEnds.findIndex((end) => end <= item.start);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = item.end;
    return row;
  });
}

export function layoutTimeline({ events, window, now, width }: LayoutInput): TimelineLayout {
  const ws = window.start.getTime();
  const we = window.end.getTime();
  const span = Math.max(we - ws, 1);
  const nowMs = now.getTime();
  const toX = (t: number) => ((t - ws) / span) * width;

  const byLane = new Map<string, { key: TimelineEvent['lane']; items: Placed[]; first: number }>();
  let dropped = 0;
  for (const event of events) {
    const start = event.start.getTime();
    const current = event.end === null && start <= nowMs;
    const end = event.end ? event.end.getTime() : Math.max(start, nowMs);
    if (end < ws || start > we) {
      dropped++;
      continue;
    }
    let lane = byLane.get(event.lane.id);
    if (!lane) byLane.set(event.lane.id, (lane = { key: event.lane, items: [], first: start }));
    lane.items.push({ event, start, end, current });
    lane.first = Math.min(lane.first, start);
  }

  const shown = events.length - dropped;
  const lanes: TimelineLane[] = [];
  const sorted = [...byLane.values()].sort(
    (a, b) => a.first - b.first || a.key.label.localeCompare(b.key.label),
  );
  let top: number = GEOMETRY.axisHeight;
  let thin = 0;
  for (const lane of sorted) {
    const rowOf = assignRows(lane.items);
    const rows: TimelineBar[][] = [];
    const bars = lane.items.map((p, i): TimelineBar => {
      const r = rowOf[i]!;
      const x0 = Math.max(0, toX(p.start));
      const x1 = Math.min(width, toX(p.end));
      const barWidth = Math.max(GEOMETRY.minBarWidth, x1 - x0);
      if (barWidth < THIN_BAR_PX) thin++;
      const room = barWidth - 2 * GEOMETRY.labelPadding - (p.current ? GEOMETRY.currentTail : 0);
      const bar: TimelineBar = {
        event: p.event,
        x: Math.min(x0, width - barWidth),
        width: barWidth,
        row: r,
        y:
          top +
          GEOMETRY.lanePadding +
          r * GEOMETRY.rowHeight +
          (GEOMETRY.rowHeight - GEOMETRY.barHeight) / 2,
        current: p.current,
        clippedStart: p.start < ws,
        clippedEnd: p.end > we,
        end: new Date(p.end),
        durationMs: p.end - p.start,
        ...fitLabel(
          p.event.chaser.label,
          room,
          p.current,
          TIMELINE_WORDS[p.event.kind ?? 'docking'].now,
        ),
      };
      (rows[r] ??= []).push(bar);
      return bar;
    });
    const height = rows.length * GEOMETRY.rowHeight + 2 * GEOMETRY.lanePadding;
    lanes.push({
      id: lane.key.id,
      label: lane.key.label,
      detail: lane.key.detail,
      bars,
      rows,
      top,
      height,
    });
    top += height;
  }

  const dense = shown >= DENSE_BAR_COUNT && thin / shown > 0.5;
  if (dense) {
    for (const lane of lanes)
      for (const bar of lane.bars) {
        bar.labelFit = 'none';
        bar.labelText = '';
      }
  }

  return {
    width,
    height: top,
    window,
    now,
    nowX: nowMs >= ws && nowMs <= we ? toX(nowMs) : null,
    lanes,
    ticks: generateTicks(window, width),
    shown,
    dropped,
    dense,
  };
}
