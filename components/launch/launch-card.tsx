import { Blurb, CardImage, CardTitle, Facts } from '@/components/list/card-parts';
import { LocalTime } from '@/components/time/local-time';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { CountryFlag } from '@/components/ui/country-flag';
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
    <Card as="article" padding="none" interactive className="flex w-full flex-col overflow-hidden">
      <CardImage image={launch.image} fallbackAlt={launch.name} icon="rocket" />
      <div className="flex flex-1 flex-col gap-3 p-4">
        <div className="flex flex-wrap items-center gap-2">
          <LaunchStatusBadge status={launch.status} />
          {launch.webcastLive ? (
            <Badge tone="failure" dot>
              Live
            </Badge>
          ) : null}
        </div>
        <CardTitle href={launch.href}>{launch.name}</CardTitle>
        <p className="text-ink text-sm">
          <LocalTime
            iso={launch.net}
            precision={launch.netPrecision}
            fallback="Date to be announced"
          />
        </p>
        <Facts
          items={[
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
            ...(detailed
              ? ([
                  ['Mission', launch.mission?.name ?? null],
                  ['Type', launch.mission?.type ?? null],
                  ['Programs', launch.programs.length > 0 ? launch.programs.join(', ') : null],
                  ['Weather', launch.probability !== null ? `${launch.probability}% go` : null],
                  ['Failure', launch.failReason],
                ] as [string, React.ReactNode][])
              : []),
          ]}
        />
        {detailed ? <Blurb text={launch.mission?.description ?? null} /> : null}
      </div>
    </Card>
  );
}
