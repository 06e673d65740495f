import type { StationExpedition, StationPort } from '@/lib/domain/space-station-detail';
import { LocalTime } from '@/components/time/local-time';
import { Link } from '@/components/ui/link';

/** The station's docking ports and, where LL2 records one, the vehicle at each. */
export function StationPorts({ ports }: { ports: readonly StationPort[] }) {
  return (
    <ul className="grid gap-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
      {ports.map((p) => (
        <li
          key={p.key}
          className="border-line bg-surface flex items-center justify-between gap-2 rounded-xl border px-3 py-2"
        >
          <span className="text-ink font-medium">{p.name}</span>
          <span className={p.occupant ? 'text-success-ink' : 'text-ink-muted'}>
            {p.occupant ?? 'Free'}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function StationExpeditions({ expeditions }: { expeditions: readonly StationExpedition[] }) {
  return (
    <ul className="space-y-2">
      {expeditions.map((e) => (
        <li key={e.key} className="border-line bg-surface shadow-card rounded-xl border px-4 py-3">
          <p className="text-ink font-medium">
            {e.link ? (
              <Link href={e.link.href} className="text-link underline-offset-2 hover:underline">
                {e.name}
              </Link>
            ) : (
              e.name
            )}
          </p>
          <p className="text-ink-muted text-sm">
            {e.start ? (
              <LocalTime iso={e.start.iso} precision="Day" relative={false} />
            ) : (
              'Start unknown'
            )}
            {' – '}
            {e.end ? <LocalTime iso={e.end.iso} precision="Day" relative={false} /> : 'ongoing'}
          </p>
        </li>
      ))}
    </ul>
  );
}
