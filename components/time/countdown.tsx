'use client';

import { humaniseDuration, splitDuration } from '@/lib/format/duration';
import { useNow } from './use-now';

export interface CountdownProps {
  /** Target instant (LL2 `net`). Render only when the precision has a time of day. */
  iso: string;
  /** What is being counted to, for the accessible name. */
  label?: string;
  /** `blocks`: big digits with unit captions; `inline`: "T− 3d 04:12:05" in running text. */
  variant?: 'blocks' | 'inline';
  className?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Live T−/T+ clock to `iso`, ticking each second. Shows dashes until hydrated. */
export function Countdown({
  iso,
  label = 'Countdown to launch',
  variant = 'blocks',
  className = '',
}: CountdownProps) {
  const now = useNow(1000);
  const target = Date.parse(iso);
  if (Number.isNaN(target)) return null;

  const seconds = now === null ? null : Math.round((target - now) / 1000);
  const sign = seconds === null || seconds > 0 ? 'T−' : 'T+';
  const parts = seconds === null ? null : splitDuration(seconds);
  const spoken =
    seconds === null
      ? label
      : `${label}: ${seconds > 0 ? 'T minus' : 'T plus'} ${humaniseDuration(Math.abs(seconds), {
          style: 'long',
          units: 4,
        })}`;

  const cells: [string, string, string][] = [
    [parts ? String(parts.days) : '--', 'd', 'Days'],
    [parts ? pad(parts.hours) : '--', 'h', 'Hours'],
    [parts ? pad(parts.minutes) : '--', 'm', 'Minutes'],
    [parts ? pad(parts.seconds) : '--', 's', 'Seconds'],
  ];

  if (variant === 'inline') {
    return (
      <span role="timer" aria-live="off" aria-label={spoken} className={`numeric ${className}`}>
        <span aria-hidden="true">
          {sign} {cells[0]?.[0]}d {cells[1]?.[0]}:{cells[2]?.[0]}:{cells[3]?.[0]}
        </span>
      </span>
    );
  }

  return (
    <div
      role="timer"
      aria-live="off"
      aria-label={spoken}
      className={`inline-flex items-stretch gap-1.5 ${className}`}
    >
      <span
        aria-hidden="true"
        className="numeric bg-accent text-accent-ink grid place-items-center rounded-lg px-2.5 text-lg font-semibold"
      >
        {sign}
      </span>
      {cells.map(([value, , caption]) => (
        <span
          key={caption}
          aria-hidden="true"
          className="border-line bg-surface shadow-card grid min-w-14 place-items-center rounded-lg border px-2 py-1.5"
        >
          <span className="numeric text-ink text-2xl leading-none font-semibold">{value}</span>
          <span className="text-ink-muted mt-1 text-[0.6875rem] font-medium tracking-wide uppercase">
            {caption}
          </span>
        </span>
      ))}
    </div>
  );
}
