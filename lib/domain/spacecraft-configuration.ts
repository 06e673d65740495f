import type { LL2Image } from '@/lib/format/images';
import { detailHref } from '@/lib/resources/href';
import { spacecraftConfigurations } from '@/lib/resources/linked';
import type { WireRecord } from '@/lib/resources/types';
import { bool, image, iso, named, namedList, num, str } from '@/lib/ll2/read';

export interface SpacecraftConfigurationSummary {
  id: number | string;
  href: string;
  name: string;
  type: string | null;
  agency: string | null;
  family: string[];
  inUse: boolean | null;
  humanRated: boolean | null;
  crewCapacity: number | null;
  maidenFlight: string | null;
  image: LL2Image | null;
  capability: string | null;
}

export function toSpacecraftConfigurationSummary(
  record: WireRecord,
): SpacecraftConfigurationSummary {
  return {
    id: record.id,
    href: detailHref(spacecraftConfigurations, record),
    name: str(record.name) ?? `Configuration ${record.id}`,
    type: named(record.type)?.name ?? null,
    agency: named(record.agency)?.name ?? null,
    family: namedList(record.family).map((f) => f.name),
    inUse: bool(record.in_use),
    humanRated: bool(record.human_rated),
    crewCapacity: num(record.crew_capacity),
    maidenFlight: iso(record.maiden_flight),
    image: image(record.image),
    capability: str(record.capability),
  };
}
