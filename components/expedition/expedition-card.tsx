import { CardTitle, Facts } from '@/components/list/card-parts';
import { LocalTime } from '@/components/time/local-time';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { ExpeditionSummary } from '@/lib/domain/expedition';

/** An expedition in a list: station, dates, crew. */
export function ExpeditionCard({ expedition: e }: { expedition: ExpeditionSummary }) {
  return (
    <Card as="article" padding="sm" interactive className="flex w-full flex-col gap-3">
      {e.current ? (
        <div>
          <Badge tone="success" dot>
            Aboard now
          </Badge>
        </div>
      ) : null}
      <CardTitle href={e.href}>{e.name}</CardTitle>
      <Facts
        items={[
          ['Station', e.station?.name],
          ['Start', e.start ? <LocalTime iso={e.start} precision="Day" relative={false} /> : null],
          ['End', e.end ? <LocalTime iso={e.end} precision="Day" relative={false} /> : null],
          ['Crew', e.crew.length ? e.crew.join(', ') : null],
        ]}
      />
    </Card>
  );
}
