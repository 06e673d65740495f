import type { LL2Image } from '@/lib/format/images';
import { detailHref } from '@/lib/resources/href';
import { locations } from '@/lib/resources/linked';
import type { WireRecord } from '@/lib/resources/types';
import { bool, countries, image, list, named, num, str } from '@/lib/ll2/read';

export interface LocationSummary {
  id: number | string;
  href: string;
  name: string;
  countryCode: string | null;
  countryName: string | null;
  celestialBody: string | null;
  active: boolean | null;
  totalLaunches: number | null;
  totalLandings: number | null;
  padCount: number | null;
  timezone: string | null;
  image: LL2Image | null;
  description: string | null;
}

export function toLocationSummary(record: WireRecord): LocationSummary {
  const country = countries(record)[0] ?? null;
  return {
    id: record.id,
    href: detailHref(locations, record),
    name: str(record.name) ?? `Location ${record.id}`,
    countryCode: country?.alpha2 ?? null,
    countryName: country?.name ?? null,
    celestialBody: named(record.celestial_body)?.name ?? null,
    active: bool(record.active),
    totalLaunches: num(record.total_launch_count),
    totalLandings: num(record.total_landing_count),
    padCount: Array.isArray(record.pads) ? list(record.pads).length : null,
    timezone: str(record.timezone_name),
    image: image(record.image) ?? image(record.map_image),
    description: str(record.description),
  };
}
