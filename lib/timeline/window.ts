/**
 * The visible time range: its default, reading it from the URL, and zooming or panning it. The
 * URL carries LL2's own `docking__gte` / `docking__lte` parameters so a zoomed timeline is a
 * shareable link and the same filter the list page understands.
 */

import { MS, toIsoParam } from './format';
import type { TimelineEvent } from './model';
import type { TimeWindow } from './ticks';

export type { TimeWindow } from './ticks';

export interface WindowParams {
  docking__gte?: string;
  docking__lte?: string;
}

/** Zooming in stops at one hour: below that the data (minute precision) has nothing to show. */
export const MIN_SPAN_MS = MS.HOUR;

/** First docking, and the last departure or now, whichever is later. */
function extent(events: readonly TimelineEvent[], now: Date): { first: number; last: number } {
  let first = Infinity;
  let last = now.getTime();
  for (const e of events) {
    first = Math.min(first, e.start.getTime());
    if (e.end) last = Math.max(last, e.end.getTime());
  }
  if (!Number.isFinite(first)) first = last - 30 * MS.DAY;
  return { first: Math.min(first, last - MIN_SPAN_MS), last };
}

/** A little air at each open end, so the first and current bars do not touch the edges. */
const padFor = (span: number) => Math.max(span * 0.02, MS.HOUR);

/** From the first docking to the last departure or now, whichever is later, padded. */
export function defaultWindow(events: readonly TimelineEvent[], now: Date): TimeWindow {
  const { first, last } = extent(events, now);
  const pad = padFor(last - first);
  return { start: new Date(first - pad), end: new Date(last + pad) };
}

function parse(value: string | undefined): number | null {
  if (!value) return null;
  const t = new Date(value).getTime();
  return Number.isNaN(t) ? null : t;
}

/** The window the URL asks for; a missing end comes from the data, a bad range gives the default. */
export function resolveWindow(
  params: WindowParams,
  events: readonly TimelineEvent[],
  now: Date,
): TimeWindow {
  const from = parse(params.docking__gte);
  const to = parse(params.docking__lte);
  const { first, last } = extent(events, now);
  const start = from ?? first;
  const end = to ?? last;
  if (end - start < MIN_SPAN_MS) return defaultWindow(events, now);
  const pad = padFor(end - start);
  return { start: new Date(from ?? start - pad), end: new Date(to ?? end + pad) };
}

export function windowToParams(window: TimeWindow): Required<WindowParams> {
  return { docking__gte: toIsoParam(window.start), docking__lte: toIsoParam(window.end) };
}

/** Scales the span around its middle: `factor` 0.5 zooms in, 2 zooms out. */
export function zoomWindow(window: TimeWindow, factor: number): TimeWindow {
  const start = window.start.getTime();
  const end = window.end.getTime();
  const mid = (start + end) / 2;
  const half = Math.max((end - start) * factor, MIN_SPAN_MS) / 2;
  return { start: new Date(Math.round(mid - half)), end: new Date(Math.round(mid + half)) };
}

/** Moves the window by a fraction of its span: -0.5 goes half a window earlier. */
export function panWindow(window: TimeWindow, fraction: number): TimeWindow {
  const shift = Math.round((window.end.getTime() - window.start.getTime()) * fraction);
  return {
    start: new Date(window.start.getTime() + shift),
    end: new Date(window.end.getTime() + shift),
  };
}

/** The time range under a horizontal drag from `x0` to `x1` (pixels across a plot `width` wide). */
export function selectionToWindow(
  x0: number,
  x1: number,
  width: number,
  window: TimeWindow,
): TimeWindow | null {
  if (!(width > 0)) return null;
  const start = window.start.getTime();
  const span = window.end.getTime() - start;
  const clamp = (x: number) => Math.min(width, Math.max(0, x));
  const a = start + (clamp(Math.min(x0, x1)) / width) * span;
  const b = start + (clamp(Math.max(x0, x1)) / width) * span;
  if (b - a < MIN_SPAN_MS) return null;
  return {
    start: new Date(Math.floor(a / MS.MINUTE) * MS.MINUTE),
    end: new Date(Math.ceil(b / MS.MINUTE) * MS.MINUTE),
  };
}
