import { formatCount } from '@/components/list/card-parts';
import { ResourceCard } from '@/components/list/resource-card';
import { Badge } from '@/components/ui/badge';
import { dayFact, listFact } from '@/components/ui/fact-values';
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
    <ResourceCard
      image={{ image: config.image, fallbackAlt: config.name, icon: 'spacecraft' }}
      badges={
        <>
          {config.inUse !== null ? (
            <Badge tone={config.inUse ? 'success' : 'neutral'} dot>
              {config.inUse ? 'In use' : 'Retired'}
            </Badge>
          ) : null}
          {config.humanRated ? <Badge tone="info">Human rated</Badge> : null}
        </>
      }
      href={config.href}
      title={config.name}
      facts={[
        ['Type', config.type],
        ['Agency', config.agency],
        ['Family', listFact(config.family)],
      ]}
      detailed={detailed}
      more={[
        ['First flight', dayFact(config.maidenFlight)],
        ['Crew', formatCount(config.crewCapacity)],
      ]}
      blurb={config.capability}
    />
  );
}
