import type { LL2Image } from '@/lib/format/images';
import { detailHref } from '@/lib/resources/href';
import { launchers } from '@/lib/resources/launchers';
import type { WireRecord } from '@/lib/resources/types';
import { bool, image, iso, named, num, obj, str } from '@/lib/ll2/read';

/** A booster (LL2 launcher: one first stage or core, B1048) as a list card shows it. */
export interface BoosterSummary {
  id: number | string;
  href: string;
  serial: string;
  status: string | null;
  flightProven: boolean | null;
  flights: number | null;
  attemptedLandings: number | null;
  successfulLandings: number | null;
  firstLaunch: string | null;
  lastLaunch: string | null;
  /** The rocket it flies on, when the record names it. */
  rocket: string | null;
  image: LL2Image | null;
  details: string | null;
}

export function toBoosterSummary(record: WireRecord): BoosterSummary {
  const config = obj(record.launcher_config);
  return {
    id: record.id,
    href: detailHref(launchers, record),
    serial: launchers.title(record),
    status: named(record.status)?.name ?? null,
    flightProven: bool(record.flight_proven),
    flights: num(record.flights),
    attemptedLandings: num(record.attempted_landings),
    successfulLandings: num(record.successful_landings),
    firstLaunch: iso(record.first_launch_date),
    lastLaunch: iso(record.last_launch_date),
    rocket: str(config?.full_name) ?? str(config?.name),
    image: image(record.image),
    details: str(record.details),
  };
}
