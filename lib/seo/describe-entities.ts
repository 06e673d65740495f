import { readCountry } from './country';
import { formatDay } from './precision';
import {
  list,
  at,
  date,
  durationSeconds,
  nameOf,
  num,
  obj,
  objs,
  str,
  text,
  unique,
  type Rec,
} from '@/lib/ll2/read';
import { compose, count, join, listPhrase, META_DESCRIPTION_MAX, sentence } from './text';

/** Meta descriptions for the reference resources (agencies, spacecraft, stations, pads…). */

const max = (opts?: { maxLength?: number }) => opts?.maxLength ?? META_DESCRIPTION_MAX;

/** Country names that read with "the": "the United States of America", "the Czech Republic". */
function withArticle(country: string): string {
  return /^(United |Russian Federation|Netherlands|Philippines|Bahamas|Gambia|Maldives)|Republic|Kingdom|Emirates/.test(
    country,
  )
    ? `the ${country}`
    : country;
}

function countriesPhrase(rec: Rec): string | null {
  const names = unique(objs(rec.country).map((c) => str(c.name)));
  if (names.length > 2) return `${names.length} countries`;
  if (names.length > 0) return listPhrase(names.map(withArticle));
  return str(rec.country_code);
}

/** A type word for running text: "Commercial", lower-cased mid-sentence; "Unknown" says nothing. */
function typeWord(value: unknown): string | undefined {
  const t = nameOf(value);
  return t && t.toLowerCase() !== 'unknown' ? t : undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function year(value: unknown): string | undefined {
  const y = num(value);
  if (y !== null && Number.isInteger(y) && y > 0) return String(y);
  const d = date(value);
  return d ? String(d.getUTCFullYear()) : undefined;
}

/** "SpaceX — Commercial launch provider from the United States of America, founded 2002. 450 launches, 98% success." */
export function describeAgency(record: Rec, opts?: { maxLength?: number }): string {
  const name = str(record.name) ?? 'Unnamed agency';
  const total = num(record.total_launch_count) ?? 0;
  const role =
    str(record.launchers) || total > 0
      ? 'launch provider'
      : str(record.spacecraft)
        ? 'spacecraft operator'
        : 'space organisation';
  const countries = countriesPhrase(record);
  const founded = year(record.founding_year);
  const who = capitalise(join([typeWord(record.type)?.toLowerCase(), role]));
  const head = `${name} — ${who}${countries ? ` from ${countries}` : ''}${founded ? `, founded ${founded}` : ''}`;
  const successes = num(record.successful_launches);
  const stats =
    total > 0
      ? join(
          [
            count(total, 'launch', 'launches'),
            successes !== null && successes <= total
              ? `${Math.round((successes / total) * 100)}% success`
              : undefined,
          ],
          ', ',
        )
      : '';
  return compose(
    join([sentence(head), stats && sentence(stats)]),
    str(record.description),
    max(opts),
  );
}

function days(value: unknown): number | null {
  const seconds = durationSeconds(value);
  return seconds !== null && seconds > 0 ? Math.floor(seconds / 86_400) : null;
}

/** "Crew Dragon Freedom (C212) — Crew Dragon 2 capsule by SpaceX. Active; 4 flights, 372 days in space." */
export function describeSpacecraft(record: Rec, opts?: { maxLength?: number }): string {
  const name = str(record.name) ?? 'Unnamed spacecraft';
  const serial = text(record.serial_number);
  const config = obj(record.spacecraft_config);
  const configName = str(config?.name);
  const kind = typeWord(config?.type)?.toLowerCase() ?? 'spacecraft';
  const agency = nameOf(config?.agency);
  const label =
    serial && !name.includes(serial) && !serial.includes(name) ? `${name} (${serial})` : name;
  const what = join([
    configName && configName !== name ? configName : undefined,
    kind,
    agency && `by ${agency}`,
  ]);
  const flights = num(record.flights_count);
  const inSpace = days(record.time_in_space);
  const facts = join(
    [
      flights !== null ? count(flights, 'flight') : undefined,
      inSpace !== null ? `${count(inSpace, 'day')} in space` : undefined,
      record.in_space === true ? 'in space now' : undefined,
    ],
    ', ',
  );
  const status = nameOf(record.status);
  const tail = join([status, facts], facts && status ? '; ' : '');
  return compose(
    join([sentence(`${label} — ${what}`), tail && sentence(tail)]),
    str(record.description),
    max(opts),
  );
}

/** "International Space Station — Active government space station in Low Earth Orbit, owned by NASA and RFSA, since 20 Nov 1998. 7 crew on board." */
export function describeSpaceStation(record: Rec, opts?: { maxLength?: number }): string {
  const name = str(record.name) ?? 'Unnamed space station';
  const owners = unique(objs(record.owners).map((o) => str(o.abbrev) ?? str(o.name)));
  const founded = date(record.founded);
  const deorbited = date(record.deorbited);
  const status = nameOf(record.status);
  const orbit = str(record.orbit);
  const what = capitalise(
    join([status?.toLowerCase(), typeWord(record.type)?.toLowerCase(), 'space station']),
  );
  const head = join(
    [
      `${name} — ${what}${orbit ? ` in ${orbit}` : ''}`,
      owners.length ? `owned by ${listPhrase(owners)}` : undefined,
      founded
        ? deorbited
          ? `${formatDay(founded)} to ${formatDay(deorbited)}`
          : `since ${formatDay(founded)}`
        : undefined,
    ],
    ', ',
  );
  const crew = num(record.onboard_crew);
  const crewText = crew !== null && crew > 0 ? `${crew} crew on board` : '';
  return compose(
    join([sentence(head), crewText && sentence(crewText)]),
    str(record.description),
    max(opts),
  );
}

/** "SLC-40 — launch pad at Cape Canaveral SFS, FL, USA. 300 launches." */
export function describePad(record: Rec, opts?: { maxLength?: number }): string {
  const name = str(record.name) ?? 'Unnamed pad';
  const location = nameOf(record.location);
  const country = readCountry(record).name ?? readCountry(obj(record.location)).name;
  const where = location ?? (country ? withArticle(country) : undefined);
  const launches = num(record.total_launch_count);
  const facts = join(
    [
      launches !== null ? count(launches, 'launch', 'launches') : undefined,
      record.active === false ? 'no longer active' : undefined,
    ],
    ', ',
  );
  return compose(
    join([
      sentence(`${name} — launch pad${where ? ` at ${where}` : ''}`),
      facts && sentence(capitalise(facts)),
    ]),
    str(record.description),
    max(opts),
  );
}

/** "Cape Canaveral SFS, FL, USA — launch site in the United States of America. 5 pads, 900 launches." */
export function describeLocation(record: Rec, opts?: { maxLength?: number }): string {
  const name = str(record.name) ?? 'Unnamed location';
  const country = readCountry(record).name;
  const body = nameOf(record.celestial_body);
  const onOtherWorld = body && body.toLowerCase() !== 'earth' ? `on ${body}` : undefined;
  const pads = Array.isArray(record.pads) ? list(record.pads).length : undefined;
  const launches = num(record.total_launch_count);
  const landings = num(record.total_landing_count);
  const facts = join(
    [
      pads ? count(pads, 'pad') : undefined,
      launches !== null ? count(launches, 'launch', 'launches') : undefined,
      landings ? count(landings, 'landing') : undefined,
    ],
    ', ',
  );
  const head = join([
    `${name} — launch site`,
    country && `in ${withArticle(country)}`,
    onOtherWorld,
  ]);
  return compose(
    join([sentence(head), facts && sentence(facts)]),
    str(record.description),
    max(opts),
  );
}

/** "Artemis — Human exploration program by NASA, ESA and JAXA, since 2017." */
export function describeProgram(record: Rec, opts?: { maxLength?: number }): string {
  const name = str(record.name) ?? 'Unnamed program';
  const agencies = unique(objs(record.agencies).map((a) => str(a.abbrev) ?? str(a.name)));
  const start = year(record.start_date);
  const end = year(record.end_date);
  const agencyText =
    agencies.length > 3
      ? `${agencies.length} agencies`
      : agencies.length
        ? listPhrase(agencies)
        : undefined;
  const head = join(
    [
      `${name} — ${capitalise(join([typeWord(record.type)?.toLowerCase(), 'program']))}${agencyText ? ` by ${agencyText}` : ''}`,
      start ? (end ? `${start}–${end}` : `since ${start}`) : undefined,
    ],
    ', ',
  );
  return compose(sentence(head), str(record.description), max(opts));
}

/** "Crew Dragon 2 — Capsule by SpaceX, human-rated, first flown 8 Dec 2010. Crew of 7; 10 flown." */
export function describeSpacecraftConfig(record: Rec, opts?: { maxLength?: number }): string {
  const name = str(record.name) ?? 'Unnamed spacecraft';
  const agency = nameOf(record.agency);
  const maiden = date(record.maiden_flight);
  const head = join(
    [
      `${name} — ${capitalise(typeWord(record.type)?.toLowerCase() ?? 'spacecraft')}${agency ? ` by ${agency}` : ''}`,
      record.human_rated === true ? 'human-rated' : undefined,
      maiden ? `first flown ${formatDay(maiden)}` : undefined,
    ],
    ', ',
  );
  const crew = num(record.crew_capacity);
  const flown = num(record.spacecraft_flown);
  const facts = join(
    [
      crew ? `crew of ${crew}` : undefined,
      flown !== null ? `${flown.toLocaleString('en-US')} flown` : undefined,
      record.in_use === false ? 'retired' : undefined,
    ],
    '; ',
  );
  const detail = str(record.capability) ?? str(record.details) ?? str(at(record, 'history'));
  return compose(join([sentence(head), facts && sentence(capitalise(facts))]), detail, max(opts));
}
