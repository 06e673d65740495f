import type { Moment } from '@/lib/domain/detail-shared';
import type { EventDetail } from '@/lib/domain/event-detail';
import type { LaunchDetail } from '@/lib/domain/launch-detail';
import {
  isImprecise,
  parsePrecision,
  precisionLabel,
  precisionSpan,
  type PrecisionKind,
} from './precision';

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

/** An event's id as its URLs and UIDs write it; null for a record without one. */
export function eventId(event: EventDetail): string | null {
  return Number.isFinite(event.id) ? String(event.id) : null;
}

/** A moment of a domain view as a Date. */
export function dateOf(moment: Moment | null): Date | null {
  return moment ? new Date(moment.iso) : null;
}

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
export function launchTiming(launch: LaunchDetail): Timing | undefined {
  const moment = launch.net ?? launch.windowStart ?? launch.windowEnd;
  if (!moment) return undefined;
  const anchor = new Date(moment.iso);
  const net = dateOf(launch.net);

  // The domain view already widened 2.0.0's `tbddate`/`tbdtime` flags into the precision.
  const stated = parsePrecision(moment.precision);
  let kind = stated;
  // A TBD launch's clock time is a placeholder; an already imprecise NET keeps its own span.
  const tbd = launch.statusKey === 'tbd';
  if (tbd && !isImprecise(kind)) kind = 'day';

  if (isImprecise(kind) && kind) {
    const raw = kind === stated ? moment.precision : undefined;
    const reason = tbd && kind !== stated ? `status ${launch.status?.name ?? 'TBD'}` : undefined;
    return spanTiming(anchor, kind, raw, reason);
  }

  const ws = dateOf(launch.windowStart);
  const start = ws && (!net || ws.getTime() <= net.getTime()) ? ws : anchor;
  const we = dateOf(launch.windowEnd);
  const end =
    we && we.getTime() > start.getTime() ? we : new Date(start.getTime() + DEFAULT_LAUNCH_MS);
  return { start, end, allDay: false, precision: kind };
}

/** An event's `date` plus its ISO 8601 `duration` (1 h when absent), or its imprecise span. */
export function eventTiming(event: EventDetail): Timing | undefined {
  const start = dateOf(event.date);
  if (!start || !event.date) return undefined;
  const precision = parsePrecision(event.date.precision);
  if (isImprecise(precision) && precision) {
    return spanTiming(start, precision, event.date.precision);
  }
  const ms = event.duration && event.duration.seconds > 0 ? event.duration.seconds * 1000 : DEFAULT_EVENT_MS;
  return { start, end: new Date(start.getTime() + ms), allDay: false, precision };
}
