import { Facts } from '@/components/detail/facts';
import { LocalTime } from '@/components/time/local-time';
import { NationalityList } from '@/components/ui/country-code';
import { Link } from '@/components/ui/link';
import type { AstronautDetail } from '@/lib/domain/astronaut-detail';

const LINK = 'text-link underline decoration-current/40 underline-offset-2 hover:decoration-current';

function day(iso: string) {
  return <LocalTime iso={iso} precision="Day" relative={false} />;
}

/** The record's facts; a snapshot record without status, type or EVA time simply lacks those rows. */
export function AstronautFacts({ astronaut: a }: { astronaut: AstronautDetail }) {
  return (
    <Facts
      facts={[
        { label: 'Status', value: a.status?.name },
        { label: 'Type', value: a.type },
        {
          label: 'Agency',
          value: a.agency ? (
            <Link href={a.agency.href} className={LINK}>
              {a.agency.name}
            </Link>
          ) : null,
        },
        {
          label: a.nationalities.length > 1 ? 'Nationalities' : 'Nationality',
          value: a.nationalities.length ? <NationalityList nationalities={a.nationalities} /> : null,
        },
        {
          label: 'Born',
          value: a.born ? (
            <>
              {day(a.born.iso)}
              {a.age !== null && !a.died ? ` (age ${a.age})` : null}
            </>
          ) : null,
        },
        {
          label: 'Died',
          value: a.died ? (
            <>
              {day(a.died.iso)}
              {a.age !== null ? ` (aged ${a.age})` : null}
            </>
          ) : null,
        },
        { label: 'First flight', value: a.firstFlight ? day(a.firstFlight.iso) : null },
        { label: 'Last flight', value: a.lastFlight ? day(a.lastFlight.iso) : null },
        { label: 'Flights', value: a.flightsCount?.toLocaleString('en-US') },
        { label: 'Landings', value: a.landingsCount?.toLocaleString('en-US') },
        { label: 'Time in space', value: a.timeInSpace?.text },
        { label: 'Spacewalks', value: a.spacewalksCount?.toLocaleString('en-US') },
        { label: 'Spacewalk time', value: a.evaTime?.text },
      ]}
    />
  );
}
