import { ResourceCard } from '@/components/list/resource-card';
import { Badge } from '@/components/ui/badge';
import { NationalityList } from '@/components/ui/country-code';
import { dayFact } from '@/components/ui/fact-values';
import type { AstronautSummary } from '@/lib/domain/astronaut';
import { statusTone } from '@/lib/format/status';

/** An astronaut in a list: portrait, status, agency, nationality, flights. */
export function AstronautCard({
  astronaut: a,
  detailed = false,
}: {
  astronaut: AstronautSummary;
  detailed?: boolean;
}) {
  return (
    <ResourceCard
      image={{ image: a.image, fallbackAlt: a.name, name: a.name, icon: 'person', ratio: '3/2' }}
      badges={
        <>
          {a.inSpace ? (
            <Badge tone="success" dot>
              In space now
            </Badge>
          ) : null}
          {a.status ? <Badge tone={statusTone(a.status.name)}>{a.status.name}</Badge> : null}
          {a.type ? <Badge>{a.type}</Badge> : null}
        </>
      }
      href={a.href}
      title={a.name}
      facts={[
        ['Agency', a.agency ? (a.agency.abbrev ?? a.agency.name) : null],
        [
          'Nationality',
          a.nationalities.length ? <NationalityList nationalities={a.nationalities} /> : null,
        ],
        ['Flights', a.flights !== null ? String(a.flights) : null],
        ['First flight', dayFact(a.firstFlight)],
        ['Age', a.age !== null ? (a.died ? `${a.age} (died)` : String(a.age)) : null],
      ]}
      detailed={detailed}
      blurb={a.bio}
    />
  );
}
