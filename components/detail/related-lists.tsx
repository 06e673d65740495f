import { AgencyCard } from '@/components/agency/agency-card';
import { BoosterCard } from '@/components/booster/booster-card';
import { EventCard } from '@/components/event/event-card';
import { ExpeditionCard } from '@/components/expedition/expedition-card';
import { LaunchCard } from '@/components/launch/launch-card';
import { PadCard } from '@/components/pad/pad-card';
import { RocketCard } from '@/components/rocket/rocket-card';
import { SpacecraftConfigurationCard } from '@/components/spacecraft-configuration/spacecraft-configuration-card';
import { SpacecraftCard } from '@/components/spacecraft/spacecraft-card';
import type { AgencySummary } from '@/lib/domain/agency';
import type { BoosterSummary } from '@/lib/domain/booster';
import type { EventSummary } from '@/lib/domain/event';
import type { ExpeditionSummary } from '@/lib/domain/expedition';
import type { LaunchSummary } from '@/lib/domain/launch';
import type { PadSummary } from '@/lib/domain/pad';
import type { RocketSummary } from '@/lib/domain/rocket';
import type { SpacecraftSummary } from '@/lib/domain/spacecraft';
import type { SpacecraftConfigurationSummary } from '@/lib/domain/spacecraft-configuration';

/** Related records as the list pages' own cards, two to a row where there is room. */
function cardGrid<T extends { id: string | number }>(card: (item: T) => React.ReactNode) {
  return function CardGrid({ items }: { items: readonly T[] }) {
    return (
      <ul className="grid gap-4 sm:grid-cols-2">
        {items.map((item) => (
          <li key={item.id} className="flex">
            {card(item)}
          </li>
        ))}
      </ul>
    );
  };
}

export const AgencyCards = cardGrid<AgencySummary>((a) => <AgencyCard agency={a} />);
export const LaunchCards = cardGrid<LaunchSummary>((l) => <LaunchCard launch={l} />);
export const EventCards = cardGrid<EventSummary>((e) => <EventCard event={e} />);
export const SpacecraftCards = cardGrid<SpacecraftSummary>((c) => <SpacecraftCard craft={c} />);
export const ConfigCards = cardGrid<SpacecraftConfigurationSummary>((c) => (
  <SpacecraftConfigurationCard config={c} />
));
export const PadCards = cardGrid<PadSummary>((p) => <PadCard pad={p} />);
export const ExpeditionCards = cardGrid<ExpeditionSummary>((e) => (
  <ExpeditionCard expedition={e} />
));
export const RocketCards = cardGrid<RocketSummary>((r) => <RocketCard rocket={r} />);
export const BoosterCards = cardGrid<BoosterSummary>((b) => <BoosterCard booster={b} />);
