import { Blurb, CardImage, CardTitle, Facts, formatCount } from '@/components/list/card-parts';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
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
    <Card as="article" padding="none" interactive className="flex w-full flex-col overflow-hidden">
      <CardImage
        image={location.image}
        fallbackAlt={`Map of ${location.name}`}
        name={location.name}
        icon="rocket"
        ratio="2/1"
      />
      <div className="flex flex-1 flex-col gap-3 p-4">
        {location.active === false ? <Badge>Inactive</Badge> : null}
        <CardTitle href={location.href}>{location.name}</CardTitle>
        <Facts
          items={[
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
            ...(detailed
              ? ([
                  ['Body', location.celestialBody],
                  ['Time zone', location.timezone?.replaceAll('_', ' ') ?? null],
                ] as [string, React.ReactNode][])
              : []),
          ]}
        />
        {detailed ? <Blurb text={location.description} /> : null}
      </div>
    </Card>
  );
}
