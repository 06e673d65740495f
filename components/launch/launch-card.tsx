import { CardDate } from '@/components/list/card-parts';
import { ResourceCard } from '@/components/list/resource-card';
import { Badge } from '@/components/ui/badge';
import { CountryFlag } from '@/components/ui/country-flag';
import { listFact } from '@/components/ui/fact-values';
import { statusTone } from '@/lib/format/status';
import type { LaunchSummary } from '@/lib/domain/launch';

export function LaunchStatusBadge({ status }: { status: LaunchSummary['status'] }) {
  if (!status) return null;
  return (
    <Badge tone={statusTone(status.name)} dot title={status.name}>
      {status.abbrev ?? status.name}
    </Badge>
  );
}

/** A launch in a list: picture, status, NET with its precision, provider, rocket, site, orbit. */
export function LaunchCard({
  launch,
  detailed = false,
}: {
  launch: LaunchSummary;
  detailed?: boolean;
}) {
  const orbit = launch.mission?.orbit;
  return (
    <ResourceCard
      image={{ image: launch.image, fallbackAlt: launch.name, icon: 'rocket' }}
      badges={
        <>
          <LaunchStatusBadge status={launch.status} />
          {launch.webcastLive ? (
            <Badge tone="failure" dot>
              Live
            </Badge>
          ) : null}
        </>
      }
      href={launch.href}
      title={launch.name}
      facts={[
        ['Provider', launch.provider?.name ?? null],
        ['Rocket', launch.rocket],
        [
          'From',
          launch.pad || launch.location ? (
            <>
              {launch.countryCode ? (
                <CountryFlag
                  code={launch.countryCode}
                  name={launch.countryName}
                  className="mr-1.5 align-[-0.1em]"
                />
              ) : null}
              {[launch.pad, launch.location].filter(Boolean).join(', ')}
            </>
          ) : null,
        ],
        [
          'Orbit',
          orbit
            ? orbit.abbrev && orbit.abbrev !== orbit.name
              ? `${orbit.name} (${orbit.abbrev})`
              : orbit.name
            : null,
        ],
      ]}
      detailed={detailed}
      more={[
        ['Mission', launch.mission?.name ?? null],
        ['Type', launch.mission?.type ?? null],
        ['Programs', listFact(launch.programs)],
        ['Weather', launch.probability !== null ? `${launch.probability}% go` : null],
        ['Failure', launch.failReason],
      ]}
      blurb={launch.mission?.description ?? null}
    >
      <CardDate iso={launch.net} precision={launch.netPrecision} />
    </ResourceCard>
  );
}
