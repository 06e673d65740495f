import { formatCount } from '@/components/list/card-parts';
import { ResourceCard } from '@/components/list/resource-card';
import { Badge } from '@/components/ui/badge';
import { dayFact } from '@/components/ui/fact-values';
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
    <ResourceCard
      image={{ image: rocket.image, fallbackAlt: rocket.name, icon: 'rocket' }}
      badges={
        <>
          {rocket.active !== null ? (
            <Badge tone={rocket.active ? 'success' : 'neutral'} dot>
              {rocket.active ? 'Active' : 'Retired'}
            </Badge>
          ) : null}
          {rocket.reusable ? <Badge tone="info">Reusable</Badge> : null}
        </>
      }
      href={rocket.href}
      title={rocket.name}
      facts={[
        ['Maker', rocket.manufacturer],
        ['Family', rocket.family],
        ['Launches', formatCount(rocket.totalLaunches)],
      ]}
      detailed={detailed}
      more={[
        ['Maiden flight', dayFact(rocket.maidenFlight)],
        ['Length', rocket.length !== null ? `${decimal.format(rocket.length)} m` : null],
        ['To LEO', rocket.leoCapacity !== null ? `${formatCount(rocket.leoCapacity)} kg` : null],
      ]}
      blurb={rocket.description}
    />
  );
}
