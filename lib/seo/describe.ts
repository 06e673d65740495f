import {
  formatDateTime,
  formatDay,
  formatNetWithPrecision,
  isImprecise,
  parsePrecision,
  type PrecisionKind,
} from './precision';
import type { EventDetail } from '@/lib/domain/event-detail';
import { hasLaunched } from '@/lib/domain/launch-status';
import type { LaunchDetail } from '@/lib/domain/launch-detail';
import { at, date, nameOf, type Rec } from '@/lib/ll2/read';
import { compose, join, META_DESCRIPTION_MAX, sentence } from './text';
import { dateOf, launchTiming } from './timing';

export { formatNetWithPrecision } from './precision';
export { truncate as truncateDescription } from './text';
export {
  describeAgency,
  describeLocation,
  describePad,
  describeProgram,
  describeSpacecraft,
  describeSpacecraftConfig,
  describeSpaceStation,
} from './describe-entities';

/**
 * Meta descriptions (≤ 160 characters, cut on a word with "…") built from raw LL2 records.
 * `now` decides past or future when the record's status does not; pass the request time.
 */
export interface DescribeOptions {
  now?: Date;
  maxLength?: number;
}

/** "on 28 Sep 2024", "in June 2026", "in Q3 2026", "in the week of 7 Dec 2026". */
function when(at: Date, kind: PrecisionKind | null): string {
  const text = formatNetWithPrecision(at, kind);
  if (kind === 'week') return `in the ${text}`;
  return isImprecise(kind) && kind !== 'day' && kind !== 'morning' && kind !== 'afternoon'
    ? `in ${text}`
    : `on ${text}`;
}

/** First part of an LL2 location name: "Cape Canaveral SFS, FL, USA" → "Cape Canaveral SFS". */
function shortLocation(name: string | null | undefined): string | undefined {
  return name?.split(',')[0]?.trim() || undefined;
}

/**
 * "Falcon 9 Block 5 | Crew-9 — launched 28 Sep 2024 from SLC-40, Cape Canaveral SFS, by SpaceX.
 * Success." or "… — scheduled for NET June 2026 from …. To Be Determined.", then the mission.
 */
export function describeLaunch(l: LaunchDetail, opts: DescribeOptions = {}): string {
  const now = opts.now ?? new Date();
  const timing = launchTiming(l);
  const netAt = dateOf(l.net) ?? timing?.start;
  const launched =
    hasLaunched(l.statusKey) || (l.statusKey === 'unknown' && !!netAt && netAt < now);
  const kind = timing?.precision ?? null;

  let whenText: string;
  if (!netAt) whenText = launched ? 'launched (date unknown)' : 'date to be determined';
  else if (launched && !isImprecise(kind)) whenText = `launched ${formatDay(netAt)}`;
  else if (launched) whenText = `launched ${formatNetWithPrecision(netAt, kind)}`;
  else whenText = `scheduled for NET ${formatNetWithPrecision(netAt, kind)}`;

  const place = join(
    [l.pad?.name, shortLocation(l.location?.name)].filter((p, i, all) => all.indexOf(p) === i),
    ', ',
  );
  let head = `${l.name} — ${whenText}${place ? ` from ${place}` : ''}`;
  if (l.organizer) head += `, by ${l.organizer.name}`;
  const status = launched
    ? (l.status?.abbrev ?? l.status?.name)
    : (l.status?.name ?? l.status?.abbrev);
  return compose(
    join([sentence(head), status && sentence(status)]),
    l.mission?.description,
    opts.maxLength ?? META_DESCRIPTION_MAX,
  );
}

/** "Mars 2020 Pre-Launch News Conference — Press Event on 27 Jul 2020 17:00 UTC at Kennedy Space Center." */
export function describeEvent(e: EventDetail, opts: DescribeOptions = {}): string {
  const at = dateOf(e.date);
  const head = join([
    `${e.name} —`,
    e.type ?? 'Event',
    at ? when(at, parsePrecision(e.date?.precision)) : 'date to be determined',
    e.location && `at ${e.location}`,
  ]);
  return compose(sentence(head), e.description, opts.maxLength ?? META_DESCRIPTION_MAX);
}

function firstName(...values: unknown[]): string | undefined {
  for (const v of values) {
    const n = nameOf(v);
    if (n) return n;
  }
  return undefined;
}

/**
 * "Crew Dragon Freedom docked with International Space Station (Harmony forward) on 29 Sep 2024
 * 21:31 UTC; departed 3 Nov 2024." The chaser and target are a spacecraft flight, a space station
 * or a payload flight, whichever the record has.
 */
export function describeDockingEvent(record: Rec, opts: DescribeOptions = {}): string {
  const now = opts.now ?? new Date();
  const chaser =
    firstName(
      at(record, 'flight_vehicle_chaser.spacecraft'),
      record.space_station_chaser,
      at(record, 'payload_flight_chaser.payload'),
    ) ?? 'A spacecraft';
  const port = nameOf(at(record, 'docking_location'));
  const target = firstName(
    record.space_station_target,
    at(record, 'flight_vehicle_target.spacecraft'),
    at(record, 'payload_flight_target.payload'),
    at(record, 'docking_location.spacestation'),
    at(record, 'docking_location.payload'),
  );
  const docking = date(record.docking);
  const departure = date(record.departure);
  const future = docking ? docking > now : false;
  const targetText = target
    ? `${target}${port && port !== target ? ` (${port})` : ''}`
    : (port ?? 'its target');
  const head = join([
    chaser,
    future ? 'is scheduled to dock with' : 'docked with',
    targetText,
    docking ? `on ${formatDateTime(docking)}` : '',
  ]);
  const tail = departure
    ? `${departure > now ? 'departure planned' : 'departed'} ${formatDay(departure)}`
    : '';
  const launch = nameOf(at(record, 'flight_vehicle_chaser.launch'));
  return compose(
    sentence(join([head, tail && `; ${tail}`], '')),
    launch && sentence(`Launched on ${launch}`),
    opts.maxLength ?? META_DESCRIPTION_MAX,
  );
}
