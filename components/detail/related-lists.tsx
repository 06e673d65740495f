import { AgencyCard } from '@/components/agency/agency-card';
import { EventCard } from '@/components/event/event-card';
import { LaunchCard } from '@/components/launch/launch-card';
import { PadCard } from '@/components/pad/pad-card';
import { SpacecraftConfigurationCard } from '@/components/spacecraft-configuration/spacecraft-configuration-card';
import { SpacecraftCard } from '@/components/spacecraft/spacecraft-card';
import type { AgencySummary } from '@/lib/domain/agency';
import type { EventSummary } from '@/lib/domain/event';
import type { LaunchSummary } from '@/lib/domain/launch';
import type { PadSummary } from '@/lib/domain/pad';
import type { SpacecraftSummary } from '@/lib/domain/spacecraft';
import type { SpacecraftConfigurationSummary } from '@/lib/domain/spacecraft-configuration';

/** Related records as the list pages' own cards, two to a row where there is room. */
function CardGrid({ children }: { children: React.ReactNode }) {
  return <ul className="grid gap-4 sm:grid-cols-2">{children}</ul>;
}

export function AgencyCards({ items }: { items: readonly AgencySummary[] }) {
  return (
    <CardGrid>
      {items.map((a) => (
        <li key={a.id} className="flex">
          <AgencyCard agency={a} />
        </li>
      ))}
    </CardGrid>
  );
}

export function LaunchCards({ items }: { items: readonly LaunchSummary[] }) {
  return (
    <CardGrid>
      {items.map((l) => (
        <li key={l.id} className="flex">
          <LaunchCard launch={l} />
        </li>
      ))}
    </CardGrid>
  );
}

export function EventCards({ items }: { items: readonly EventSummary[] }) {
  return (
    <CardGrid>
      {items.map((e) => (
        <li key={e.id} className="flex">
          <EventCard event={e} />
        </li>
      ))}
    </CardGrid>
  );
}

export function SpacecraftCards({ items }: { items: readonly SpacecraftSummary[] }) {
  return (
    <CardGrid>
      {items.map((c) => (
        <li key={c.id} className="flex">
          <SpacecraftCard craft={c} />
        </li>
      ))}
    </CardGrid>
  );
}

export function ConfigCards({ items }: { items: readonly SpacecraftConfigurationSummary[] }) {
  return (
    <CardGrid>
      {items.map((c) => (
        <li key={c.id} className="flex">
          <SpacecraftConfigurationCard config={c} />
        </li>
      ))}
    </CardGrid>
  );
}

export function PadCards({ items }: { items: readonly PadSummary[] }) {
  return (
    <CardGrid>
      {items.map((p) => (
        <li key={p.id} className="flex">
          <PadCard pad={p} />
        </li>
      ))}
    </CardGrid>
  );
}
