import type { LL2Image } from '@/lib/format/images';
import { detailHref } from '@/lib/resources/href';
import { spaceStations } from '@/lib/resources/space-stations';
import type { WireRecord } from '@/lib/resources/types';
import { image, iso, list, named, namedList, num, obj, str, type Named } from '@/lib/ll2/read';

export interface SpaceStationSummary {
  id: number | string;
  href: string;
  name: string;
  status: Named | null;
  type: string | null;
  image: LL2Image | null;
  owners: Named[];
  founded: string | null;
  deorbited: string | null;
  orbit: string | null;
  onboardCrew: number | null;
  dockedVehicles: number | null;
  activeExpeditions: string[];
  description: string | null;
  volume: number | null;
  mass: number | null;
}

export function toSpaceStationSummary(record: WireRecord): SpaceStationSummary {
  return {
    id: record.id,
    href: detailHref(spaceStations, record),
    name: str(record.name) ?? `Space station ${record.id}`,
    status: named(record.status),
    type: named(record.type)?.name ?? null,
    image: image(record.image),
    owners: namedList(record.owners),
    founded: iso(record.founded),
    deorbited: iso(record.deorbited),
    // 2.3.0 sends `orbit` as text; some copies have an object.
    orbit: str(record.orbit) ?? named(record.orbit)?.name ?? null,
    onboardCrew: num(record.onboard_crew),
    dockedVehicles: num(record.docked_vehicles),
    activeExpeditions: list(record.active_expeditions)
      .map((e) => str(obj(e)?.name))
      .filter((n): n is string => n !== null),
    description: str(record.description),
    volume: num(record.volume),
    mass: num(record.mass),
  };
}
