import { Blurb, CardImage, CardTitle, Facts, formatCount } from '@/components/list/card-parts';
import { LocalTime } from '@/components/time/local-time';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { BoosterSummary } from '@/lib/domain/booster';
import { statusTone } from '@/lib/format/status';

function landings(b: BoosterSummary): string | null {
  if (b.attemptedLandings === null && b.successfulLandings === null) return null;
  return `${formatCount(b.successfulLandings ?? 0)} of ${formatCount(b.attemptedLandings ?? 0)}`;
}

/** A booster (B1062) in a list: status, flights and landings. */
export function BoosterCard({
  booster,
  detailed = false,
}: {
  booster: BoosterSummary;
  detailed?: boolean;
}) {
  return (
    <Card as="article" padding="none" interactive className="flex w-full flex-col overflow-hidden">
      {detailed ? (
        <CardImage image={booster.image} fallbackAlt={booster.serial} icon="rocket" />
      ) : null}
      <div className="flex flex-1 flex-col gap-3 p-4">
        <div className="flex flex-wrap items-center gap-2">
          {booster.status ? (
            <Badge tone={statusTone(booster.status)} dot>
              {booster.status}
            </Badge>
          ) : null}
          {booster.flightProven ? <Badge tone="info">Flight-proven</Badge> : null}
        </div>
        <CardTitle href={booster.href}>{booster.serial}</CardTitle>
        <Facts
          items={[
            ['Rocket', booster.rocket],
            ['Flights', formatCount(booster.flights)],
            ['Landings', landings(booster)],
            ...(detailed
              ? ([
                  [
                    'First launch',
                    booster.firstLaunch ? (
                      <LocalTime iso={booster.firstLaunch} precision="Day" relative={false} />
                    ) : null,
                  ],
                  [
                    'Last launch',
                    booster.lastLaunch ? (
                      <LocalTime iso={booster.lastLaunch} precision="Day" relative={false} />
                    ) : null,
                  ],
                ] as [string, React.ReactNode][])
              : []),
          ]}
        />
        {detailed ? <Blurb text={booster.details} /> : null}
      </div>
    </Card>
  );
}
