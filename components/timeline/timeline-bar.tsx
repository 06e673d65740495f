'use client';

import type { ReactElement } from 'react';
import { TIMELINE_WORDS } from '@/lib/timeline/kinds';
import { GEOMETRY } from '@/lib/timeline/layout';
import { describeBar, px, readBar, type PlotData } from '@/lib/timeline/plot-data';

/**
 * The lanes' bars, each a link named by its <title>. Built in the browser from `PlotData` (see
 * there why), to the same markup the server renders. Bars sit relative to their lane's first row,
 * so most carry no y of their own.
 */
export function TimelineLanes({
  kind,
  lanes,
  strings,
  colors,
  stripesId,
}: PlotData & { stripesId: string }) {
  const words = TIMELINE_WORDS[kind];
  return lanes.map((lane) => {
    const count = lane.bars.length;
    return (
      <g
        key={lane.id}
        role="list"
        aria-label={`${lane.label}: ${count} ${count === 1 ? words.one : words.many}`}
        transform={`translate(0 ${lane.top})`}
      >
        {lane.bars.map((data) => {
          const bar = readBar(data, strings, kind);
          return timelineBar(bar, colors[bar.color] ?? { bar: '', text: '' }, stripesId);
        })}
      </g>
    );
  });
}

/**
 * A bar and its link. A plain function, not a component: a timeline draws up to 2,000 of these,
 * so every attribute and wrapper counts.
 */
function timelineBar(
  bar: ReturnType<typeof readBar>,
  color: PlotData['colors'][number],
  stripesId: string,
) {
  const { x, width, y } = bar;
  const h = GEOMETRY.barHeight;
  // Left out on a lane's first row: an `undefined` prop would still cost markup.
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
  if (bar.label)
    extras.push(
      <text
        key="label"
        x={px(x + GEOMETRY.labelPadding)}
        y={y + h / 2}
        dy="0.35em"
        className={color.text}
      >
        {bar.label}
      </text>,
    );
  return (
    <g key={bar.id} role="listitem">
      <a href={bar.href}>
        <title>{describeBar(bar)}</title>
        <rect x={x} {...row} width={width} height={h} rx={3} className={color.bar} />
        {extras}
      </a>
    </g>
  );
}
