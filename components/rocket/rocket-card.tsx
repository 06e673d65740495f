import { Blurb, CardImage, CardTitle, Facts, formatCount } from '@/components/list/card-parts';
import { LocalTime } from '@/components/time/local-time';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { RocketSummary } from '@/lib/domain/rocket';

const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A rocket (Falcon 9 Block 5, Soyuz 2.1a) in a list. */
export function RocketCard({
  rocket,
  detailed = false,
}: {
  rocket: RocketSummary;
  detailed?: boolean;
}) {
  return (
    <Card as="article" padding="none" interactive className="flex w-full flex-col overflow-hidden">
      <CardImage image={rocket.image} fallbackAlt={rocket.name} icon="rocket" />
      <div className="flex flex-1 flex-col gap-3 p-4">
        <div className="flex flex-wrap items-center gap-2">
          {rocket.active !== null ? (
            <Badge tone={rocket.active ? 'success' : 'neutral'} dot>
              {rocket.active ? 'Active' : 'Retired'}
            </Badge>
          ) : null}
          {rocket.reusable ? <Badge tone="info">Reusable</Badge> : null}
        </div>
        <CardTitle href={rocket.href}>{rocket.name}</CardTitle>
        <Facts
          items={[
            ['Maker', rocket.manufacturer],
            ['Family', rocket.family],
            ['Launches', formatCount(rocket.totalLaunches)],
            ...(detailed
              ? ([
                  [
                    'Maiden flight',
                    rocket.maidenFlight ? (
                      <LocalTime iso={rocket.maidenFlight} precision="Day" relative={false} />
                    ) : null,
                  ],
                  ['Length', rocket.length !== null ? `${decimal.format(rocket.length)} m` : null],
                  [
                    'To LEO',
                    rocket.leoCapacity !== null ? `${formatCount(rocket.leoCapacity)} kg` : null,
                  ],
                ] as [string, React.ReactNode][])
              : []),
          ]}
        />
        {detailed ? <Blurb text={rocket.description} /> : null}
      </div>
    </Card>
  );
}
