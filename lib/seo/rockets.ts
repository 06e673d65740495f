import { readOrganization } from '@/lib/domain/detail-shared';
import { longText, organization, property, root, type JsonLd } from './json-ld-core';
import { recordUrl, type LinkOptions } from './links';
import { formatDay } from './precision';
import { date, httpUrl, imageUrl, nameOf, num, obj, objs, str, unique, type Rec, text } from '@/lib/ll2/read';
import { compose, count, join, META_DESCRIPTION_MAX, sentence } from './text';

/** Meta descriptions and JSON-LD for rockets (launcher configurations) and boosters (launchers). */

function family(record: Rec): string | null {
  const names = unique(objs(record.families).map((f) => str(f.name)));
  return names.length > 0 ? names.join(', ') : str(record.family);
}

/** "Falcon 9 Block 5 — rocket by SpaceX, first flown 11 May 2018. 315 launches, 314 successful." */
export function describeRocket(record: Rec, opts?: { maxLength?: number }): string {
  const name = str(record.full_name) ?? str(record.name) ?? 'Unnamed rocket';
  const maker = nameOf(record.manufacturer);
  const maiden = date(record.maiden_flight);
  const head = join(
    [
      `${name} — ${record.reusable === true ? 'reusable rocket' : 'rocket'}${maker ? ` by ${maker}` : ''}`,
      maiden ? `first flown ${formatDay(maiden)}` : undefined,
    ],
    ', ',
  );
  const total = num(record.total_launch_count);
  const ok = num(record.successful_launches);
  const landed = num(record.successful_landings);
  const facts = join(
    [
      total !== null ? count(total, 'launch', 'launches') : undefined,
      total && ok !== null ? `${ok.toLocaleString('en-US')} successful` : undefined,
      landed ? `${count(landed, 'landing')}` : undefined,
      record.active === false ? 'retired' : undefined,
    ],
    ', ',
  );
  return compose(
    join([sentence(head), facts && sentence(facts)]),
    str(record.description),
    opts?.maxLength ?? META_DESCRIPTION_MAX,
  );
}

/**
 * A rocket → `Vehicle` ("a device designed or used to transport people or cargo … through
 * space"), with its maker, model family and specifications as properties, as for spacecraft.
 */
export function rocketJsonLd(record: Rec, opts: LinkOptions): JsonLd {
  return root('Vehicle', {
    name: str(record.full_name) ?? str(record.name),
    url: recordUrl(opts, '/rockets', text(record.id)),
    description: longText(str(record.description)),
    image: imageUrl(record.image),
    model: str(record.variant),
    category: family(record),
    manufacturer: organization(readOrganization(record.manufacturer)),
    productionDate: str(record.maiden_flight),
    sameAs: unique([httpUrl(record.info_url), httpUrl(record.wiki_url)]),
    additionalProperty: [
      property('Length', num(record.length), 'm'),
      property('Diameter', num(record.diameter), 'm'),
      property('Launch mass', num(record.launch_mass), 't'),
      property('Liftoff thrust', num(record.to_thrust), 'kN'),
      property('Payload to low Earth orbit', num(record.leo_capacity), 'kg'),
      property('Payload to geostationary transfer orbit', num(record.gto_capacity), 'kg'),
      property('Launches', num(record.total_launch_count)),
      property('Successful launches', num(record.successful_launches)),
      property('Reusable', typeof record.reusable === 'boolean' ? record.reusable : undefined),
    ],
  });
}

/** "B1062 — Falcon 9 Block 5 booster, retired. 11 flights, 10 landings; first flown …" */
export function describeBooster(record: Rec, opts?: { maxLength?: number }): string {
  const serial = text(record.serial_number) ?? `Booster ${text(record.id) ?? ''}`.trim();
  const config = obj(record.launcher_config);
  const rocket = str(config?.full_name) ?? str(config?.name);
  const status = nameOf(record.status);
  const flights = num(record.flights);
  const landed = num(record.successful_landings);
  const first = date(record.first_launch_date);
  const last = date(record.last_launch_date);
  const head = join(
    [`${serial} — ${rocket ? `${rocket} booster` : 'booster'}`, status?.toLowerCase()],
    ', ',
  );
  const facts = join(
    [
      flights !== null ? count(flights, 'flight') : undefined,
      landed !== null ? count(landed, 'landing') : undefined,
      first ? `first flown ${formatDay(first)}` : undefined,
      last && flights !== null && flights > 1 ? `last ${formatDay(last)}` : undefined,
    ],
    ', ',
  );
  return compose(
    join([sentence(head), facts && sentence(facts)]),
    str(record.details),
    opts?.maxLength ?? META_DESCRIPTION_MAX,
  );
}

/** A booster → `Vehicle`, its serial the identifier and its rocket the model. */
export function boosterJsonLd(record: Rec, opts: LinkOptions): JsonLd {
  const config = obj(record.launcher_config);
  return root('Vehicle', {
    name: text(record.serial_number),
    identifier: text(record.serial_number),
    url: recordUrl(opts, '/boosters', text(record.id)),
    description: longText(str(record.details)),
    image: imageUrl(record.image),
    model: str(config?.full_name) ?? str(config?.name),
    additionalProperty: [
      property('Status', nameOf(record.status)),
      property('Flights', num(record.flights)),
      property('Successful landings', num(record.successful_landings)),
      property('Attempted landings', num(record.attempted_landings)),
      property(
        'Flight-proven',
        typeof record.flight_proven === 'boolean' ? record.flight_proven : undefined,
      ),
    ],
  });
}
