/**
 * The timeline's bars as the plot's client component receives them: numbers and indexes into a
 * table of strings. A station's history runs past a thousand stays; sent as React elements they
 * were most of the page twice over (once as HTML, once in the RSC payload, each title written out
 * in both). As data, the RSC payload carries every name once and the browser builds the elements
 * (and their titles) itself, to the same markup the server rendered.
 */
import type { FamilyColor } from './colors';
import { durationText, formatUtcCompact } from './format';
import { GEOMETRY, type TimelineLayout } from './layout';
import { TIMELINE_WORDS, type TimelineKind } from './kinds';

/** A tenth of a pixel is finer than any screen shows; full doubles would double the markup. */
export const px = (n: number) => Math.round(n * 10) / 10;

const CURRENT = 1;
const CLIPPED_END = 2;
const DEPARTED = 4;

/** One bar; the strings (chaser, port, target, label) are indexes into `PlotData.strings`. */
export type PlotBar = [
  id: number,
  x: number,
  width: number,
  /** Offset from the lane's first row. */
  y: number,
  color: number,
  /** Docking time, ms since the epoch. */
  start: number,
  /** Departure, or now while still docked (ms). */
  end: number,
  flags: number,
  chaser: number,
  port: number,
  target: number,
  /** The text drawn inside the bar, or -1. */
  label: number,
];

export interface PlotLane {
  id: string;
  label: string;
  /** The `translate` of the lane's group: the top of its first row of bars. */
  top: number;
  bars: PlotBar[];
}

export interface PlotData {
  /** Dockings or expeditions: every bar of a plot is one kind. */
  kind: TimelineKind;
  lanes: PlotLane[];
  strings: string[];
  /** The distinct family colours, by index. */
  colors: Pick<FamilyColor, 'bar' | 'text'>[];
}

/** Space above and below a bar inside its row. */
const BAR_INSET = (GEOMETRY.rowHeight - GEOMETRY.barHeight) / 2;

/** A list of distinct values and a function giving each key's index in it, adding it once. */
function indexer<K, V>(toValue: (key: K) => V): [V[], (key: K) => number] {
  const values: V[] = [];
  const index = new Map<K, number>();
  return [
    values,
    (key) => {
      let i = index.get(key);
      if (i === undefined) index.set(key, (i = values.push(toValue(key)) - 1));
      return i;
    },
  ];
}

export function toPlotData(
  layout: TimelineLayout,
  colorOf: (family: string) => FamilyColor,
  kind: TimelineKind = 'docking',
): PlotData {
  const [strings, text] = indexer((s: string) => s);
  const [colors, color] = indexer((family: string) => {
    const { bar, text: label } = colorOf(family);
    return { bar, text: label };
  });
  const lanes = layout.lanes.map((lane) => {
    const top = lane.top + GEOMETRY.lanePadding + BAR_INSET;
    return {
      id: lane.id,
      label: lane.label,
      top,
      bars: lane.bars.map((bar): PlotBar => {
        const e = bar.event;
        const flags =
          (bar.current ? CURRENT : 0) | (bar.clippedEnd ? CLIPPED_END : 0) | (e.end ? DEPARTED : 0);
        return [
          e.id,
          px(bar.x),
          px(bar.width),
          bar.y - top,
          color(e.chaser.family),
          e.start.getTime(),
          bar.end.getTime(),
          flags,
          text(e.chaser.label),
          text(e.port),
          text(e.target),
          bar.labelText ? text(bar.labelText) : -1,
        ];
      }),
    };
  });
  return { kind, lanes, strings, colors };
}

/** A bar's fields by name, with its strings looked up. */
export function readBar(bar: PlotBar, strings: readonly string[], kind: TimelineKind = 'docking') {
  const [id, x, width, y, color, start, end, flags, chaser, port, target, label] = bar;
  return {
    kind,
    id,
    href: TIMELINE_WORDS[kind].href(id),
    x,
    width,
    y,
    color,
    start: new Date(start),
    end: new Date(end),
    current: (flags & CURRENT) !== 0,
    clippedEnd: (flags & CLIPPED_END) !== 0,
    departed: (flags & DEPARTED) !== 0,
    chaser: strings[chaser] ?? '',
    port: strings[port] ?? '',
    target: strings[target] ?? '',
    label: label < 0 ? '' : (strings[label] ?? ''),
  };
}

/**
 * One sentence per bar: its accessible name and its hover tooltip, from a single SVG <title>
 * (SVG-AAM names an <a> from its <title> child). It starts with the words drawn on the bar (name,
 * and "docked now" for a current stay), so speech users can say what they see (WCAG 2.5.3,
 * label in name).
 */
export function describeBar(bar: ReturnType<typeof readBar>): string {
  const where = bar.port === bar.target ? bar.port : `${bar.port} (${bar.target})`;
  const docked = formatUtcCompact(bar.start);
  const duration = durationText(bar.end.getTime() - bar.start.getTime());
  if (bar.kind === 'expedition') {
    if (bar.current)
      return `${bar.chaser}, aboard now at ${where} since ${docked}, ${duration} so far`;
    if (!bar.departed) return `${bar.chaser}, ${where}, from ${docked}, end not known`;
    return `${bar.chaser}, ${where}, from ${docked} to ${formatUtcCompact(bar.end)}, ${duration}`;
  }
  if (bar.current)
    return `${bar.chaser}, docked now at ${where} since ${docked}, ${duration} so far`;
  if (!bar.departed) return `${bar.chaser}, ${where}, docked ${docked}, departure not known`;
  return `${bar.chaser}, ${where}, docked ${docked}, departed ${formatUtcCompact(bar.end)}, ${duration}`;
}
