import type { LL2Image } from '@/lib/format/images';
import { detailHref } from '@/lib/resources/href';
import { spacecraft } from '@/lib/resources/spacecraft';
import type { WireRecord } from '@/lib/resources/types';
import { at, bool, image, named, num, obj, str, type Named } from '@/lib/ll2/read';

export interface SpacecraftSummary {
  id: number | string;
  href: string;
  name: string;
  serialNumber: string | null;
  status: Named | null;
  inSpace: boolean;
  isPlaceholder: boolean;
  image: LL2Image | null;
  config: { name: string; type: string | null; agency: string | null } | null;
  flightsCount: number | null;
  missionEndsCount: number | null;
  /** ISO 8601 durations, as LL2 sends them. */
  timeInSpace: string | null;
  timeDocked: string | null;
  description: string | null;
}

export function toSpacecraftSummary(record: WireRecord): SpacecraftSummary {
  const config = obj(record.spacecraft_config);
  const configName = str(config?.name);
  return {
    id: record.id,
    href: detailHref(spacecraft, record),
    name: str(record.name) ?? `Spacecraft ${record.id}`,
    serialNumber: str(record.serial_number),
    status: named(record.status),
    inSpace: bool(record.in_space) ?? false,
    isPlaceholder: bool(record.is_placeholder) ?? false,
    // The spacecraft's own image, else its configuration's.
    image: image(record.image) ?? image(config?.image),
    config: configName
      ? {
          name: configName,
          type: str(at(config, 'type.name')),
          agency: str(at(config, 'agency.name')),
        }
      : null,
    flightsCount: num(record.flights_count),
    missionEndsCount: num(record.mission_ends_count),
    timeInSpace: str(record.time_in_space),
    timeDocked: str(record.time_docked),
    description: str(record.description),
  };
}
