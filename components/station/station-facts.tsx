import { Link } from '@/components/ui/link';
import { Facts } from '@/components/detail/facts';
import { LocalTime } from '@/components/time/local-time';
import type { SpaceStationDetail } from '@/lib/domain/space-station-detail';

const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Status, orbit, dates, owners, crew and size, for the side card. */
export function StationFacts({ station: s }: { station: SpaceStationDetail }) {
  return (
    <Facts
      facts={[
        { label: 'Status', value: s.status?.name },
        { label: 'Type', value: s.type },
        { label: 'Orbit', value: s.orbit },
        {
          label: 'Founded',
          value: s.founded ? <LocalTime iso={s.founded.iso} precision="Day" /> : null,
        },
        {
          label: 'Deorbited',
          value: s.deorbited ? <LocalTime iso={s.deorbited.iso} precision="Day" /> : null,
        },
        {
          label: s.owners.length > 1 ? 'Owners' : 'Owner',
          value: s.owners.length ? (
            <span className="inline-flex flex-col items-end gap-1.5">
              {s.owners.map((o) => (
                <Link key={o.href} href={o.href} className="text-link hover:underline">
                  {o.name}
                </Link>
              ))}
            </span>
          ) : null,
        },
        { label: 'Crew on board', value: s.onboardCrew },
        { label: 'Docked vehicles', value: s.dockedVehicles },
        { label: 'Height', value: s.height !== null ? `${decimal.format(s.height)} m` : null },
        { label: 'Width', value: s.width !== null ? `${decimal.format(s.width)} m` : null },
        { label: 'Mass', value: s.mass !== null ? `${decimal.format(s.mass)} t` : null },
        {
          label: 'Pressurised volume',
          value: s.volume !== null ? `${decimal.format(s.volume)} m³` : null,
        },
      ]}
    />
  );
}
