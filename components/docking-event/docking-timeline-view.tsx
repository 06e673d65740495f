import { Link } from '@/components/ui/link';
import { DockingHistory } from '@/components/docking/docking-history';
import { TimelinePresets } from '@/components/timeline/timeline-presets';
import { listRecords } from '@/lib/data';
import type { ListState } from '@/lib/list/load';
import { parseDateTime } from '@/lib/query/values';
import { dockingEventsToTimelineEvents } from '@/lib/timeline/model';
import { resolveWindow, type WindowParams } from '@/lib/timeline/window';
import { createListUrl } from '@/lib/url/list-url';

/** A timeline draws every event in its window; past this many it asks for a narrower one. */
const MAX_EVENTS = 2000;
const WINDOW_PARAMS = new Set(['docking__gt', 'docking__gte', 'docking__lt', 'docking__lte']);

/**
 * `/docking-events?view=timeline`: the docking log's filters (station, port, chaser, search)
 * drawn as a timeline. `docking__gte`/`docking__lte` set the window; a stay that began before
 * the window but overlaps it is still drawn, which LL2's plain `docking__gte` would drop.
 */
export async function DockingTimelineView({ state }: { state: ListState }) {
  const { parsed, base, defaults, request } = state;
  const now = new Date();
  const last = (key: string) => state.values.get(key)?.at(-1);
  const range: WindowParams = {
    docking__gte: last('docking__gte') ?? last('docking__gt'),
    docking__lte: last('docking__lte') ?? last('docking__lt'),
  };
  const start =
    (range.docking__gte && parseDateTime(range.docking__gte)) || '0001-01-01T00:00:00.000Z';
  const end =
    (range.docking__lte && parseDateTime(range.docking__lte)) || '9999-12-31T00:00:00.000Z';
  const data = await listRecords(
    'docking_events',
    {
      ...parsed,
      query: {
        ...parsed.query,
        offset: 0,
        ordering: [{ field: 'docking', desc: true }],
        filters: parsed.query.filters.filter((f) => !WINDOW_PARAMS.has(f.filter.param)),
      },
    },
    { limit: MAX_EVENTS, span: { startField: 'docking', endField: 'departure', start, end } },
  );
  const events = dockingEventsToTimelineEvents(data.results, 'port');
  const window = resolveWindow(range, events, now);
  const hrefFor = (p: WindowParams) =>
    createListUrl(
      request.route,
      base,
      {
        docking__gte: p.docking__gte ?? null,
        docking__lte: p.docking__lte ?? null,
        docking__gt: null,
        docking__lt: null,
      },
      defaults,
    );
  const query = new URLSearchParams(
    base.filter(([k]) => !WINDOW_PARAMS.has(k)).map(([k, v]) => [k, v]),
  ).toString();

  if (events.length === 0) {
    return (
      <p className="text-ink-muted py-8">
        No docking in this window.{' '}
        <Link className="text-link underline" href={hrefFor({})}>
          Show all time
        </Link>
      </p>
    );
  }
  return (
    <div className="space-y-3">
      {data.count > MAX_EVENTS ? (
        <p role="status" className="text-ink-muted text-sm">
          Showing the {MAX_EVENTS.toLocaleString('en')} most recent of{' '}
          {data.count.toLocaleString('en')} dockings; narrow the window or the filters to see the
          rest.
        </p>
      ) : null}
      <DockingHistory
        title="Dockings by port"
        events={events}
        now={now}
        laneBy="port"
        window={window}
        zoom={{ baseHref: request.route, query }}
        allHref={createListUrl(request.route, base, { view: null, offset: null }, defaults)}
        controls={<TimelinePresets window={window} now={now} current={range} buildHref={hrefFor} />}
      />
    </div>
  );
}
