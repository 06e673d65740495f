import type { LL2Image } from '@/lib/format/images';
import { splitDemonyms, type Nationality } from '@/lib/format/nationality';
import { astronauts } from '@/lib/resources/astronauts';
import { detailHref } from '@/lib/resources/href';
import type { WireRecord } from '@/lib/resources/types';
import { image, iso, list, named, num, obj, str, type Named } from '@/lib/ll2/read';

export interface AstronautSummary {
  id: number | string;
  href: string;
  name: string;
  status: Named | null;
  type: string | null;
  agency: Named | null;
  nationalities: Nationality[];
  image: LL2Image | null;
  born: string | null;
  died: string | null;
  /** Age now, or at death. */
  age: number | null;
  firstFlight: string | null;
  lastFlight: string | null;
  flights: number | null;
  inSpace: boolean | null;
  bio: string | null;
}

/** 2.3.0's country objects, or 2.2.0's demonym text. */
export function readNationalities(value: unknown): Nationality[] {
  if (typeof value === 'string') return str(value) ? splitDemonyms(value) : [];
  return list(value).flatMap((item) => {
    const o = obj(item);
    const name = str(o?.nationality_name) ?? str(o?.name);
    const code = str(o?.alpha_2_code);
    return name
      ? [{ name, code: code && /^[A-Za-z]{2}$/.test(code) ? code.toUpperCase() : null }]
      : [];
  });
}

/** Whole years from `born` to `until` (death, else now); null without a birth date. */
export function ageAt(born: string | null, until: Date): number | null {
  const b = born ? new Date(born) : null;
  if (!b || Number.isNaN(b.getTime()) || until < b) return null;
  let years = until.getUTCFullYear() - b.getUTCFullYear();
  const beforeBirthday =
    until.getUTCMonth() < b.getUTCMonth() ||
    (until.getUTCMonth() === b.getUTCMonth() && until.getUTCDate() < b.getUTCDate());
  if (beforeBirthday) years -= 1;
  return years;
}

export function flightCount(record: WireRecord): number | null {
  return (
    num(record.flights_count) ?? (Array.isArray(record.flights) ? record.flights.length : null)
  );
}

/** One argument only: list pages pass it to `Array.map`, whose index must not become a date. */
export function toAstronautSummary(record: WireRecord): AstronautSummary {
  const now = new Date();
  const born = iso(record.date_of_birth);
  const died = iso(record.date_of_death);
  return {
    id: record.id,
    href: detailHref(astronauts, record),
    name: str(record.name) ?? `Astronaut ${record.id}`,
    status: named(record.status),
    type: named(record.type)?.name ?? null,
    agency: named(record.agency),
    nationalities: readNationalities(record.nationality),
    image: image(record.image),
    born,
    died,
    age: ageAt(born, died ? new Date(died) : now),
    firstFlight: iso(record.first_flight),
    lastFlight: iso(record.last_flight),
    flights: flightCount(record),
    inSpace: typeof record.in_space === 'boolean' ? record.in_space : null,
    bio: str(record.bio),
  };
}
