import type { LL2Image } from '@/lib/format/images';
import { expeditions } from '@/lib/resources/expeditions';
import { detailHref } from '@/lib/resources/href';
import type { WireRecord } from '@/lib/resources/types';
import { readCrew, type CrewMember } from './crew';
import {
  readDuration,
  readImage,
  readMoment,
  recordLink,
  type Duration,
  type Moment,
  type RecordLink,
} from './detail-shared';
import { objs, str, text } from '@/lib/ll2/read';

export interface ExpeditionSummary {
  id: number | string;
  href: string;
  name: string;
  station: RecordLink | null;
  start: string | null;
  end: string | null;
  /** Started and not ended (by the clock of the request). */
  current: boolean;
  crew: string[];
  patch: LL2Image | null;
}

export interface ExpeditionSpacewalk {
  key: string;
  name: string;
  start: Moment | null;
  duration: Duration | null;
  location: string | null;
}

export interface ExpeditionDetail extends ExpeditionSummary {
  startMoment: Moment | null;
  endMoment: Moment | null;
  /** Start to end, or to now while it lasts. */
  durationDays: number | null;
  crewMembers: CrewMember[];
  spacewalks: ExpeditionSpacewalk[];
  patches: { key: string; name: string; image: LL2Image }[];
}

const DAY_MS = 86_400_000;

function isCurrent(start: Moment | null, end: Moment | null, now: Date): boolean {
  return (
    !!start &&
    Date.parse(start.iso) <= now.getTime() &&
    (!end || Date.parse(end.iso) > now.getTime())
  );
}

function patches(r: WireRecord) {
  return objs(r.mission_patches).flatMap((p, i) => {
    const image = readImage(p.image_url);
    return image
      ? [{ key: text(p.id) ?? `patch-${i}`, name: str(p.name) ?? `Patch ${i + 1}`, image }]
      : [];
  });
}

/** One argument only: list pages pass it to `Array.map`. */
export function toExpeditionSummary(r: WireRecord): ExpeditionSummary {
  const start = readMoment(r.start);
  const end = readMoment(r.end);
  return {
    id: r.id,
    href: detailHref(expeditions, r),
    name: str(r.name) ?? `Expedition ${r.id}`,
    station: recordLink('space_stations', r.spacestation),
    start: start?.iso ?? null,
    end: end?.iso ?? null,
    current: isCurrent(start, end, new Date()),
    crew: readCrew(r.crew).map((c) => c.astronaut.name),
    patch: patches(r)[0]?.image ?? null,
  };
}

export function toExpeditionDetail(r: WireRecord, now: Date): ExpeditionDetail {
  const startMoment = readMoment(r.start);
  const endMoment = readMoment(r.end);
  const until = endMoment ? Date.parse(endMoment.iso) : now.getTime();
  return {
    ...toExpeditionSummary(r),
    current: isCurrent(startMoment, endMoment, now),
    startMoment,
    endMoment,
    durationDays:
      startMoment && until >= Date.parse(startMoment.iso)
        ? Math.floor((until - Date.parse(startMoment.iso)) / DAY_MS)
        : null,
    crewMembers: readCrew(r.crew),
    spacewalks: objs(r.spacewalks).map((w, i) => ({
      key: text(w.id) ?? `eva-${i}`,
      name: str(w.name) ?? `Spacewalk ${i + 1}`,
      start: readMoment(w.start),
      duration: readDuration(w.duration),
      location: str(w.location) ?? null,
    })),
    patches: patches(r),
  };
}
