import type { LL2Image } from '@/lib/format/images';
import type { Nationality } from '@/lib/format/nationality';
import type { WireRecord } from '@/lib/resources/types';
import { ageAt, flightCount, readNationalities } from './astronaut';
import {
  count,
  isWireRecord,
  readDuration,
  readImage,
  readMoment,
  readStatus,
  recordLink,
  webLink,
  webLinks,
  type Duration,
  type Moment,
  type RecordLink,
  type StatusInfo,
  type WebLink,
} from './detail-shared';
import { nameOf, obj, objs, type Rec, str, text } from '@/lib/ll2/read';

export interface AstronautFlight {
  key: string;
  /** The launch, by its stored record when there is one (its canonical URL). */
  launch: RecordLink | null;
  name: string;
  net: Moment | null;
  /** The spacecraft this astronaut rode, and their role on it, when the launch names its crew. */
  spacecraft: RecordLink | null;
  spacecraftName: string | null;
  role: string | null;
}

export interface AstronautLanding {
  key: string;
  spacecraft: string | null;
  launch: RecordLink | null;
  end: Moment | null;
}

export interface Spacewalk {
  key: string;
  name: string;
  start: Moment | null;
  end: Moment | null;
  duration: Duration | null;
  location: string | null;
}

export interface AstronautDetail {
  id: number;
  name: string;
  status: StatusInfo | null;
  type: string | null;
  agency: RecordLink | null;
  nationalities: Nationality[];
  born: Moment | null;
  died: Moment | null;
  age: number | null;
  bio: string | null;
  image: LL2Image | null;
  inSpace: boolean | null;
  timeInSpace: Duration | null;
  evaTime: Duration | null;
  firstFlight: Moment | null;
  lastFlight: Moment | null;
  flightsCount: number | null;
  landingsCount: number | null;
  spacewalksCount: number | null;
  flights: AstronautFlight[];
  landings: AstronautLanding[];
  spacewalks: Spacewalk[];
  links: WebLink[];
}

/** The launch records of the astronaut's flights, keyed by launch id, as the page loaded them. */
export type FlightLaunches = ReadonlyMap<string, WireRecord>;

/** The stage of `launch` whose crew lists astronaut `id`, with the role they had. */
function seatOn(launch: WireRecord | undefined, id: number) {
  for (const stage of objs(obj(launch?.rocket)?.spacecraft_stage)) {
    for (const key of ['launch_crew', 'onboard_crew', 'landing_crew'] as const) {
      const seat = objs(stage[key]).find((c) => obj(c.astronaut)?.id === id);
      if (seat) return { stage, role: str(obj(seat.role)?.role) ?? null };
    }
  }
  return null;
}

function readFlight(f: Rec, i: number, id: number, launches: FlightLaunches): AstronautFlight {
  const stored = isWireRecord(f) ? launches.get(String(f.id)) : undefined;
  const seat = seatOn(stored ?? (isWireRecord(f) ? f : undefined), id);
  const craft = obj(seat?.stage.spacecraft);
  return {
    key: text(f.id) ?? `flight-${i}`,
    launch: recordLink('launches', stored ?? f),
    name: str(stored?.name) ?? str(f.name) ?? 'Unnamed launch',
    net: readMoment(stored?.net ?? f.net, stored?.net_precision ?? f.net_precision),
    spacecraft: recordLink('spacecraft', craft),
    spacecraftName: str(craft?.name) ?? null,
    role: seat?.role ?? null,
  };
}

export function toAstronautDetail(
  r: Rec,
  launches: FlightLaunches = new Map(),
  now = new Date(),
): AstronautDetail {
  const id = Number(r.id);
  const born = readMoment(r.date_of_birth, 'Day');
  const died = readMoment(r.date_of_death, 'Day');
  const flights = objs(r.flights)
    .map((f, i) => readFlight(f, i, id, launches))
    .sort((a, b) => (a.net?.iso ?? '').localeCompare(b.net?.iso ?? ''));
  const spacewalks = objs(r.spacewalks).map((w, i) => ({
    key: text(w.id) ?? `eva-${i}`,
    name: str(w.name) ?? `Spacewalk ${i + 1}`,
    start: readMoment(w.start),
    end: readMoment(w.end),
    duration: readDuration(w.duration),
    location: str(w.location) ?? null,
  }));
  return {
    id,
    name: str(r.name) ?? `Astronaut ${r.id}`,
    status: readStatus(r.status),
    type: nameOf(r.type) ?? null,
    agency: recordLink('agencies', r.agency),
    nationalities: readNationalities(r.nationality),
    born,
    died,
    age: ageAt(born?.iso ?? null, died ? new Date(died.iso) : now),
    bio: str(r.bio),
    image: readImage(r.image) ?? readImage(r.profile_image),
    inSpace: typeof r.in_space === 'boolean' ? r.in_space : null,
    timeInSpace: readDuration(r.time_in_space),
    evaTime: readDuration(r.eva_time),
    firstFlight: readMoment(r.first_flight),
    lastFlight: readMoment(r.last_flight),
    flightsCount: flightCount(r as WireRecord),
    landingsCount:
      count(r.landings_count) ?? (Array.isArray(r.landings) ? r.landings.length : null),
    spacewalksCount:
      count(r.spacewalks_count) ?? (Array.isArray(r.spacewalks) ? spacewalks.length : null),
    flights,
    landings: objs(r.landings).map((l, i) => ({
      key: text(l.id) ?? `landing-${i}`,
      spacecraft: nameOf(obj(l.spacecraft)) ?? null,
      launch: recordLink('launches', obj(l.launch)),
      end: readMoment(l.mission_end),
    })),
    spacewalks,
    links: webLinks([
      webLink('Wikipedia', r.wiki),
      ...objs(r.social_media_links).map((s) => webLink(nameOf(s.social_media) ?? 'Profile', s.url)),
    ]),
  };
}
