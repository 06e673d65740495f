import { Link } from '@/components/ui/link';
import { RemoteImage } from '@/components/media/remote-image';
import { Countdown } from '@/components/time/countdown';
import { CardDate } from '@/components/list/card-parts';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { CountryFlag } from '@/components/ui/country-flag';
import type { LaunchSummary } from '@/lib/domain/launch';
import { imageUrl } from '@/lib/format/images';
import { statusTone } from '@/lib/format/status';
import { hasTimeOfDay } from '@/lib/format/time';

function Meta({ launch }: { launch: LaunchSummary }) {
  const who = [launch.provider?.name, launch.rocket].filter(Boolean).join(' · ');
  return (
    <>
      {who ? <p className="text-ink-muted truncate text-sm">{who}</p> : null}
      <CardDate iso={launch.net} precision={launch.netPrecision} />
      {launch.location ? (
        <p className="text-ink-muted truncate text-sm">
          <CountryFlag code={launch.countryCode} name={launch.countryName} />{' '}
          {launch.pad ? `${launch.pad}, ` : ''}
          {launch.location}
        </p>
      ) : null}
    </>
  );
}

function Title({ launch, className }: { launch: LaunchSummary; className: string }) {
  return (
    <Link href={launch.href} className={`text-ink after:absolute after:inset-0 ${className}`}>
      {launch.name}
    </Link>
  );
}

/**
 * A launch on the home page. `featured` is the next one: wider, with a countdown when its time is
 * known to the hour or better (a countdown to a month would be a lie).
 */
export function LaunchTile({
  launch,
  featured = false,
  upcoming,
}: {
  launch: LaunchSummary;
  featured?: boolean;
  upcoming: boolean;
}) {
  const status = launch.status ? (
    <Badge tone={statusTone(launch.status.name)} dot>
      {launch.status.name}
    </Badge>
  ) : null;
  const src = imageUrl(launch.image, { thumbnail: !featured });
  const image = (
    <RemoteImage
      className={featured ? '' : 'max-sm:aspect-auto max-sm:h-full'}
      src={src}
      slot={featured ? 'featured' : 'tile'}
      // The title beside it names the launch; the picture adds nothing to read out.
      alt=""
      name={launch.name}
      icon="rocket"
      preferIcon
      priority={featured}
    />
  );

  if (featured) {
    const countdown = upcoming && launch.net && hasTimeOfDay(launch.netPrecision);
    return (
      <Card as="article" padding="none" interactive className="grid overflow-hidden md:grid-cols-2">
        {image}
        <div className="flex min-w-0 flex-col gap-2 p-5 sm:p-6">
          <div className="flex flex-wrap items-center gap-2">
            {status}
            {launch.webcastLive ? (
              <Badge tone="failure" dot>
                Webcast live
              </Badge>
            ) : null}
          </div>
          <h3 className="text-xl font-semibold tracking-tight sm:text-2xl">
            <Title launch={launch} className="" />
          </h3>
          <Meta launch={launch} />
          {launch.mission?.description ? (
            <p className="text-ink-muted line-clamp-3 text-sm">{launch.mission.description}</p>
          ) : null}
          {countdown && launch.net ? (
            <div className="mt-auto pt-3">
              <Countdown iso={launch.net} label={`Countdown to ${launch.name}`} />
            </div>
          ) : null}
        </div>
      </Card>
    );
  }

  return (
    // A row with a square thumbnail on phones (four tall cards would fill three screens).
    <Card as="li" padding="none" interactive className="flex overflow-hidden sm:flex-col">
      <div className="w-24 shrink-0 sm:w-auto">{image}</div>
      <div className="flex min-w-0 flex-1 flex-col gap-1.5 p-3 sm:p-4">
        {status ? <div>{status}</div> : null}
        <h3 className="line-clamp-2 font-semibold">
          <Title launch={launch} className="" />
        </h3>
        <Meta launch={launch} />
      </div>
    </Card>
  );
}
