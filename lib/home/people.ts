import { cache } from 'react';
import { buildQuery, dataStatus, listRecords, type DataStatusInfo } from '@/lib/data';
import { recordLink, type RecordLink } from '@/lib/domain/detail-shared';
import { num, str } from '@/lib/ll2/read';

export interface PeopleInSpace {
  /** How many people are in space, by the data we hold. */
  count: number;
  /**
   * `astronauts`: counted from the astronauts LL2 marks `in_space`, named in `people`;
   * `stations`: the astronauts' records do not say (the snapshot's are trimmed), so the stations'
   * own crew counts stand in, per station in `stations`.
   */
  source: 'astronauts' | 'stations';
  people: RecordLink[];
  stations: { station: RecordLink; crew: number }[];
  /** When the data was current, and whether it is a saved snapshot. */
  status: DataStatusInfo | null;
  /** The full list of people in space (or, without that, the stations). */
  href: string;
}

const SHOWN = 12;

export const getPeopleInSpace = cache(async (): Promise<PeopleInSpace> => {
  const [inSpace, notInSpace, stations, status] = await Promise.all([
    listRecords('astronauts', buildQuery('astronauts', { in_space: 'true', limit: String(SHOWN) })),
    listRecords('astronauts', buildQuery('astronauts', { in_space: 'false', limit: '1' })),
    listRecords(
      'space_stations',
      buildQuery('space_stations', { onboard_crew__gt: '0', ordering: '-onboard_crew' }),
    ),
    dataStatus().catch(() => null),
  ]);
  if (inSpace.count > 0 || notInSpace.count > 0) {
    return {
      count: inSpace.count,
      source: 'astronauts',
      people: inSpace.results.flatMap((r) => recordLink('astronauts', r) ?? []),
      stations: [],
      status,
      href: '/astronauts?in_space=true',
    };
  }
  const crews = stations.results.flatMap((r) => {
    const station = recordLink('space_stations', r);
    const crew = num(r.onboard_crew);
    return station && crew !== null && str(r.name) ? [{ station, crew }] : [];
  });
  return {
    count: crews.reduce((sum, s) => sum + s.crew, 0),
    source: 'stations',
    people: [],
    stations: crews,
    status,
    href: '/space-stations?onboard_crew__gt=0',
  };
});
