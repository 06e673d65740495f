import { toAgencySummary } from '@/lib/domain/agency';
import { toAstronautSummary } from '@/lib/domain/astronaut';
import { toEventSummary } from '@/lib/domain/event';
import { toLaunchSummary } from '@/lib/domain/launch';
import { toLocationSummary } from '@/lib/domain/location';
import { toPadSummary } from '@/lib/domain/pad';
import { toProgramSummary } from '@/lib/domain/program';
import { toRocketSummary } from '@/lib/domain/rocket';
import { toBoosterSummary } from '@/lib/domain/booster';
import { toSpaceStationSummary } from '@/lib/domain/space-station';
import { toSpacecraftSummary } from '@/lib/domain/spacecraft';
import { toSpacecraftConfigurationSummary } from '@/lib/domain/spacecraft-configuration';
import { formatUtc } from '@/lib/format/time';
import type { ResourceKey } from '@/lib/resources';
import type { WireRecord } from '@/lib/resources/types';

/** What a search can show for a resource, in the order groups are listed. */
export interface SearchSource {
  key: ResourceKey;
  /** What the site's search looks at for this resource, for the help text. */
  matches: string;
  /** One line of context under the title. */
  subtitle: (record: WireRecord) => string | null;
}

/** Day-precision UTC date: a subtitle needs the day, not the minute or the reader's zone. */
function day(iso: string | null): string | null {
  return iso ? formatUtc(iso, 'Day') : null;
}

function join(parts: readonly (string | null | undefined)[]): string | null {
  const kept = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  return kept.length > 0 ? kept.join(' · ') : null;
}

function count(n: number | null, one: string, many: string): string | null {
  return n === null ? null : `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

export const SEARCH_SOURCES: readonly SearchSource[] = [
  {
    key: 'launches',
    matches: 'name, mission, provider, rocket, manufacturer, spacecraft, crew, pad or location',
    subtitle: (r) => {
      const l = toLaunchSummary(r);
      return join([l.provider?.name, day(l.net), l.status?.name]);
    },
  },
  {
    key: 'events',
    matches: 'name',
    subtitle: (r) => {
      const e = toEventSummary(r);
      return join([e.type, day(e.date), e.location]);
    },
  },
  {
    key: 'agencies',
    matches: 'name or abbreviation',
    subtitle: (r) => {
      const a = toAgencySummary(r);
      return join([
        a.abbrev,
        a.type,
        a.countries
          .map((c) => c.name ?? c.alpha3)
          .filter(Boolean)
          .join(', '),
      ]);
    },
  },
  {
    key: 'spacecraft',
    matches: 'name or configuration',
    subtitle: (r) => {
      const s = toSpacecraftSummary(r);
      return join([s.serialNumber, s.config?.name, s.status?.name]);
    },
  },
  {
    key: 'space_stations',
    matches: 'name or owner',
    subtitle: (r) => {
      const s = toSpaceStationSummary(r);
      return join([s.status?.name, s.owners.map((o) => o.abbrev ?? o.name).join(', ')]);
    },
  },
  {
    key: 'launcher_configurations',
    matches: 'name, family or manufacturer',
    subtitle: (r) => {
      const c = toRocketSummary(r);
      return join([c.manufacturer, c.totalLaunches !== null ? count(c.totalLaunches, 'launch', 'launches') : null]);
    },
  },
  {
    key: 'launchers',
    matches: 'serial number or status',
    subtitle: (r) => {
      const b = toBoosterSummary(r);
      return join([b.rocket, b.status, b.flights !== null ? count(b.flights, 'flight', 'flights') : null]);
    },
  },
  {
    key: 'spacecraft_configurations',
    matches: 'name or agency',
    subtitle: (r) => {
      const c = toSpacecraftConfigurationSummary(r);
      return join([c.agency, c.type]);
    },
  },
  {
    key: 'pads',
    matches: 'name or location',
    subtitle: (r) => {
      const p = toPadSummary(r);
      return join([p.location, count(p.totalLaunches, 'launch', 'launches')]);
    },
  },
  {
    key: 'locations',
    matches: 'name or country code',
    subtitle: (r) => {
      const l = toLocationSummary(r);
      return join([l.countryName, count(l.totalLaunches, 'launch', 'launches')]);
    },
  },
  {
    key: 'programs',
    matches: 'name',
    subtitle: (r) => {
      const p = toProgramSummary(r);
      return join([p.type, p.agencies.slice(0, 2).join(', ')]);
    },
  },
  {
    key: 'astronauts',
    matches: 'name, agency or nationality',
    subtitle: (r) => {
      const a = toAstronautSummary(r);
      return join([
        a.agency?.abbrev ?? a.agency?.name,
        a.nationalities.map((n) => n.name).join(', '),
        count(a.flights, 'flight', 'flights'),
      ]);
    },
  },
];
