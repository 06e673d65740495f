import type { LL2Image } from '@/lib/format/images';
import {
  listHref,
  readImage,
  readMoment,
  recordLinks,
  webLink,
  webLinks,
  type Moment,
  type RecordLink,
  type WebLink,
} from './detail-shared';
import { nameOf, objs, type Rec, str, text } from '@/lib/ll2/read';

export interface MissionPatch {
  key: string;
  name: string;
  image: LL2Image;
}

export interface ProgramDetail {
  id: number;
  name: string;
  type: string | null;
  description: string | null;
  image: LL2Image | null;
  agencies: RecordLink[];
  start: Moment | null;
  end: Moment | null;
  links: WebLink[];
  patches: MissionPatch[];
  launchesHref: string;
  eventsHref: string;
}

export function toProgramDetail(r: Rec): ProgramDetail {
  const id = Number(r.id);
  return {
    id,
    name: str(r.name) ?? `Program ${r.id}`,
    type: nameOf(r.type) ?? null,
    description: str(r.description),
    image: readImage(r.image) ?? readImage(r.image_url),
    agencies: recordLinks('agencies', r.agencies),
    start: readMoment(r.start_date, 'Day'),
    end: readMoment(r.end_date, 'Day'),
    links: webLinks([webLink('Official page', r.info_url), webLink('Wikipedia', r.wiki_url)]),
    patches: objs(r.mission_patches).flatMap((p, i) => {
      const image = readImage(p.image_url) ?? readImage(p.image);
      const name = str(p.name) ?? `Patch ${i + 1}`;
      return image ? [{ key: text(p.id) ?? `patch-${i}`, name, image }] : [];
    }),
    launchesHref: listHref('launches', { program: id }),
    eventsHref: listHref('events', { program: id }),
  };
}
