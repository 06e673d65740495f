'use client';

import { clockText, relativeText, type PrecisionKind } from '@/lib/format/zoned-time';
import { useDisplayTimeZone } from './time-zone-store';
import { useNow } from './use-now';

export interface ZonedTimeProps {
  /** The instant, as an ISO string. */
  iso: string;
  kind: PrecisionKind;
  /** The text in UTC, as the server renders it. */
  utcText: string;
  /** The `<time datetime>` value. */
  dateTime: string;
  relative: boolean;
  className?: string;
}

/**
 * LocalTime's browser part: the server's UTC text until hydration, then the clock time in the
 * reader's zone and "in 3 days" (both depend on the browser). Only clock precisions change zone.
 * The relative part's element is in the server's HTML already, and its text is one string, so
 * showing it is one text write per time rather than three inserted nodes: DOM writes after load
 * are what the switch costs (and each costs ten times more under Lighthouse's tracing).
 */
export function ZonedTime({ iso, kind, utcText, dateTime, relative, className }: ZonedTimeProps) {
  const zone = useDisplayTimeZone();
  const now = useNow(60_000);
  const date = new Date(iso);
  const clock = kind === 'second' || kind === 'minute' || kind === 'hour';
  // The server's text is already UTC: no Intl formatting (and no ICU data) for it.
  const text = clock && zone !== null && zone !== 'UTC' ? clockText(date, zone, kind) : utcText;
  const title =
    clock && zone !== null && zone !== 'UTC'
      ? `${utcText} · ${zone.replace(/_/g, ' ')}`
      : undefined;

  return (
    <span className={className || undefined}>
      <time dateTime={dateTime} title={title}>
        {text}
      </time>
      {relative ? (
        <>
          {' '}
          <span className="text-ink-muted whitespace-nowrap">
            {now === null ? '' : `· ${relativeText(date, new Date(now), kind)}`}
          </span>
        </>
      ) : null}
    </span>
  );
}
