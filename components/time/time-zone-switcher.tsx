'use client';

import { useId } from 'react';
import {
  setTimeZonePreference,
  useBrowserTimeZone,
  useTimeZonePreference,
} from './time-zone-store';

/** Zones readers of launch schedules ask for most: the big launch sites and big audiences. */
const ZONES: { value: string; label: string }[] = [
  { value: 'America/New_York', label: 'US Eastern (Florida)' },
  { value: 'America/Chicago', label: 'US Central (Texas)' },
  { value: 'America/Los_Angeles', label: 'US Pacific (California)' },
  { value: 'Europe/London', label: 'London' },
  { value: 'Europe/Paris', label: 'Central Europe' },
  { value: 'Europe/Moscow', label: 'Moscow' },
  { value: 'Asia/Kolkata', label: 'India' },
  { value: 'Asia/Shanghai', label: 'China' },
  { value: 'Asia/Tokyo', label: 'Japan' },
  { value: 'Australia/Sydney', label: 'Sydney' },
  { value: 'Pacific/Auckland', label: 'New Zealand' },
];

/** "America/New_York" → "New York": enough to recognise one's own zone in a narrow select. */
function cityOf(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/** Where LocalTime shows clock times: the reader's own zone, UTC, or a chosen zone. */
export function TimeZoneSwitcher({ className = '' }: { className?: string }) {
  const id = useId();
  const preference = useTimeZonePreference() ?? 'local';
  const browserZone = useBrowserTimeZone();
  const custom =
    preference !== 'local' && preference !== 'UTC' && !ZONES.some((z) => z.value === preference);

  return (
    <div className={`flex items-center gap-2 ${className}`}>
      <label htmlFor={id} className="text-ink-muted text-sm">
        Times in
      </label>
      <select
        id={id}
        value={preference}
        onChange={(e) => setTimeZonePreference(e.target.value)}
        className="border-line bg-surface text-ink shadow-card hover:border-line-strong h-9 max-w-44 rounded-lg border px-2 text-sm"
      >
        <option value="local">
          {browserZone ? `Local (${cityOf(browserZone)})` : 'Local time'}
        </option>
        <option value="UTC">UTC</option>
        <optgroup label="Zones">
          {custom ? <option value={preference}>{preference.replace(/_/g, ' ')}</option> : null}
          {ZONES.map((zone) => (
            <option key={zone.value} value={zone.value}>
              {zone.label}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}
