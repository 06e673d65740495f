import type { EventFacts, LaunchFacts } from './facts';
import { isImprecise, precisionLabel, precisionSpan, type PrecisionKind } from './precision';

/** When something happens, as calendars and JSON-LD should show it. */
export interface Timing {
  /** Timed: the instant. All-day: UTC midnight of the first day. */
  start: Date;
  /** Timed: the instant. All-day: UTC midnight after the last day (exclusive). */
  end: Date;
  allDay: boolean;
  /** The precision actually applied (after TBD/`tbddate` widening). */
  precision: PrecisionKind | null;
  /** Set when the exact time is unknown: "Month — exact time not yet known". */
  precisionNote?: string;
}

const HOUR = 3_600_000;
/** LL2 gives no duration for launches; an hour covers the count-down and ascent on a calendar. */
export const DEFAULT_LAUNCH_MS = HOUR;
export const DEFAULT_EVENT_MS = HOUR;

function spanTiming(anchor: Date, kind: PrecisionKind, raw: unknown, reason?: string): Timing {
  const { start, end } = precisionSpan(anchor, kind);
  const label = precisionLabel(raw, kind);
  const note = `${label} — exact time not yet known${reason ? ` (${reason})` : ''}`;
  return { start, end, allDay: true, precision: kind, precisionNote: note };
}

/**
 * A launch's window, or the whole day/month/quarter… its NET stands for when the time is not
 * known: `net_precision` of Day or coarser, 2.0.0 `tbddate`/`tbdtime` flags, or status TBD (a TBD
 * launch's NET is a placeholder, so at best its day is known).
 */
export function launchTiming(launch: LaunchFacts): Timing | undefined {
  const anchor = launch.net ?? launch.windowStart ?? launch.windowEnd;
  if (!anchor) return undefined;

  let kind = launch.precision;
  if (kind === null && launch.tbdDate) kind = 'month';
  else if (kind === null && launch.tbdTime) kind = 'day';
  // A TBD launch's clock time is a placeholder; an already imprecise NET keeps its own span.
  const tbd = launch.status.key === 'tbd';
  if (tbd && !isImprecise(kind)) kind = 'day';

  if (isImprecise(kind) && kind) {
    const raw = kind === launch.precision ? launch.precisionRaw : undefined;
    const reason =
      tbd && kind !== launch.precision ? `status ${launch.status.name ?? 'TBD'}` : undefined;
    return spanTiming(anchor, kind, raw, reason);
  }

  const ws = launch.windowStart;
  const start = ws && (!launch.net || ws.getTime() <= launch.net.getTime()) ? ws : anchor;
  const we = launch.windowEnd;
  const end =
    we && we.getTime() > start.getTime() ? we : new Date(start.getTime() + DEFAULT_LAUNCH_MS);
  return { start, end, allDay: false, precision: kind };
}

/** An event's `date` plus its ISO 8601 `duration` (1 h when absent), or its imprecise span. */
export function eventTiming(event: EventFacts): Timing | undefined {
  if (!event.date) return undefined;
  if (isImprecise(event.precision) && event.precision) {
    return spanTiming(event.date, event.precision, event.precisionRaw);
  }
  const ms = event.durationMs && event.durationMs > 0 ? event.durationMs : DEFAULT_EVENT_MS;
  return {
    start: event.date,
    end: new Date(event.date.getTime() + ms),
    allDay: false,
    precision: event.precision,
  };
}
