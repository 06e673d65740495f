/** Durations in seconds as short human text; `durationSeconds` (lib/ll2/read) parses LL2's. */

import { durationSeconds } from '@/lib/ll2/read';
import { groupThousands } from './group-thousands';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

/** Whole days, hours, minutes and seconds in a non-negative number of seconds (truncated). */
export function splitDuration(totalSeconds: number): DurationParts {
  const t = Math.max(0, Math.floor(Math.abs(totalSeconds)));
  return {
    days: Math.floor(t / DAY),
    hours: Math.floor((t % DAY) / HOUR),
    minutes: Math.floor((t % HOUR) / MINUTE),
    seconds: t % MINUTE,
  };
}

export interface HumaniseOptions {
  /** How many adjacent units to show, largest first. Default 2: "372 days 14 h". */
  units?: number;
  /** `short` (default): "4 h 35 min"; `long`: "4 hours, 35 minutes" (for screen-reader labels). */
  style?: 'short' | 'long';
}

const UNIT_NAMES = {
  short: [
    ['day', 'days'],
    ['h', 'h'],
    ['min', 'min'],
    ['s', 's'],
  ],
  long: [
    ['day', 'days'],
    ['hour', 'hours'],
    ['minute', 'minutes'],
    ['second', 'seconds'],
  ],
} as const;

/**
 * Short human text for a duration in seconds. Shows `units` adjacent units starting at the
 * largest non-zero one and truncates the rest (a 14 h 50 min stay reads "14 h 50 min", a
 * 372 d 14 h 50 min one "372 days 14 h"), dropping units that are zero.
 */
export function humaniseDuration(totalSeconds: number, options: HumaniseOptions = {}): string {
  const { units = 2, style = 'short' } = options;
  const names = UNIT_NAMES[style];
  const sign = totalSeconds < 0 ? '-' : '';
  const abs = Math.abs(totalSeconds);
  if (abs > 0 && abs < 1) return style === 'short' ? '< 1 s' : 'less than a second';
  const p = splitDuration(abs);
  const values = [p.days, p.hours, p.minutes, p.seconds];
  const first = values.findIndex((v) => v > 0);
  if (first === -1) return style === 'short' ? '0 s' : '0 seconds';
  const parts: string[] = [];
  for (let i = first; i < Math.min(values.length, first + units); i++) {
    const v = values[i] ?? 0;
    const name = names[i];
    if (v === 0 || name === undefined) continue;
    parts.push(`${groupThousands(v)} ${v === 1 ? name[0] : name[1]}`);
  }
  return sign + parts.join(style === 'short' ? ' ' : ', ');
}

/** Parse and humanise in one go; null when the input is not a duration. */
export function formatIsoDuration(
  input: string | null | undefined,
  options?: HumaniseOptions,
): string | null {
  const seconds = durationSeconds(input);
  return seconds === null ? null : humaniseDuration(seconds, options);
}
