import type { LL2Image } from '@/lib/format/images';
import { detailHref } from '@/lib/resources/href';
import { pads } from '@/lib/resources/linked';
import type { WireRecord } from '@/lib/resources/types';
import { bool, countries, image, namedList, num, obj, str } from '@/lib/ll2/read';

export interface PadSummary {
  id: number | string;
  href: string;
  name: string;
  location: string | null;
  countryCode: string | null;
  countryName: string | null;
  latitude: number | null;
  longitude: number | null;
  totalLaunches: number | null;
  orbitalAttempts: number | null;
  active: boolean | null;
  agencies: string[];
  image: LL2Image | null;
  description: string | null;
}

export function toPadSummary(record: WireRecord): PadSummary {
  const location = obj(record.location);
  const country = countries(record)[0] ?? (location ? countries(location)[0] : undefined) ?? null;
  return {
    id: record.id,
    href: detailHref(pads, record),
    name: str(record.name) ?? `Pad ${record.id}`,
    location: str(location?.name),
    countryCode: country?.alpha2 ?? null,
    countryName: country?.name ?? null,
    latitude: num(record.latitude),
    longitude: num(record.longitude),
    totalLaunches: num(record.total_launch_count),
    orbitalAttempts: num(record.orbital_launch_attempt_count),
    active: bool(record.active),
    agencies: namedList(record.agencies).map((a) => a.name),
    image: image(record.image) ?? image(record.map_image),
    description: str(record.description),
  };
}
