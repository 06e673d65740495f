import { ViewAllLink } from '@/components/detail/view-all-link';
import { DockingTable } from '@/components/timeline/docking-table';
import { DockingTimeline } from '@/components/timeline/docking-timeline';
import type { TimeWindow } from '@/lib/timeline/layout';
import { TIMELINE_WORDS, type RangeNames, type TimelineKind } from '@/lib/timeline/kinds';
import type { LaneBy, TimelineEvent } from '@/lib/timeline/model';

/** Up to this many rows the table shows open; longer histories fold it under a summary. */
const OPEN_ROWS = 12;
/**
 * The table lists at most the newest this many stays: a station's full history can run past a
 * thousand, which would double a page the plot already names bar by bar. The docking log (linked
 * below the table) pages through all of them.
 */
const TABLE_ROWS = 100;

export interface DockingHistoryProps {
  title: string;
  events: TimelineEvent[];
  now: Date;
  laneBy: LaneBy;
  window?: TimeWindow;
  /** Range controls (presets, zoom) rendered above the plot. */
  controls?: React.ReactNode;
  zoom?: { baseHref: string; query: string; names?: RangeNames };
  /** The docking log with the same filters (every row, paged). */
  allHref?: string;
  /** The list `allHref` leads to, for its link text ("docking log"). */
  allName?: string;
  /** Dockings (the default) or a station's expeditions. */
  kind?: TimelineKind;
  /** Plot width in px (it scrolls sideways on narrower screens). */
  width?: number;
}

/** The docking timeline (lanes by port or by station) and the same data as a table. */
export function DockingHistory({
  title,
  events,
  now,
  laneBy,
  window,
  controls,
  zoom,
  allHref,
  allName = 'docking log',
  kind = 'docking',
  width = 1100,
}: DockingHistoryProps) {
  const { many } = TIMELINE_WORDS[kind];
  const shown = Math.min(events.length, TABLE_ROWS);
  const caption =
    shown < events.length
      ? `${title}: the newest ${shown} of ${events.length.toLocaleString('en')} ${many}`
      : `${title}: every ${TIMELINE_WORDS[kind].one}, newest first`;
  const table = (
    <DockingTable events={events} now={now} laneBy={laneBy} caption={caption} limit={TABLE_ROWS} />
  );
  return (
    <div className="space-y-4">
      {controls}
      <DockingTimeline
        events={events}
        now={now}
        title={title}
        laneBy={laneBy}
        window={window}
        zoom={zoom}
        kind={kind}
        width={width}
        headingLevel={3}
      />
      {events.length > OPEN_ROWS ? (
        <details className="group border-line bg-surface shadow-card rounded-2xl border">
          <summary className="text-ink flex items-center justify-between gap-3 px-4 py-3 font-medium">
            <span>
              {shown < events.length
                ? `Show the newest ${shown} of ${events.length.toLocaleString('en')} ${many} as a table`
                : `Show all ${events.length} ${many} as a table`}
            </span>
            <span aria-hidden="true" className="text-ink-muted transition group-open:rotate-180">
              ▾
            </span>
          </summary>
          <div className="border-line border-t p-3">{table}</div>
        </details>
      ) : (
        table
      )}
      {allHref ? (
        <p className="text-sm">
          <ViewAllLink href={allHref}>
            {shown < events.length
              ? `All ${events.length.toLocaleString('en')} ${many} in the ${allName}`
              : `Open these ${many} in the ${allName}`}
          </ViewAllLink>
        </p>
      ) : null}
    </div>
  );
}
