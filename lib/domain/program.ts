import type { LL2Image } from '@/lib/format/images';
import { detailHref } from '@/lib/resources/href';
import { programs } from '@/lib/resources/linked';
import type { WireRecord } from '@/lib/resources/types';
import { image, iso, named, namedList, str } from '@/lib/ll2/read';

export interface ProgramSummary {
  id: number | string;
  href: string;
  name: string;
  type: string | null;
  startDate: string | null;
  endDate: string | null;
  agencies: string[];
  image: LL2Image | null;
  description: string | null;
  infoUrl: string | null;
  wikiUrl: string | null;
}

export function toProgramSummary(record: WireRecord): ProgramSummary {
  return {
    id: record.id,
    href: detailHref(programs, record),
    name: str(record.name) ?? `Program ${record.id}`,
    type: named(record.type)?.name ?? null,
    startDate: iso(record.start_date),
    endDate: iso(record.end_date),
    agencies: namedList(record.agencies).map((a) => a.name),
    image: image(record.image),
    description: str(record.description),
    infoUrl: str(record.info_url),
    wikiUrl: str(record.wiki_url),
  };
}
