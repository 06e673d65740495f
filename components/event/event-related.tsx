import { LinkChips } from '@/components/detail/link-chips';
import type { EventDetail } from '@/lib/domain/event-detail';

function Group({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div>
      <h3 className="text-ink-muted mb-2 text-sm font-semibold">{title}</h3>
      {children}
    </div>
  );
}

/** Programs, agencies, stations, expeditions and astronauts the event involves. */
export function EventRelated({ event }: { event: EventDetail }) {
  return (
    <div className="space-y-5">
      {event.programs.length ? (
        <Group title="Programs">
          <LinkChips links={event.programs} label="Programs" />
        </Group>
      ) : null}
      {event.agencies.length ? (
        <Group title="Agencies">
          <LinkChips links={event.agencies} label="Agencies" />
        </Group>
      ) : null}
      {event.stations.length ? (
        <Group title="Space stations">
          <LinkChips links={event.stations} label="Space stations" />
        </Group>
      ) : null}
      {event.expeditions.length ? (
        <Group title="Expeditions">
          <p className="text-ink">{event.expeditions.join(', ')}</p>
        </Group>
      ) : null}
      {event.astronauts.length ? (
        <Group title="Astronauts">
          <p className="text-ink">{event.astronauts.join(', ')}</p>
        </Group>
      ) : null}
    </div>
  );
}
