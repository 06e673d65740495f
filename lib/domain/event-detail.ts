import type { LL2Image } from '@/lib/format/images';
import {
  readDuration,
  readImage,
  readMoment,
  readOrganizations,
  recordLinks,
  type Duration,
  type Moment,
  type Organization,
  type RecordLink,
  wireRecords,
} from './detail-shared';
import { nameOf, num, objs, type Rec, str } from '@/lib/ll2/read';
import {
  readInfoLinks,
  readUpdates,
  readVideos,
  type InfoLink,
  type UpdateEntry,
  type VideoLink,
} from './media-links';
import { toLaunchSummary, type LaunchSummary } from './launch';

export interface EventDetail {
  id: number;
  name: string;
  type: string | null;
  date: Moment | null;
  upcoming: boolean;
  /** Upcoming and known to the hour or better. */
  countdown: boolean;
  duration: Duration | null;
  location: string | null;
  description: string | null;
  image: LL2Image | null;
  webcastLive: boolean;
  videos: VideoLink[];
  infoLinks: InfoLink[];
  updates: UpdateEntry[];
  lastUpdated: Moment | null;
  launches: LaunchSummary[];
  programs: RecordLink[];
  agencies: RecordLink[];
  /** The agencies as feeds, calendars and JSON-LD name them (website, logo). */
  organizers: Organization[];
  stations: RecordLink[];
  expeditions: string[];
  astronauts: string[];
}

/** LL2 sometimes stores the text "None" as an event's location. */
const NO_LOCATION = /^(none|null|n\/a|unknown|tbd)$/i;

function names(value: unknown): string[] {
  return objs(value)
    .map((o) => nameOf(o))
    .filter((n): n is string => n !== null);
}

export function toEventDetail(r: Rec, now: Date): EventDetail {
  const date = readMoment(r.date, r.date_precision);
  const duration = readDuration(r.duration);
  const ends = date ? Date.parse(date.iso) + (duration?.seconds ?? 0) * 1000 : NaN;
  const upcoming = Number.isFinite(ends) && ends > now.getTime();
  const location = str(r.location);
  const id = num(r.id) ?? Number.NaN;
  return {
    id,
    name: str(r.name) ?? (Number.isFinite(id) ? `Event ${id}` : 'Unnamed event'),
    type: nameOf(r.type) ?? null,
    date,
    upcoming,
    countdown: upcoming && date !== null && date.timed && Date.parse(date.iso) > now.getTime(),
    duration: duration && duration.seconds > 0 ? duration : null,
    location: location && !NO_LOCATION.test(location) ? location : null,
    description: str(r.description),
    image: readImage(r.image) ?? readImage(r.feature_image),
    webcastLive: r.webcast_live === true,
    videos: readVideos(r.vid_urls),
    infoLinks: readInfoLinks(r.info_urls),
    updates: readUpdates(r.updates),
    lastUpdated: readMoment(r.last_updated),
    launches: wireRecords(r.launches).map(toLaunchSummary),
    programs: recordLinks('programs', r.program),
    agencies: recordLinks('agencies', r.agencies),
    organizers: readOrganizations(r.agencies),
    stations: recordLinks('space_stations', r.spacestations),
    expeditions: names(r.expeditions),
    astronauts: names(r.astronauts),
  };
}

/** Whether the event names any program, agency, station, expedition or astronaut. */
export function hasEventRelations(event: EventDetail): boolean {
  return [event.programs, event.agencies, event.stations, event.expeditions, event.astronauts].some(
    (l) => l.length > 0,
  );
}
