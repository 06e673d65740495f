import { Blurb, CardImage, CardTitle, Facts } from '@/components/list/card-parts';
import { LocalTime } from '@/components/time/local-time';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { ProgramSummary } from '@/lib/domain/program';

/** A program (ISS, Artemis, Soyuz) in a list. */
export function ProgramCard({ program }: { program: ProgramSummary }) {
  return (
    <Card as="article" padding="none" interactive className="flex w-full flex-col overflow-hidden">
      <CardImage image={program.image} fallbackAlt={program.name} icon="image" />
      <div className="flex flex-1 flex-col gap-3 p-4">
        {program.type ? <Badge tone="info">{program.type}</Badge> : null}
        <CardTitle href={program.href}>{program.name}</CardTitle>
        <Facts
          items={[
            [
              'Started',
              program.startDate ? (
                <LocalTime iso={program.startDate} precision="Day" relative={false} />
              ) : null,
            ],
            [
              'Ended',
              program.endDate ? (
                <LocalTime iso={program.endDate} precision="Day" relative={false} />
              ) : null,
            ],
            ['Agencies', program.agencies.length > 0 ? program.agencies.join(', ') : null],
          ]}
        />
        <Blurb text={program.description} lines={3} />
      </div>
    </Card>
  );
}
