import { statusTone, type StatusTone } from '@/lib/format/status';
import { toEventDetail } from '@/lib/domain/event-detail';
import { toLaunchDetail, type LaunchDetail } from '@/lib/domain/launch-detail';
import type { EventDetail } from '@/lib/domain/event-detail';
import { readCountry } from './country';
import { badge, facts, model, type CardModel, type CardResource } from './og-card-core';
import { configurationCard, locationCard, padCard, programCard } from './og-card-reference';
import { astronautCard, expeditionCard } from './people';
import { boosterCard, rocketCard } from './og-card-rockets';
import { formatDateTime, formatDay, formatNetWithPrecision } from './precision';
import { at, date, nameOf, num, obj, objs, str, unique, type Rec, text } from '@/lib/ll2/read';

export type { CardFact, CardModel, CardResource } from './og-card-core';

function launchCard(l: LaunchDetail): CardModel {
  const net = l.net ? formatNetWithPrecision(new Date(l.net.iso), l.net.precision) : undefined;
  const where = unique([l.pad?.name, l.location?.name.split(',')[0]?.trim()]).join(', ');
  const mission = unique([l.mission?.type, l.mission?.orbit]).join(' · ');
  const status = l.status;
  return model(
    'Launch',
    l.name,
    status ? badge(status.abbrev ?? status.name, statusTone(status.name)) : undefined,
    facts(
      ['NET', net],
      ['Provider', l.organizer?.name],
      ['Pad', where],
      ['Mission', mission || l.mission?.name],
    ),
  );
}

function eventCard(e: EventDetail): CardModel {
  const when = e.date ? formatNetWithPrecision(new Date(e.date.iso), e.date.precision) : undefined;
  return model(
    'Event',
    e.name,
    badge(e.type, 'info'),
    facts(
      ['Date', when],
      ['Location', e.location],
      ['Agencies', e.organizers.map((a) => a.abbrev ?? a.name).join(', ')],
      ['Programme', e.programs.map((p) => p.name).join(', ')],
    ),
  );
}

function yearOf(value: unknown): string | undefined {
  const n = num(value);
  if (n !== null && Number.isInteger(n) && n > 0) return String(n);
  const d = date(value);
  return d ? String(d.getUTCFullYear()) : undefined;
}

function agencyCard(rec: Rec): CardModel {
  const total = num(rec.total_launch_count);
  const ok = num(rec.successful_launches);
  const launches =
    total !== null && total > 0
      ? `${total}${ok !== null && ok <= total ? ` (${Math.round((ok / total) * 100)}% success)` : ''}`
      : undefined;
  const countries = unique(objs(rec.country).map((c) => str(c.name)));
  return model(
    'Agency',
    str(rec.name) ?? 'Unnamed agency',
    badge(nameOf(rec.type), 'neutral'),
    facts(
      ['Country', countries.join(', ') || readCountry(rec).code],
      ['Founded', yearOf(rec.founding_year)],
      ['Launches', launches],
      ['Administrator', str(rec.administrator)],
    ),
  );
}

function spacecraftCard(rec: Rec): CardModel {
  const config = obj(rec.spacecraft_config);
  const flights = num(rec.flights_count);
  return model(
    'Spacecraft',
    str(rec.name) ?? 'Unnamed spacecraft',
    badge(nameOf(rec.status)),
    facts(
      ['Type', unique([nameOf(config?.name), nameOf(config?.type)]).join(' · ')],
      ['Operator', nameOf(at(config, 'agency'))],
      ['Serial', text(rec.serial_number)],
      ['Flights', flights !== null ? String(flights) : undefined],
      ['In space', rec.in_space === true ? 'Yes' : undefined],
    ),
  );
}

function stationCard(rec: Rec): CardModel {
  const owners = objs(rec.owners).map((o) => str(o.abbrev) ?? str(o.name));
  const crew = num(rec.onboard_crew);
  const founded = date(rec.founded);
  return model(
    'Space station',
    str(rec.name) ?? 'Unnamed station',
    badge(nameOf(rec.status)),
    facts(
      ['Owners', unique(owners).join(', ')],
      ['Orbit', str(rec.orbit)],
      ['Founded', founded ? formatDay(founded) : undefined],
      ['Crew on board', crew !== null ? String(crew) : undefined],
    ),
  );
}

function firstName(...values: unknown[]): string | undefined {
  for (const v of values) {
    const n = nameOf(v);
    if (n) return n;
  }
  return undefined;
}

function dockingCard(rec: Rec, now: Date): CardModel {
  const chaser = firstName(
    at(rec, 'flight_vehicle_chaser.spacecraft'),
    rec.space_station_chaser,
    at(rec, 'payload_flight_chaser.payload'),
  );
  const target = firstName(
    rec.space_station_target,
    at(rec, 'flight_vehicle_target.spacecraft'),
    at(rec, 'payload_flight_target.payload'),
    at(rec, 'docking_location.spacestation'),
  );
  const docking = date(rec.docking);
  const departure = date(rec.departure);
  const state =
    !docking || docking > now ? 'Scheduled' : departure && departure <= now ? 'Departed' : 'Docked';
  const tone: StatusTone =
    state === 'Scheduled' ? 'pending' : state === 'Docked' ? 'success' : 'neutral';
  const title =
    chaser && target
      ? `${chaser} → ${target}`
      : (chaser ?? target ?? `Docking event ${text(rec.id) ?? ''}`.trim());
  return model(
    'Docking',
    title,
    badge(state, tone),
    facts(
      ['Docked', docking ? formatDateTime(docking) : undefined],
      ['Departed', departure ? formatDateTime(departure) : undefined],
      ['Port', nameOf(rec.docking_location)],
      ['Launch', nameOf(at(rec, 'flight_vehicle_chaser.launch'))],
    ),
  );
}

/** The card for a record of one of the detail-page resources. */
export function cardModel(resource: CardResource, record: Rec, now = new Date()): CardModel {
  switch (resource) {
    case 'launches':
      return launchCard(toLaunchDetail(record, now));
    case 'events':
      return eventCard(toEventDetail(record, now));
    case 'agencies':
      return agencyCard(record);
    case 'spacecraft':
      return spacecraftCard(record);
    case 'space_stations':
      return stationCard(record);
    case 'docking_events':
      return dockingCard(record, now);
    case 'pads':
      return padCard(record);
    case 'locations':
      return locationCard(record);
    case 'programs':
      return programCard(record);
    case 'astronauts':
      return astronautCard(record);
    case 'expeditions':
      return expeditionCard(record, now);
    case 'spacecraft_configurations':
      return configurationCard(record);
    case 'launcher_configurations':
      return rocketCard(record);
    case 'launchers':
      return boosterCard(record);
  }
}
