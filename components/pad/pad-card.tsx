import { Blurb, CardImage, CardTitle, Facts, formatCount } from '@/components/list/card-parts';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { CountryFlag } from '@/components/ui/country-flag';
import type { PadSummary } from '@/lib/domain/pad';

function coordinates(lat: number | null, lon: number | null): string | null {
  if (lat === null || lon === null) return null;
  return `${Math.abs(lat).toFixed(3)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lon).toFixed(3)}° ${lon >= 0 ? 'E' : 'W'}`;
}

/** A launch pad in a list: map, site, country, launch counts, coordinates. */
export function PadCard({ pad, detailed = false }: { pad: PadSummary; detailed?: boolean }) {
  return (
    <Card as="article" padding="none" interactive className="flex w-full flex-col overflow-hidden">
      <CardImage
        image={pad.image}
        fallbackAlt={`Map of ${pad.name}`}
        name={pad.name}
        icon="rocket"
        ratio="2/1"
      />
      <div className="flex flex-1 flex-col gap-3 p-4">
        {pad.active === false ? <Badge>Inactive</Badge> : null}
        <CardTitle href={pad.href}>{pad.name}</CardTitle>
        <Facts
          items={[
            [
              'Location',
              pad.location ? (
                <span className="inline-flex flex-wrap items-center gap-x-1.5">
                  {pad.countryCode ? (
                    <CountryFlag code={pad.countryCode} name={pad.countryName} />
                  ) : null}
                  <span>{pad.location}</span>
                </span>
              ) : null,
            ],
            ['Launches', formatCount(pad.totalLaunches)],
            ['Orbital attempts', formatCount(pad.orbitalAttempts)],
            ['Coordinates', coordinates(pad.latitude, pad.longitude)],
            ['Agencies', pad.agencies.length > 0 ? pad.agencies.join(', ') : null],
          ]}
        />
        {detailed ? <Blurb text={pad.description} /> : null}
      </div>
    </Card>
  );
}
