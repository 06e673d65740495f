import { formatCount } from '@/components/list/card-parts';
import { ResourceCard } from '@/components/list/resource-card';
import { Badge } from '@/components/ui/badge';
import { dayFact } from '@/components/ui/fact-values';
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
    <ResourceCard
      image={
        detailed ? { image: booster.image, fallbackAlt: booster.serial, icon: 'rocket' } : null
      }
      badges={
        <>
          {booster.status ? (
            <Badge tone={statusTone(booster.status)} dot>
              {booster.status}
            </Badge>
          ) : null}
          {booster.flightProven ? <Badge tone="info">Flight-proven</Badge> : null}
        </>
      }
      href={booster.href}
      title={booster.serial}
      facts={[
        ['Rocket', booster.rocket],
        ['Flights', formatCount(booster.flights)],
        ['Landings', landings(booster)],
      ]}
      detailed={detailed}
      more={[
        ['First launch', dayFact(booster.firstLaunch)],
        ['Last launch', dayFact(booster.lastLaunch)],
      ]}
      blurb={booster.details}
    />
  );
}
