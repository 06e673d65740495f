import { formatCount } from '@/components/list/card-parts';
import { ResourceCard } from '@/components/list/resource-card';
import { Badge } from '@/components/ui/badge';
import { dayFact, listFact } from '@/components/ui/fact-values';
import { statusTone } from '@/lib/format/status';
import type { SpaceStationSummary } from '@/lib/domain/space-station';

const numberFormat = new Intl.NumberFormat('en-US');

/** A station in a list: picture, status, owners, founded/deorbited, crew and docked vehicles. */
export function SpaceStationCard({
  station,
  detailed = false,
}: {
  station: SpaceStationSummary;
  detailed?: boolean;
}) {
  return (
    <ResourceCard
      image={{ image: station.image, fallbackAlt: station.name, icon: 'station' }}
      badges={
        <>
          {station.status ? (
            <Badge tone={statusTone(station.status.name)} dot>
              {station.status.name}
            </Badge>
          ) : null}
          {station.type ? <Badge>{station.type}</Badge> : null}
        </>
      }
      href={station.href}
      title={station.name}
      facts={[
        ['Owners', listFact(station.owners.map((o) => o.abbrev ?? o.name))],
        ['Founded', dayFact(station.founded)],
        ['Deorbited', dayFact(station.deorbited)],
        ['Crew', formatCount(station.onboardCrew)],
        [
          'Docked',
          station.dockedVehicles !== null
            ? `${formatCount(station.dockedVehicles)} ${station.dockedVehicles === 1 ? 'vehicle' : 'vehicles'}`
            : null,
        ],
        ['Orbit', station.orbit],
      ]}
      detailed={detailed}
      more={[
        ['Expeditions', listFact(station.activeExpeditions)],
        ['Volume', station.volume !== null ? `${numberFormat.format(station.volume)} m³` : null],
        ['Mass', station.mass !== null ? `${numberFormat.format(station.mass)} t` : null],
      ]}
      blurb={station.description}
    />
  );
}
