import { readOrganization } from '@/lib/domain/detail-shared';
import { readCountry } from './country';
import { longText, organization, property, root, type JsonLd } from './json-ld-core';
import { recordUrl, type LinkOptions } from './links';
import {
  date,
  httpUrl,
  imageUrl,
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

/** JSON-LD for the reference resources: agencies, spacecraft and space stations. */

export function agencyJsonLd(record: Rec, opts: LinkOptions): JsonLd {
  const org = readOrganization(record);
  const id = text(record.id);
  const country = readCountry(record);
  const founded = num(record.founding_year);
  return root('Organization', {
    name: org?.name ?? str(record.name),
    alternateName: org?.abbrev,
    url: recordUrl(opts, '/agencies', id),
    description: longText(str(record.description)),
    foundingDate: founded && Number.isInteger(founded) && founded > 0 ? String(founded) : undefined,
    logo: org?.logo,
    image: imageUrl(record.image) ?? httpUrl(record.image_url),
    parentOrganization: str(record.parent)
      ? { '@type': 'Organization', name: str(record.parent) }
      : undefined,
    address: country.code ? { '@type': 'PostalAddress', addressCountry: country.code } : undefined,
    sameAs: unique([
      httpUrl(record.info_url),
      httpUrl(record.wiki_url),
      ...objs(record.social_media_links).map((s) => httpUrl(s.url)),
    ]),
  });
}

/**
 * Spacecraft → `Vehicle`: schema.org defines a vehicle as "a device that is designed or used to
 * transport people or cargo over land, water, air, or through space", which is exactly a capsule
 * or cargo ship, and it has `model`, `manufacturer` and `vehicleSeatingCapacity` for the
 * configuration, its maker and crew size. (Vehicle is a Product subtype; Google's Product rich
 * result wants offers/reviews, so Search Console may list these as non-eligible — harmless.)
 */
export function spacecraftJsonLd(record: Rec, opts: LinkOptions): JsonLd {
  const id = text(record.id);
  const config = obj(record.spacecraft_config);
  const timeInSpace = durationSeconds(record.time_in_space);
  return root('Vehicle', {
    name: str(record.name),
    url: recordUrl(opts, '/spacecraft', id),
    description: longText(str(record.description)),
    image: imageUrl(record.image),
    identifier: text(record.serial_number),
    model: str(config?.name),
    category: nameOf(config?.type),
    manufacturer: organization(readOrganization(config?.agency)),
    vehicleSeatingCapacity: num(config?.crew_capacity),
    additionalProperty: [
      property('Status', nameOf(record.status)),
      property('Flights', num(record.flights_count)),
      property(
        'Time in space',
        timeInSpace !== null && timeInSpace >= 0 ? Math.floor(timeInSpace / 86_400) : undefined,
        'days',
      ),
      property('In space', typeof record.in_space === 'boolean' ? record.in_space : undefined),
    ],
  });
}

/**
 * Space station → `Place`: a station is somewhere people live and work, not a product or a
 * vehicle (it carries no one anywhere), and schema.org has no orbital type. Place takes
 * `additionalProperty` for orbit, status and dates, and unlike Product/Vehicle it brings no
 * rich-result requirements we cannot meet. It has no `geo`: it is not at a fixed coordinate.
 */
export function spaceStationJsonLd(record: Rec, opts: LinkOptions): JsonLd {
  const id = text(record.id);
  const founded = date(record.founded);
  const deorbited = date(record.deorbited);
  return root('Place', {
    name: str(record.name),
    url: recordUrl(opts, '/space-stations', id),
    description: longText(str(record.description)),
    image: imageUrl(record.image),
    additionalProperty: [
      property('Status', nameOf(record.status)),
      property('Orbit', str(record.orbit)),
      property('Founded', founded?.toISOString().slice(0, 10)),
      property('Deorbited', deorbited?.toISOString().slice(0, 10)),
      property(
        'Owners',
        objs(record.owners)
          .map((o) => str(o.name))
          .filter(Boolean)
          .join(', ') || undefined,
      ),
      property('Crew on board', num(record.onboard_crew)),
      property('Mass', num(record.mass), 'tonnes'),
      property('Docked vehicles', num(record.docked_vehicles)),
    ],
  });
}
