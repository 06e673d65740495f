import { formatCount } from '@/components/list/card-parts';
import { ResourceCard } from '@/components/list/resource-card';
import { Badge } from '@/components/ui/badge';
import { CountryFlag } from '@/components/ui/country-flag';
import type { LocationSummary } from '@/lib/domain/location';

/** A launch site (a location holding pads) in a list. */
export function LocationCard({
  location,
  detailed = false,
}: {
  location: LocationSummary;
  detailed?: boolean;
}) {
  return (
    <ResourceCard
      image={{
        image: location.image,
        fallbackAlt: `Map of ${location.name}`,
        name: location.name,
        icon: 'rocket',
        ratio: '2/1',
      }}
      badges={location.active === false ? <Badge>Inactive</Badge> : null}
      href={location.href}
      title={location.name}
      facts={[
        [
          'Country',
          location.countryCode || location.countryName ? (
            <CountryFlag
              code={location.countryCode}
              name={location.countryName ?? location.countryCode}
              showName
            />
          ) : null,
        ],
        ['Launches', formatCount(location.totalLaunches)],
        ['Landings', formatCount(location.totalLandings)],
        ['Pads', formatCount(location.padCount)],
      ]}
      detailed={detailed}
      more={[
        ['Body', location.celestialBody],
        ['Time zone', location.timezone?.replaceAll('_', ' ') ?? null],
      ]}
      blurb={location.description}
    />
  );
}
