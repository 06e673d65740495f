import { LocalTime } from '@/components/time/local-time';
import { Link } from '@/components/ui/link';
import type { AstronautFlight, AstronautLanding, Spacewalk } from '@/lib/domain/astronaut-detail';

const LINK = 'text-link font-medium underline-offset-2 hover:underline';

/** Each flight: the launch (linked), its date, and the spacecraft and seat when the launch says. */
export function AstronautFlights({ flights }: { flights: readonly AstronautFlight[] }) {
  return (
    <ol className="border-line divide-line bg-surface divide-y rounded-2xl border">
      {flights.map((f, i) => (
        <li key={f.key} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 px-4 py-3">
          <span className="text-ink-muted w-16 shrink-0 text-sm tabular-nums">Flight {i + 1}</span>
          <div className="min-w-0 flex-1">
            {f.launch ? (
              <Link href={f.launch.href} className={LINK}>
                {f.name}
              </Link>
            ) : (
              <span className="text-ink font-medium">{f.name}</span>
            )}
            {f.spacecraftName || f.role ? (
              <p className="text-ink-muted text-sm">
                {f.role ? `${f.role}` : null}
                {f.role && f.spacecraftName ? ' · ' : null}
                {f.spacecraft ? (
                  <Link href={f.spacecraft.href} className="underline-offset-2 hover:underline">
                    {f.spacecraft.name}
                  </Link>
                ) : (
                  f.spacecraftName
                )}
              </p>
            ) : null}
          </div>
          {f.net ? (
            <span className="text-ink-muted text-sm">
              <LocalTime iso={f.net.iso} precision="Day" relative={false} />
            </span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export function AstronautLandings({ landings }: { landings: readonly AstronautLanding[] }) {
  return (
    <ul className="border-line divide-line bg-surface divide-y rounded-2xl border">
      {landings.map((l) => (
        <li key={l.key} className="flex flex-wrap items-baseline justify-between gap-x-4 px-4 py-3">
          <span>
            <span className="text-ink font-medium">{l.spacecraft ?? 'Spacecraft'}</span>
            {l.launch ? (
              <>
                {' · launched on '}
                <Link href={l.launch.href} className={LINK}>
                  {l.launch.name}
                </Link>
              </>
            ) : null}
          </span>
          {l.end ? (
            <span className="text-ink-muted text-sm">
              <LocalTime iso={l.end.iso} precision="Day" relative={false} />
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function SpacewalkTable({ spacewalks }: { spacewalks: readonly Spacewalk[] }) {
  return (
    // Scrolls sideways on small screens, so it takes focus for keyboard scrolling.
    <section aria-label="Spacewalks" tabIndex={0} className="border-line overflow-x-auto rounded-2xl border">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Spacewalks</caption>
        <thead className="border-line bg-surface-muted text-ink-muted border-b text-xs">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Spacewalk
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Start
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Duration
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              From
            </th>
          </tr>
        </thead>
        <tbody className="divide-line divide-y">
          {spacewalks.map((w) => (
            <tr key={w.key}>
              <th scope="row" className="text-ink px-3 py-2 font-medium">
                {w.name}
              </th>
              <td className="px-3 py-2 whitespace-nowrap">
                {w.start ? <LocalTime iso={w.start.iso} precision="Minute" relative={false} /> : '—'}
              </td>
              <td className="px-3 py-2">{w.duration?.text ?? '—'}</td>
              <td className="px-3 py-2">{w.location ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
