import { Blurb, CardImage, CardTitle, Facts, formatCount } from '@/components/list/card-parts';
import { LocalTime } from '@/components/time/local-time';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
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
  const owners = station.owners.map((o) => o.abbrev ?? o.name).join(', ');
  return (
    <Card as="article" padding="none" interactive className="flex w-full flex-col overflow-hidden">
      <CardImage image={station.image} fallbackAlt={station.name} icon="station" />
      <div className="flex flex-1 flex-col gap-3 p-4">
        <div className="flex flex-wrap items-center gap-2">
          {station.status ? (
            <Badge tone={statusTone(station.status.name)} dot>
              {station.status.name}
            </Badge>
          ) : null}
          {station.type ? <Badge>{station.type}</Badge> : null}
        </div>
        <CardTitle href={station.href}>{station.name}</CardTitle>
        <Facts
          items={[
            ['Owners', owners || null],
            [
              'Founded',
              station.founded ? (
                <LocalTime iso={station.founded} precision="Day" relative={false} />
              ) : null,
            ],
            [
              'Deorbited',
              station.deorbited ? (
                <LocalTime iso={station.deorbited} precision="Day" relative={false} />
              ) : null,
            ],
            ['Crew', formatCount(station.onboardCrew)],
            [
              'Docked',
              station.dockedVehicles !== null
                ? `${formatCount(station.dockedVehicles)} ${station.dockedVehicles === 1 ? 'vehicle' : 'vehicles'}`
                : null,
            ],
            ['Orbit', station.orbit],
            ...(detailed
              ? ([
                  [
                    'Expeditions',
                    station.activeExpeditions.length > 0
                      ? station.activeExpeditions.join(', ')
                      : null,
                  ],
                  [
                    'Volume',
                    station.volume !== null ? `${numberFormat.format(station.volume)} m³` : null,
                  ],
                  ['Mass', station.mass !== null ? `${numberFormat.format(station.mass)} t` : null],
                ] as [string, React.ReactNode][])
              : []),
          ]}
        />
        {detailed ? <Blurb text={station.description} /> : null}
      </div>
    </Card>
  );
}
