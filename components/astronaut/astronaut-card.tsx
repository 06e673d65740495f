import { Blurb, CardImage, CardTitle, Facts } from '@/components/list/card-parts';
import { LocalTime } from '@/components/time/local-time';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { NationalityList } from '@/components/ui/country-code';
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
    <Card as="article" padding="none" interactive className="flex w-full flex-col overflow-hidden">
      <CardImage image={a.image} fallbackAlt={a.name} name={a.name} icon="person" ratio="3/2" />
      <div className="flex flex-1 flex-col gap-3 p-4">
        <div className="flex flex-wrap gap-2 empty:hidden">
          {a.inSpace ? (
            <Badge tone="success" dot>
              In space now
            </Badge>
          ) : null}
          {a.status ? <Badge tone={statusTone(a.status.name)}>{a.status.name}</Badge> : null}
          {a.type ? <Badge>{a.type}</Badge> : null}
        </div>
        <CardTitle href={a.href}>{a.name}</CardTitle>
        <Facts
          items={[
            ['Agency', a.agency ? (a.agency.abbrev ?? a.agency.name) : null],
            [
              'Nationality',
              a.nationalities.length ? <NationalityList nationalities={a.nationalities} /> : null,
            ],
            ['Flights', a.flights !== null ? String(a.flights) : null],
            [
              'First flight',
              a.firstFlight ? (
                <LocalTime iso={a.firstFlight} precision="Day" relative={false} />
              ) : null,
            ],
            ['Age', a.age !== null ? (a.died ? `${a.age} (died)` : String(a.age)) : null],
          ]}
        />
        {detailed ? <Blurb text={a.bio} lines={4} /> : null}
      </div>
    </Card>
  );
}
