import { formatCount } from '@/components/list/card-parts';
import { ResourceCard } from '@/components/list/resource-card';
import { Badge } from '@/components/ui/badge';
import { humaniseDuration } from '@/lib/format/duration';
import { durationSeconds } from '@/lib/ll2/read';
import { statusTone } from '@/lib/format/status';
import type { SpacecraftSummary } from '@/lib/domain/spacecraft';

/** "372 days 14 h"; nothing for a missing or zero duration (LL2 writes P0D for never). */
function positiveDuration(iso: string | null): string | null {
  const seconds = durationSeconds(iso);
  return seconds !== null && seconds > 0 ? humaniseDuration(seconds) : null;
}

/** A spacecraft in a list: picture, status, configuration, serial, flights, time in space. */
export function SpacecraftCard({
  craft,
  detailed = false,
}: {
  craft: SpacecraftSummary;
  detailed?: boolean;
}) {
  const config = craft.config;
  return (
    <ResourceCard
      image={{ image: craft.image, fallbackAlt: craft.name, icon: 'spacecraft' }}
      badges={
        <>
          {craft.status ? (
            <Badge tone={statusTone(craft.status.name)} dot>
              {craft.status.name}
            </Badge>
          ) : null}
          {craft.inSpace ? (
            <Badge tone="info" dot>
              In space
            </Badge>
          ) : null}
          {craft.isPlaceholder ? <Badge>Placeholder</Badge> : null}
        </>
      }
      href={craft.href}
      title={craft.name}
      facts={[
        ['Configuration', config ? [config.name, config.type].filter(Boolean).join(' · ') : null],
        ['Serial', craft.serialNumber],
        ['Flights', formatCount(craft.flightsCount)],
        ['In space', positiveDuration(craft.timeInSpace)],
      ]}
      detailed={detailed}
      more={[
        ['Docked', positiveDuration(craft.timeDocked)],
        ['Mission ends', formatCount(craft.missionEndsCount)],
        ['Agency', config?.agency ?? null],
      ]}
      blurb={craft.description}
    />
  );
}
