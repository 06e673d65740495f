import { formatCount } from '@/components/list/card-parts';
import { ResourceCard } from '@/components/list/resource-card';
import { Badge } from '@/components/ui/badge';
import { CountryFlag } from '@/components/ui/country-flag';
import { listFact } from '@/components/ui/fact-values';
import type { PadSummary } from '@/lib/domain/pad';

function coordinates(lat: number | null, lon: number | null): string | null {
  if (lat === null || lon === null) return null;
  return `${Math.abs(lat).toFixed(3)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lon).toFixed(3)}° ${lon >= 0 ? 'E' : 'W'}`;
}

/** A launch pad in a list: map, site, country, launch counts, coordinates. */
export function PadCard({ pad, detailed = false }: { pad: PadSummary; detailed?: boolean }) {
  return (
    <ResourceCard
      image={{
        image: pad.image,
        fallbackAlt: `Map of ${pad.name}`,
        name: pad.name,
        icon: 'rocket',
        ratio: '2/1',
      }}
      badges={pad.active === false ? <Badge>Inactive</Badge> : null}
      href={pad.href}
      title={pad.name}
      facts={[
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
        ['Agencies', listFact(pad.agencies)],
      ]}
      detailed={detailed}
      blurb={pad.description}
    />
  );
}
