import type { ReactElement } from 'react';
import { familyColor } from '@/lib/timeline/colors';
import { GEOMETRY, durationText, formatUtc, type TimelineBar } from '@/lib/timeline/layout';

/**
 * One sentence per bar: its accessible name and its hover tooltip, from a single SVG <title>
 * (SVG-AAM names an <a> from its <title> child). It starts with the words drawn on the bar (name,
 * and "docked now" for a current stay), so speech users can say what they see (WCAG 2.5.3,
 * label in name).
 */
export function describeBar(bar: TimelineBar): string {
  const e = bar.event;
  const where = e.port === e.target ? e.port : `${e.port} (${e.target})`;
  const docked = `docked ${formatUtc(e.start)}`;
  const duration = durationText(bar.durationMs);
  if (bar.current) {
    return `${e.chaser.label}, docked now at ${where} since ${formatUtc(e.start)}, ${duration} so far`;
  }
  if (!e.end) return `${e.chaser.label}, ${where}, ${docked}, departure not known`;
  return `${e.chaser.label}, ${where}, ${docked}, departed ${formatUtc(e.end)}, ${duration}`;
}

/** A tenth of a pixel is finer than any screen shows; full doubles would double the markup. */
export const px = (n: number) => Math.round(n * 10) / 10;

// Hover and focus rings for every bar, set once on the <svg> instead of on 1,000 rects.
export const BAR_STATES =
  '[&_a>rect:first-of-type]:stroke-2 [&_a:hover>rect:first-of-type]:stroke-slate-500 ' +
  '[&_a:focus-visible>rect:first-of-type]:stroke-slate-950 dark:[&_a:focus-visible>rect:first-of-type]:stroke-white';

/**
 * A bar and its link. The lane's <g> is translated to the top of its first row, so `y` is the
 * row's offset. A plain function, not a component: a timeline draws up to 2,000 of these and the
 * markup is sent twice (as HTML and in the RSC payload), so every attribute and wrapper counts.
 */
export function timelineBar(bar: TimelineBar, y: number, stripesId: string) {
  const color = familyColor(bar.event.chaser.family);
  const [x, width] = [px(bar.x), px(bar.width)];
  const h = GEOMETRY.barHeight;
  // Left out on a lane's first row; an `undefined` prop would still cost `"y":"$undefined"`.
  const row = y ? { y } : {};
  const extras: ReactElement[] = [];
  if (bar.current) {
    const tail = Math.min(GEOMETRY.currentTail, width);
    extras.push(
      <rect
        key="tail"
        x={px(x + width - tail)}
        {...row}
        width={tail}
        height={h}
        fill={`url(#${stripesId})`}
      />,
    );
    if (!bar.clippedEnd)
      extras.push(
        <path
          key="arrow"
          d={`M${px(x + width)} ${y + 3}l6 ${h / 2 - 3}-6 ${h / 2 - 3}z`}
          className={color.bar}
        />,
      );
  }
  if (bar.labelText)
    extras.push(
      <text
        key="label"
        x={px(x + GEOMETRY.labelPadding)}
        y={y + h / 2}
        dy="0.35em"
        className={color.text}
      >
        {bar.labelText}
      </text>,
    );
  return (
    <g key={bar.event.id} role="listitem">
      <a href={bar.event.href}>
        <title>{describeBar(bar)}</title>
        <rect x={x} {...row} width={width} height={h} rx={3} className={color.bar} />
        {extras}
      </a>
    </g>
  );
}
