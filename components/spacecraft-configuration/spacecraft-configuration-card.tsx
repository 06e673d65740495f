import { Blurb, CardImage, CardTitle, Facts, formatCount } from '@/components/list/card-parts';
import { LocalTime } from '@/components/time/local-time';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import type { SpacecraftConfigurationSummary } from '@/lib/domain/spacecraft-configuration';

/** A spacecraft configuration (Crew Dragon 2, Soyuz) in a list. */
export function SpacecraftConfigurationCard({
  config,
  detailed = false,
}: {
  config: SpacecraftConfigurationSummary;
  detailed?: boolean;
}) {
  return (
    <Card as="article" padding="none" interactive className="flex w-full flex-col overflow-hidden">
      <CardImage image={config.image} fallbackAlt={config.name} icon="spacecraft" />
      <div className="flex flex-1 flex-col gap-3 p-4">
        <div className="flex flex-wrap items-center gap-2">
          {config.inUse !== null ? (
            <Badge tone={config.inUse ? 'success' : 'neutral'} dot>
              {config.inUse ? 'In use' : 'Retired'}
            </Badge>
          ) : null}
          {config.humanRated ? <Badge tone="info">Human rated</Badge> : null}
        </div>
        <CardTitle href={config.href}>{config.name}</CardTitle>
        <Facts
          items={[
            ['Type', config.type],
            ['Agency', config.agency],
            ['Family', config.family.length > 0 ? config.family.join(', ') : null],
            ...(detailed
              ? ([
                  [
                    'First flight',
                    config.maidenFlight ? (
                      <LocalTime iso={config.maidenFlight} precision="Day" relative={false} />
                    ) : null,
                  ],
                  ['Crew', formatCount(config.crewCapacity)],
                ] as [string, React.ReactNode][])
              : []),
          ]}
        />
        {detailed ? <Blurb text={config.capability} /> : null}
      </div>
    </Card>
  );
}
