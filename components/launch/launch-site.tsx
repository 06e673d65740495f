import { Link } from '@/components/ui/link';
import { WebLinks } from '@/components/detail/web-links';
import { CountryFlag } from '@/components/ui/country-flag';
import { ExternalLink } from '@/components/ui/external-link';
import type { Coordinates } from '@/lib/domain/detail-shared';
import type { LaunchLocation, LaunchPad } from '@/lib/domain/launch-detail';

const degrees = (value: number) => Number(Math.abs(value).toFixed(6));

/** "45.996034° N, 63.564003° E": six decimals, about 10 cm. */
export function formatCoordinates({ latitude, longitude }: Coordinates): string {
  const lat = `${degrees(latitude)}° ${latitude >= 0 ? 'N' : 'S'}`;
  const lon = `${degrees(longitude)}° ${longitude >= 0 ? 'E' : 'W'}`;
  return `${lat}, ${lon}`;
}

export function CoordinatesLink({ coordinates }: { coordinates: Coordinates }) {
  return (
    <span className="inline-flex flex-wrap items-baseline justify-end gap-x-2">
      <span className="numeric">{formatCoordinates(coordinates)}</span>
      <ExternalLink href={coordinates.osmUrl}>OpenStreetMap</ExternalLink>
    </span>
  );
}

/** The pad and the launch site it belongs to, with coordinates and a map link. */
export function LaunchSite({
  pad,
  location,
}: {
  pad: LaunchPad | null;
  location: LaunchLocation | null;
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {pad ? (
        <div className="border-line bg-surface shadow-card rounded-2xl border p-5">
          <p className="text-ink-muted text-xs font-semibold tracking-wide uppercase">Pad</p>
          <p className="text-ink mt-1 text-lg font-semibold">
            {pad.link ? (
              <Link href={pad.link.href} className="hover:underline">
                {pad.name}
              </Link>
            ) : (
              pad.name
            )}
          </p>
          {pad.coordinates ? (
            <p className="text-ink-muted mt-2 text-sm">
              <CoordinatesLink coordinates={pad.coordinates} />
            </p>
          ) : null}
          {pad.links.length ? (
            <div className="mt-3">
              <WebLinks links={pad.links} />
            </div>
          ) : null}
          {pad.launchesHref ? (
            <Link
              href={pad.launchesHref}
              className="text-link mt-3 inline-block text-sm font-medium hover:underline"
            >
              Launches from this pad
            </Link>
          ) : null}
        </div>
      ) : null}
      {location ? (
        <div className="border-line bg-surface shadow-card rounded-2xl border p-5">
          <p className="text-ink-muted text-xs font-semibold tracking-wide uppercase">
            Launch site
          </p>
          <p className="text-ink mt-1 text-lg font-semibold">
            {location.link ? (
              <Link href={location.link.href} className="hover:underline">
                {location.name}
              </Link>
            ) : (
              location.name
            )}
          </p>
          {location.countries.length ? (
            <p className="text-ink-muted mt-2 flex flex-wrap gap-3 text-sm">
              {location.countries.map((c) => (
                <CountryFlag key={c.name} code={c.code} name={c.name} showName />
              ))}
            </p>
          ) : null}
          {location.timezone ? (
            <p className="text-ink-muted mt-1 text-sm">
              Local time zone: {location.timezone.replace(/_/g, ' ')}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
