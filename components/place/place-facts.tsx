import { Link } from '@/components/ui/link';
import { Facts } from '@/components/detail/facts';
import { CoordinatesLink } from '@/components/launch/launch-site';
import { CountryFlag } from '@/components/ui/country-flag';
import { linkFact, yesNo } from '@/components/ui/fact-values';
import type { Country } from '@/lib/domain/detail-shared';
import type { LocationDetail, PadDetail } from '@/lib/domain/place-detail';

function Countries({ countries }: { countries: readonly Country[] }) {
  if (countries.length === 0) return null;
  return (
    <span className="inline-flex flex-wrap justify-end gap-x-3">
      {countries.map((c) => (
        <CountryFlag key={c.name} code={c.code} name={c.name} showName />
      ))}
    </span>
  );
}

export function PadFacts({ pad }: { pad: PadDetail }) {
  return (
    <Facts
      facts={[
        {
          label: 'Location',
          value: linkFact(pad.location),
        },
        {
          label: pad.countries.length > 1 ? 'Countries' : 'Country',
          value: pad.countries.length ? <Countries countries={pad.countries} /> : null,
        },
        {
          label: 'Coordinates',
          value: pad.coordinates ? <CoordinatesLink coordinates={pad.coordinates} /> : null,
        },
        { label: 'Active', value: yesNo(pad.active) },
        { label: 'Launches', value: pad.totalLaunches },
        { label: 'Orbital attempts', value: pad.orbitalAttempts },
        { label: 'Fastest turnaround', value: pad.fastestTurnaround?.text },
        {
          label: pad.agencies.length > 1 ? 'Agencies' : 'Agency',
          value: pad.agencies.length ? (
            <span className="inline-flex flex-col items-end gap-1.5">
              {pad.agencies.map((a) => (
                <Link key={a.href} href={a.href} className="text-link hover:underline">
                  {a.name}
                </Link>
              ))}
            </span>
          ) : null,
        },
      ]}
    />
  );
}

export function LocationFacts({ location: l }: { location: LocationDetail }) {
  return (
    <Facts
      facts={[
        {
          label: l.countries.length > 1 ? 'Countries' : 'Country',
          value: l.countries.length ? <Countries countries={l.countries} /> : null,
        },
        { label: 'Celestial body', value: l.celestialBody },
        {
          label: 'Coordinates',
          value: l.coordinates ? <CoordinatesLink coordinates={l.coordinates} /> : null,
        },
        { label: 'Time zone', value: l.timezone?.replace(/_/g, ' ') },
        { label: 'Active', value: yesNo(l.active) },
        { label: 'Launches', value: l.totalLaunches },
        { label: 'Landings', value: l.totalLandings },
      ]}
    />
  );
}
