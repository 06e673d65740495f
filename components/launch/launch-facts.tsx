import { Link } from '@/components/ui/link';
import { Facts } from '@/components/detail/facts';
import type { LaunchDetail } from '@/lib/domain/launch-detail';
import type { RecordLink } from '@/lib/domain/detail-shared';

const numberFormat = new Intl.NumberFormat('en-US');

function Linked({ link, fallback }: { link: RecordLink | null; fallback?: string | null }) {
  if (!link) return fallback ? <>{fallback}</> : null;
  return (
    <Link href={link.href} className="text-link hover:underline">
      {link.name}
    </Link>
  );
}

function nth(total: number | null, year: number | null): string | null {
  if (total === null) return null;
  return year !== null
    ? `#${numberFormat.format(total)} (#${numberFormat.format(year)} this year)`
    : `#${numberFormat.format(total)}`;
}

/** Who, what and where at a glance, for the side card. */
export function LaunchFacts({ launch }: { launch: LaunchDetail }) {
  const { rocket, mission, attempts } = launch;
  return (
    <Facts
      facts={[
        { label: 'Provider', value: launch.provider ? <Linked link={launch.provider} /> : null },
        {
          label: 'Rocket',
          value: rocket ? (
            rocket.link ? (
              <span className="inline-flex flex-col items-end gap-1.5">
                <Linked link={rocket.link} />
                {rocket.launchesHref ? (
                  <Link href={rocket.launchesHref} className="text-link text-xs hover:underline">
                    All its launches
                  </Link>
                ) : null}
              </span>
            ) : (
              rocket.name
            )
          ) : null,
        },
        { label: 'Mission type', value: mission?.type },
        {
          label: 'Orbit',
          value: mission?.orbit
            ? `${mission.orbit}${mission.orbitAbbrev && mission.orbitAbbrev !== mission.orbit ? ` (${mission.orbitAbbrev})` : ''}`
            : null,
        },
        {
          label: 'Pad',
          value: launch.pad ? <Linked link={launch.pad.link} fallback={launch.pad.name} /> : null,
        },
        {
          label: 'Location',
          value: launch.location ? (
            <Linked link={launch.location.link} fallback={launch.location.name} />
          ) : null,
        },
        {
          label: launch.programs.length > 1 ? 'Programs' : 'Program',
          value: launch.programs.length ? (
            <span className="inline-flex flex-col items-end gap-1.5">
              {launch.programs.map((p) => (
                <Linked key={p.href} link={p} />
              ))}
            </span>
          ) : null,
        },
        { label: 'Designator', value: launch.designator },
        { label: 'Hashtag', value: launch.hashtag },
        { label: 'Orbital launch', value: nth(attempts.orbital, attempts.orbitalYear) },
        { label: 'Provider’s launch', value: nth(attempts.agency, attempts.agencyYear) },
        { label: 'From this pad', value: nth(attempts.pad, attempts.padYear) },
        { label: 'Pad turnaround', value: launch.padTurnaround?.text },
      ]}
    />
  );
}
