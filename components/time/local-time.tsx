import {
  formatDateTime,
  machineDateTime,
  normalizePrecision,
  parseIso,
  type PrecisionInput,
} from '@/lib/format/time';
import { ZonedTime } from './zoned-time';

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
 * ("28 Sep 2024, 16:17 UTC"); right after hydration it switches to the stored zone. LL2's
 * precision is read here, on the server, so the island only formats clock times.
 */
export function LocalTime({
  iso,
  precision,
  relative = true,
  fallback = 'Date unknown',
  className = '',
}: LocalTimeProps) {
  const date = parseIso(iso);
  if (!date) return <span className={`text-ink-muted ${className}`}>{fallback}</span>;
  return (
    <ZonedTime
      iso={date.toISOString()}
      kind={normalizePrecision(precision).kind}
      utcText={formatDateTime(date, 'UTC', precision)}
      dateTime={machineDateTime(date, precision)}
      relative={relative}
      className={className}
    />
  );
}
