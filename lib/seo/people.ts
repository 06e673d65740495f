/**
 * Descriptions, JSON-LD and Open Graph cards for people and crews: astronauts (a schema.org
 * `Person`) and station expeditions (an `Event` at the station).
 */
import { readNationalities } from '@/lib/domain/astronaut';
import { readCrew } from '@/lib/domain/crew';
import { formatIsoDuration } from '@/lib/format/duration';
import { longText, property, root, type JsonLd } from './json-ld-core';
import { recordUrl, type LinkOptions } from './links';
import { badge, facts, model, type CardModel } from './og-card-core';
import { formatDay } from './precision';
import { date, httpUrl, imageUrl, list, nameOf, num, obj, objs, str, text, unique, type Rec } from '@/lib/ll2/read';
import { compose, count, join, listPhrase, META_DESCRIPTION_MAX, sentence } from './text';

const max = (opts?: { maxLength?: number }) => opts?.maxLength ?? META_DESCRIPTION_MAX;

function flights(record: Rec): number | null {
  return num(record.flights_count) ?? (Array.isArray(record.flights) ? record.flights.length : null);
}

function day(value: unknown): string | undefined {
  const d = date(value);
  return d ? formatDay(d) : undefined;
}

/** "Thomas Pesquet — French astronaut (ESA), 2 flights since 17 Nov 2016." + the bio. */
export function describeAstronaut(record: Rec, opts?: { maxLength?: number }): string {
  const name = str(record.name) ?? 'Unnamed astronaut';
  const nationality = readNationalities(record.nationality)
    .map((n) => n.name)
    .join(' and ');
  const agency = str(obj(record.agency)?.abbrev) ?? nameOf(record.agency);
  const n = flights(record);
  const first = day(record.first_flight);
  const role = nameOf(record.type)?.toLowerCase() === 'non-human' ? 'flyer' : 'astronaut';
  const head = join([
    `${name} — ${join([nationality, role])}${agency ? ` (${agency})` : ''}`,
    n ? `, ${count(n, 'flight')}${first ? ` since ${first}` : ''}` : undefined,
  ], '');
  const evas = num(record.spacewalks_count);
  const tail = join([
    record.in_space === true ? 'In space now.' : undefined,
    evas ? sentence(`${count(evas, 'spacewalk')}`) : undefined,
  ]);
  return compose(join([sentence(head), tail]), str(record.bio), max(opts));
}

/** "Expedition 72 — crew of 7 aboard the International Space Station, from 8 Nov 2024 to …." */
export function describeExpedition(record: Rec, opts?: { maxLength?: number }): string {
  const name = str(record.name) ?? 'Unnamed expedition';
  const station = nameOf(record.spacestation);
  const crew = readCrew(record.crew).map((c) => c.astronaut.name);
  const start = day(record.start);
  const end = day(record.end);
  const head = join([
    `${name} — ${crew.length ? `crew of ${crew.length}` : 'expedition'}`,
    station ? `aboard ${station}` : undefined,
    start ? (end ? `from ${start} to ${end}` : `since ${start}`) : undefined,
  ]);
  const names = crew.length && crew.length <= 4 ? sentence(`Crew: ${listPhrase(crew)}`) : '';
  return compose(join([sentence(head), names]), undefined, max(opts));
}

export function astronautJsonLd(record: Rec, opts: LinkOptions): JsonLd {
  const agency = obj(record.agency);
  const evas = num(record.spacewalks_count);
  return root('Person', {
    name: str(record.name),
    url: recordUrl(opts, '/astronauts', text(record.id)),
    description: longText(str(record.bio)),
    image: imageUrl(record.image) ?? httpUrl(record.profile_image),
    birthDate: date(record.date_of_birth)?.toISOString().slice(0, 10),
    deathDate: date(record.date_of_death)?.toISOString().slice(0, 10),
    jobTitle: nameOf(record.type)?.toLowerCase() === 'non-human' ? undefined : 'Astronaut',
    nationality: unique(readNationalities(record.nationality).map((n) => n.name)).map((name) => ({
      '@type': 'Country',
      name,
    })),
    affiliation: nameOf(agency) ? { '@type': 'Organization', name: nameOf(agency) } : undefined,
    sameAs: unique([
      httpUrl(record.wiki),
      ...objs(record.social_media_links).map((s) => httpUrl(s.url)),
    ]),
    additionalProperty: [
      property('Flights', flights(record)),
      property('Time in space', formatIsoDuration(str(record.time_in_space)) ?? undefined),
      property('Spacewalks', evas),
    ],
  });
}

export function expeditionJsonLd(record: Rec, opts: LinkOptions): JsonLd {
  const station = obj(record.spacestation);
  return root('Event', {
    name: str(record.name),
    url: recordUrl(opts, '/expeditions', text(record.id)),
    startDate: date(record.start)?.toISOString(),
    endDate: date(record.end)?.toISOString(),
    location: nameOf(station) ? { '@type': 'Place', name: nameOf(station) } : undefined,
    performer: readCrew(record.crew).map((c) => ({ '@type': 'Person', name: c.astronaut.name })),
    image: list(record.mission_patches)
      .map((p) => httpUrl(obj(p)?.image_url))
      .find(Boolean),
  });
}

export function astronautCard(rec: Rec): CardModel {
  const status = nameOf(rec.status);
  return model(
    'Astronaut',
    str(rec.name) ?? 'Unnamed astronaut',
    rec.in_space === true ? badge('In space now', 'success') : badge(status),
    facts(
      ['Agency', str(obj(rec.agency)?.abbrev) ?? nameOf(rec.agency)],
      ['Nationality', readNationalities(rec.nationality).map((n) => n.name).join(', ')],
      ['Flights', flights(rec)?.toLocaleString('en-US')],
      ['Time in space', formatIsoDuration(str(rec.time_in_space)) ?? undefined],
      ['First flight', day(rec.first_flight)],
    ),
  );
}

export function expeditionCard(rec: Rec, now = new Date()): CardModel {
  const end = date(rec.end);
  const start = date(rec.start);
  const current = start && start <= now && (!end || end > now);
  return model(
    'Expedition',
    str(rec.name) ?? 'Unnamed expedition',
    current ? badge('Aboard now', 'success') : undefined,
    facts(
      ['Station', nameOf(rec.spacestation)],
      ['Start', day(rec.start)],
      ['End', day(rec.end)],
      ['Crew', readCrew(rec.crew).length ? String(readCrew(rec.crew).length) : undefined],
    ),
  );
}
