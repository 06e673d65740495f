import type { LL2Image } from '@/lib/format/images';
import { detailHref } from '@/lib/resources/href';
import { launcherConfigurations } from '@/lib/resources/launcher-configurations';
import type { WireRecord } from '@/lib/resources/types';
import { bool, image, iso, named, namedList, num, str } from '@/lib/ll2/read';

/** A rocket (LL2 launcher configuration) as a list card shows it. */
export interface RocketSummary {
  id: number | string;
  href: string;
  name: string;
  variant: string | null;
  /** "Falcon": 2.3.0's family records, or 2.2.0's family text. */
  family: string | null;
  manufacturer: string | null;
  active: boolean | null;
  reusable: boolean | null;
  maidenFlight: string | null;
  totalLaunches: number | null;
  successfulLaunches: number | null;
  /** Metres; kilograms to low Earth orbit. */
  length: number | null;
  leoCapacity: number | null;
  image: LL2Image | null;
  description: string | null;
}

/** 2.3.0 lists family records; 2.2.0 gave the family as text. */
export function rocketFamily(record: WireRecord | Record<string, unknown>): string | null {
  const families = namedList(record.families).map((f) => f.name);
  return families.length > 0 ? families.join(', ') : str(record.family);
}

export function toRocketSummary(record: WireRecord): RocketSummary {
  return {
    id: record.id,
    href: detailHref(launcherConfigurations, record),
    name: launcherConfigurations.title(record),
    variant: str(record.variant),
    family: rocketFamily(record),
    manufacturer: named(record.manufacturer)?.name ?? null,
    active: bool(record.active),
    reusable: bool(record.reusable),
    maidenFlight: iso(record.maiden_flight),
    totalLaunches: num(record.total_launch_count),
    successfulLaunches: num(record.successful_launches),
    length: num(record.length),
    leoCapacity: num(record.leo_capacity),
    image: image(record.image),
    description: str(record.description),
  };
}
