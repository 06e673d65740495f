import type { LL2Image } from '@/lib/format/images';
import { events } from '@/lib/resources/events';
import { detailHref } from '@/lib/resources/href';
import type { WireRecord } from '@/lib/resources/types';
import { bool, image, iso, list, named, namedList, obj, precision, str } from '@/lib/ll2/read';

export interface EventSummary {
  id: number | string;
  href: string;
  name: string;
  type: string | null;
  date: string | null;
  datePrecision: { name: string | null; abbrev: string | null } | null;
  location: string | null;
  image: LL2Image | null;
  description: string | null;
  webcastLive: boolean;
  videoCount: number;
  agencies: string[];
  launches: string[];
  programs: string[];
}

export function toEventSummary(record: WireRecord): EventSummary {
  return {
    id: record.id,
    href: detailHref(events, record),
    name: str(record.name) ?? `Event ${record.id}`,
    type: named(record.type)?.name ?? null,
    date: iso(record.date),
    datePrecision: precision(record.date_precision),
    // Some LL2 events carry the text "None" where there is no place.
    location: str(record.location) === 'None' ? null : str(record.location),
    image: image(record.image),
    description: str(record.description),
    webcastLive: bool(record.webcast_live) ?? false,
    videoCount: list(record.vid_urls).filter((v) => str(obj(v)?.url) !== null).length,
    agencies: namedList(record.agencies).map((a) => a.name),
    launches: namedList(record.launches).map((l) => l.name),
    programs: namedList(record.program).map((p) => p.name),
  };
}
