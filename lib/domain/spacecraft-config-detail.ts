import type { LL2Image } from '@/lib/format/images';
import {
  count,
  listHref,
  readDuration,
  readImage,
  readMoment,
  recordLink,
  webLink,
  webLinks,
  type Duration,
  type Moment,
  type RecordLink,
  type WebLink,
} from './detail-shared';
import { bool, nameOf, num, obj, objs, type Rec, str, text } from '@/lib/ll2/read';

export interface SpacecraftFamily {
  key: string;
  name: string;
  description: string | null;
  manufacturer: RecordLink | null;
  maidenFlight: Moment | null;
}

export interface SpacecraftConfigBrief {
  link: RecordLink | null;
  name: string;
  type: string | null;
  agency: RecordLink | null;
  /** Broadest family first: Dragon → Dragon 2. */
  families: SpacecraftFamily[];
  inUse: boolean | null;
  humanRated: boolean | null;
  crewCapacity: number | null;
}

export interface SpacecraftConfigDetail extends SpacecraftConfigBrief {
  id: number;
  image: LL2Image | null;
  capability: string | null;
  history: string | null;
  details: string | null;
  maidenFlight: Moment | null;
  /** Metres. */
  height: number | null;
  diameter: number | null;
  /** Kilograms. */
  payloadCapacity: number | null;
  payloadReturnCapacity: number | null;
  flightLife: string | null;
  spacecraftFlown: number | null;
  launches: { total: number | null; successful: number | null; failed: number | null };
  landings: { attempted: number | null; successful: number | null; failed: number | null };
  fastestTurnaround: Duration | null;
  links: WebLink[];
  spacecraftHref: string;
  launchesHref: string;
}

/**
 * LL2's `family` array, ordered from the broadest family to the narrowest by following each
 * entry's `parent`; entries whose parent is not in the array count as roots.
 */
export function readFamilies(value: unknown): SpacecraftFamily[] {
  const entries = objs(value).filter((f) => str(f.name));
  const key = (f: Rec) => text(f.id) ?? str(f.name) ?? '';
  const keys = new Set(entries.map(key));
  const depth = new Map<string, number>();
  const depthOf = (f: Rec, seen: Set<string> = new Set()): number => {
    const k = key(f);
    const known = depth.get(k);
    if (known !== undefined) return known;
    const parent = obj(f.parent);
    const parentKey = parent ? (text(parent.id) ?? str(parent.name)) : undefined;
    const parentEntry =
      parentKey && keys.has(parentKey) && !seen.has(k)
        ? entries.find((e) => key(e) === parentKey)
        : undefined;
    const d = parentEntry ? depthOf(parentEntry, new Set([...seen, k])) + 1 : 0;
    depth.set(k, d);
    return d;
  };
  return entries
    .map((f, i) => ({ f, i, d: depthOf(f) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map(({ f }) => ({
      key: key(f),
      name: str(f.name) ?? '',
      description: str(f.description) ?? null,
      manufacturer: recordLink('agencies', f.manufacturer),
      maidenFlight: readMoment(f.maiden_flight, 'Day'),
    }));
}

export function toSpacecraftConfigBrief(value: unknown): SpacecraftConfigBrief | null {
  const c = obj(value);
  const name = str(c?.name);
  if (!c || !name) return null;
  return {
    link: recordLink('spacecraft_configurations', c),
    name,
    type: nameOf(c.type) ?? null,
    agency: recordLink('agencies', c.agency),
    families: readFamilies(c.family),
    inUse: bool(c.in_use),
    humanRated: bool(c.human_rated),
    crewCapacity: count(c.crew_capacity),
  };
}

function positive(value: unknown): number | null {
  const n = num(value);
  return n !== null && n > 0 ? n : null;
}

export function toSpacecraftConfigDetail(r: Rec): SpacecraftConfigDetail {
  const id = Number(r.id);
  const brief = toSpacecraftConfigBrief(r) ?? {
    link: null,
    name: `Spacecraft configuration ${r.id}`,
    type: null,
    agency: null,
    families: [],
    inUse: null,
    humanRated: null,
    crewCapacity: null,
  };
  return {
    ...brief,
    id,
    image: readImage(r.image) ?? readImage(r.image_url),
    capability: str(r.capability),
    history: str(r.history),
    details: str(r.details),
    maidenFlight: readMoment(r.maiden_flight, 'Day'),
    height: positive(r.height),
    diameter: positive(r.diameter),
    payloadCapacity: positive(r.payload_capacity),
    payloadReturnCapacity: positive(r.payload_return_capacity),
    flightLife: str(r.flight_life),
    spacecraftFlown: count(r.spacecraft_flown),
    launches: {
      total: count(r.total_launch_count),
      successful: count(r.successful_launches),
      failed: count(r.failed_launches),
    },
    landings: {
      attempted: count(r.attempted_landings),
      successful: count(r.successful_landings),
      failed: count(r.failed_landings),
    },
    fastestTurnaround: readDuration(r.fastest_turnaround),
    links: webLinks([webLink('Official page', r.info_link), webLink('Wikipedia', r.wiki_link)]),
    spacecraftHref: listHref('spacecraft', { spacecraft_config: id }),
    launchesHref: listHref('launches', { spacecraft_config__ids: id }),
  };
}
