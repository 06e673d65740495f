import { useId } from 'react';
import { familyColor, legendFor } from '@/lib/timeline/colors';
import {
  GEOMETRY,
  defaultWindow,
  formatUtcCompact,
  layoutTimeline,
  type TimeWindow,
} from '@/lib/timeline/layout';
import {
  DOCKING_RANGE,
  TIMELINE_WORDS,
  type RangeNames,
  type TimelineKind,
} from '@/lib/timeline/kinds';
import type { LaneBy, TimelineEvent } from '@/lib/timeline/model';
import { toPlotData } from '@/lib/timeline/plot-data';
import { TimelineAxis } from './timeline-axis';
import { TimelineLanes } from './timeline-bar';
import { TimelineLegend } from './timeline-legend';
import { TimelineZoom } from './timeline-zoom';

export interface DockingTimelineProps {
  events: TimelineEvent[];
  /** Defaults to everything: first docking to the last departure or now. */
  window?: TimeWindow;
  now: Date;
  title: string;
  laneBy: LaneBy;
  /** Plot width in px; the plot scrolls sideways when the screen is narrower. */
  width?: number;
  /** The title's heading level in the page outline. */
  headingLevel?: 2 | 3;
  /** Enables drag-to-zoom on the axis: the page's path and its current query string. */
  zoom?: { baseHref: string; query: string; names?: RangeNames };
  /** Dockings (the default) or a station's expeditions. */
  kind?: TimelineKind;
}

// Hover and focus rings for every bar, set once on the <svg> instead of on 1,000 rects.
const BAR_STATES =
  '[&_a>rect:first-of-type]:stroke-2 [&_a:hover>rect:first-of-type]:stroke-slate-500 ' +
  '[&_a:focus-visible>rect:first-of-type]:stroke-slate-950 dark:[&_a:focus-visible>rect:first-of-type]:stroke-white';

/** Alternate lanes are shaded, in the label column and the plot alike. */
const LANE_SHADE = ['', 'bg-slate-50 dark:bg-slate-900'] as const;

export function DockingTimeline({
  events,
  window,
  now,
  title,
  laneBy,
  width = 960,
  headingLevel = 2,
  zoom,
  kind = 'docking',
}: DockingTimelineProps) {
  const words = TIMELINE_WORDS[kind];
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const id = useId().replace(/[^\w-]/g, '');
  const win = window ?? defaultWindow(events, now);
  const layout = layoutTimeline({ events, window: win, now, width });
  const shownEvents = layout.lanes.flatMap((lane) => lane.bars.map((bar) => bar.event));
  const stripesId = `${id}-stripes`;
  const noun = laneBy === 'port' ? 'port' : 'station';
  const many = (n: number) => (n === 1 ? words.one : words.many);

  return (
    <figure aria-labelledby={`${id}-title`} className="space-y-3">
      <figcaption>
        <Heading
          id={`${id}-title`}
          className="text-lg font-semibold text-slate-900 dark:text-slate-100"
        >
          {title}
        </Heading>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {formatUtcCompact(win.start)} to {formatUtcCompact(win.end)} · {layout.shown}{' '}
          {many(layout.shown)}
          {layout.dropped > 0 && `, ${layout.dropped} outside this range`}
        </p>
      </figcaption>

      {layout.lanes.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No {words.many} in this range.</p>
      ) : (
        <div className="grid grid-cols-[auto_minmax(0,1fr)] rounded-md border border-slate-200 dark:border-slate-800">
          {/* Lane names live outside the scrolling plot so they stay in view on narrow screens; the
              SVG lists carry the same names for assistive technology. */}
          <div
            aria-hidden="true"
            className="max-w-32 border-r border-slate-200 sm:max-w-56 dark:border-slate-800"
          >
            <div style={{ height: GEOMETRY.axisHeight }} />
            {layout.lanes.map((lane, i) => (
              <div
                key={lane.id}
                style={{ height: lane.height }}
                title={lane.detail ? `${lane.label} (${lane.detail})` : lane.label}
                className={`flex items-center px-2 text-xs font-medium text-slate-800 dark:text-slate-200 ${LANE_SHADE[i % 2]}`}
              >
                <span className="truncate">{lane.label}</span>
              </div>
            ))}
          </div>
          {/* rtl on the scroller starts it scrolled to the right, so phones open on the latest
              dockings without JavaScript; the plot itself is ltr. */}
          <div dir="rtl" className="overflow-x-auto">
            <div dir="ltr" className="relative mr-auto" style={{ width }}>
              <svg
                width={width}
                height={layout.height}
                viewBox={`0 0 ${width} ${layout.height}`}
                role="group"
                aria-label={`${title}: ${layout.shown} ${words.many} by ${noun}`}
                className={`block font-sans text-[11px] ${BAR_STATES}`}
              >
                <defs>
                  <pattern
                    id={stripesId}
                    width={6}
                    height={6}
                    patternUnits="userSpaceOnUse"
                    patternTransform="rotate(45)"
                  >
                    <rect width={3} height={6} className="fill-white/60 dark:fill-slate-950/60" />
                  </pattern>
                </defs>
                <TimelineAxis layout={layout} />
                <TimelineLanes {...toPlotData(layout, familyColor, kind)} stripesId={stripesId} />
              </svg>
              {zoom && (
                <TimelineZoom
                  start={win.start.toISOString()}
                  end={win.end.toISOString()}
                  width={width}
                  height={layout.height}
                  bandHeight={GEOMETRY.axisHeight}
                  baseHref={zoom.baseHref}
                  query={zoom.query}
                  names={zoom.names ?? DOCKING_RANGE}
                />
              )}
            </div>
          </div>
        </div>
      )}

      {layout.lanes.length > 0 && (
        <TimelineLegend entries={legendFor(shownEvents)} stripesId={stripesId} kind={kind} />
      )}
    </figure>
  );
}
