import { NationalityList } from '@/components/ui/country-code';
import { Link } from '@/components/ui/link';
import type { CrewMember } from '@/lib/domain/crew';
import type { CrewedCraft } from '@/lib/domain/launch-crew';

/** A crew as a list: each astronaut linked, with role, agency and nationality. */
export function CrewList({ crew, label }: { crew: readonly CrewMember[]; label: string }) {
  return (
    <ul aria-label={label} className="grid gap-3 sm:grid-cols-2">
      {crew.map((m) => (
        <li key={m.astronaut.href} className="border-line bg-surface rounded-xl border px-4 py-3">
          <Link
            href={m.astronaut.href}
            className="text-link font-medium underline-offset-2 hover:underline"
          >
            {m.astronaut.name}
          </Link>
          <p className="text-ink-muted mt-0.5 flex flex-wrap gap-x-2 text-sm">
            {m.role ? <span className="text-ink">{m.role}</span> : null}
            {m.agency ? <span>{m.agency}</span> : null}
            <NationalityList nationalities={m.nationalities} />
          </p>
        </li>
      ))}
    </ul>
  );
}

/** The launch's crew, per spacecraft when the launch says which. */
export function LaunchCrew({ crafts }: { crafts: readonly CrewedCraft[] }) {
  return (
    <div className="space-y-5">
      {crafts.map((c) => (
        <div key={c.key} className="space-y-3">
          {c.spacecraft ? (
            <h3 className="text-ink font-semibold">
              Aboard{' '}
              <Link href={c.spacecraft.href} className="text-link underline-offset-2 hover:underline">
                {c.spacecraft.name}
              </Link>
              {c.destination ? (
                <span className="text-ink-muted font-normal"> · to {c.destination}</span>
              ) : null}
            </h3>
          ) : null}
          <CrewList crew={c.launch} label={c.spacecraft ? `Crew of ${c.spacecraft.name}` : 'Crew'} />
          {c.landing.length ? (
            <>
              <h4 className="text-ink-muted text-sm font-medium">Returned aboard</h4>
              <CrewList crew={c.landing} label="Landing crew" />
            </>
          ) : null}
        </div>
      ))}
    </div>
  );
}
