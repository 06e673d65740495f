'use client';

import {
  formatDateTime,
  formatRelative,
  hasTimeOfDay,
  machineDateTime,
  parseIso,
  type PrecisionInput,
} from '@/lib/format/time';
import { useDisplayTimeZone } from './time-zone-store';
import { useNow } from './use-now';

export interface LocalTimeProps {
  /** ISO 8601 instant from LL2 (`net`, `date`, `docking`…). */
  iso: string | null | undefined;
  /** LL2 `net_precision` / `date_precision` object, or its name. Missing → minute. */
  precision?: PrecisionInput;
  /** Add "in 3 days" / "2 years ago" after the date (client only: it depends on now). */
  relative?: boolean;
  /** Shown when `iso` is missing or invalid. */
  fallback?: string;
  className?: string;
}

/**
 * A timestamp in the reader's chosen zone. Server HTML and the hydration render show UTC
 * ("28 Sep 2024, 16:17 UTC"); right after hydration it switches to the stored zone.
 */
export function LocalTime({
  iso,
  precision,
  relative = true,
  fallback = 'Date unknown',
  className = '',
}: LocalTimeProps) {
  const zone = useDisplayTimeZone();
  const now = useNow(60_000);
  const date = parseIso(iso);
  if (!date) return <span className={`text-ink-muted ${className}`}>{fallback}</span>;

  const clock = hasTimeOfDay(precision);
  const text = formatDateTime(date, clock ? (zone ?? 'UTC') : 'UTC', precision);
  const title =
    clock && zone !== null && zone !== 'UTC'
      ? `${formatDateTime(date, 'UTC', precision)} · ${zone.replace(/_/g, ' ')}`
      : undefined;

  return (
    <span className={className || undefined}>
      <time dateTime={machineDateTime(date, precision)} title={title}>
        {text}
      </time>
      {relative && now !== null ? (
        <>
          {' '}
          <span className="text-ink-muted whitespace-nowrap">
            · {formatRelative(date, new Date(now), precision)}
          </span>
        </>
      ) : null}
    </span>
  );
}
