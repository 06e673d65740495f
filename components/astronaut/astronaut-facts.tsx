import { Facts } from '@/components/detail/facts';
import { NationalityList } from '@/components/ui/country-code';
import { dayFact } from '@/components/ui/fact-values';
import { Link } from '@/components/ui/link';
import type { AstronautDetail } from '@/lib/domain/astronaut-detail';

const LINK =
  'text-link underline decoration-current/40 underline-offset-2 hover:decoration-current';

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
          value: a.nationalities.length ? (
            <NationalityList nationalities={a.nationalities} />
          ) : null,
        },
        {
          label: 'Born',
          value: a.born ? (
            <>
              {dayFact(a.born.iso)}
              {a.age !== null && !a.died ? ` (age ${a.age})` : null}
            </>
          ) : null,
        },
        {
          label: 'Died',
          value: a.died ? (
            <>
              {dayFact(a.died.iso)}
              {a.age !== null ? ` (aged ${a.age})` : null}
            </>
          ) : null,
        },
        { label: 'First flight', value: dayFact(a.firstFlight?.iso) },
        { label: 'Last flight', value: dayFact(a.lastFlight?.iso) },
        { label: 'Flights', value: a.flightsCount?.toLocaleString('en-US') },
        { label: 'Landings', value: a.landingsCount?.toLocaleString('en-US') },
        { label: 'Time in space', value: a.timeInSpace?.text },
        { label: 'Spacewalks', value: a.spacewalksCount?.toLocaleString('en-US') },
        { label: 'Spacewalk time', value: a.evaTime?.text },
      ]}
    />
  );
}
