import { ResourceCard } from '@/components/list/resource-card';
import { Badge } from '@/components/ui/badge';
import { dayFact, listFact } from '@/components/ui/fact-values';
import type { ExpeditionSummary } from '@/lib/domain/expedition';

/** An expedition in a list: station, dates, crew. */
export function ExpeditionCard({ expedition: e }: { expedition: ExpeditionSummary }) {
  return (
    <ResourceCard
      image={null}
      badges={
        e.current ? (
          <Badge tone="success" dot>
            Aboard now
          </Badge>
        ) : null
      }
      href={e.href}
      title={e.name}
      facts={[
        ['Station', e.station?.name],
        ['Start', dayFact(e.start)],
        ['End', dayFact(e.end)],
        ['Crew', listFact(e.crew)],
      ]}
    />
  );
}
