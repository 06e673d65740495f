import { describe, expect, it } from 'vitest';
import { ageAt, readNationalities, toAstronautSummary } from '@/lib/domain/astronaut';
import { toAstronautDetail } from '@/lib/domain/astronaut-detail';
import { readCrew } from '@/lib/domain/crew';
import { crewFromAstronauts, readLaunchCrew } from '@/lib/domain/launch-crew';
import { splitDemonyms } from '@/lib/format/nationality';

const CREW_2 = '32dcb5ad-7609-4fc0-8094-768ee5c2ebe0';

describe('nationalities', () => {
  it('reads 2.3.0 country objects and 2.2.0 demonyms alike', () => {
    expect(
      readNationalities([{ name: 'France', alpha_2_code: 'FR', nationality_name: 'French' }]),
    ).toEqual([{ name: 'French', code: 'FR' }]);
    expect(readNationalities('French')).toEqual([{ name: 'French', code: 'FR' }]);
  });

  it('splits compound demonyms, keeping two-word ones whole', () => {
    expect(splitDemonyms('American British')).toEqual([
      { name: 'American', code: 'US' },
      { name: 'British', code: 'GB' },
    ]);
    expect(splitDemonyms('South Korean')).toEqual([{ name: 'South Korean', code: 'KR' }]);
    expect(splitDemonyms('Earthling')).toEqual([{ name: 'Earthling', code: null }]);
  });
});

describe('ageAt', () => {
  it('counts whole years, the day before a birthday one less', () => {
    expect(ageAt('1978-02-27', new Date('2026-02-26T00:00:00Z'))).toBe(47);
    expect(ageAt('1978-02-27', new Date('2026-02-27T00:00:00Z'))).toBe(48);
    expect(ageAt(null, new Date())).toBeNull();
  });
});

describe('an astronaut from the trimmed snapshot', () => {
  const trimmed = {
    id: 1,
    name: 'Thomas Pesquet',
    nationality: 'French',
    date_of_birth: '1978-02-27',
    date_of_death: null,
    bio: 'French ESA astronaut.',
    agency: { id: 27, name: 'European Space Agency' },
    flights: [
      { id: CREW_2, name: 'Falcon 9 Block 5 | Crew-2', net: '2021-04-23T09:49:02Z' },
      { id: '165b2b3e-2822-482e-9f04-d9c92a4d09fe', name: 'Soyuz MS-03', net: '2016-11-17T20:20:13Z' },
    ],
    first_flight: '2016-11-17T20:20:13Z',
    last_flight: '2021-04-23T09:49:02Z',
  };

  it('has no status, type or EVA time, and counts its flights', () => {
    const a = toAstronautDetail(trimmed);
    expect(a.status).toBeNull();
    expect(a.type).toBeNull();
    expect(a.evaTime).toBeNull();
    expect(a.flightsCount).toBe(2);
    expect(a.flights.map((f) => f.name)).toEqual(['Soyuz MS-03', 'Falcon 9 Block 5 | Crew-2']);
    expect(toAstronautSummary(trimmed).nationalities).toEqual([{ name: 'French', code: 'FR' }]);
  });

  it('takes the seat and spacecraft from the stored launch record', () => {
    const launch = {
      id: CREW_2,
      name: 'Falcon 9 Block 5 | Crew-2',
      slug: 'falcon-9-block-5-crew-2',
      net: '2021-04-23T09:49:02Z',
      rocket: {
        spacecraft_stage: [
          {
            id: 9,
            spacecraft: { id: 5, name: 'Crew Dragon Endeavour' },
            launch_crew: [{ id: 1, role: { id: 7, role: 'Mission Specialist' }, astronaut: { id: 1 } }],
          },
        ],
      },
    };
    const flight = toAstronautDetail(trimmed, new Map([[CREW_2, launch]])).flights[1]!;
    expect(flight).toMatchObject({
      launch: { href: '/launches/falcon-9-block-5-crew-2' },
      role: 'Mission Specialist',
      spacecraft: { name: 'Crew Dragon Endeavour', href: '/spacecraft/5-crew-dragon-endeavour' },
    });
  });
});

describe('crews', () => {
  const crew = [
    { id: 3, role: { role: 'Mission Specialist', priority: 3 }, astronaut: { id: 12, name: 'C' } },
    { id: 1, role: { role: 'Commander', priority: 1 }, astronaut: { id: 10, name: 'A', nationality: 'American' } },
    { id: 2, role: { role: 'Pilot', priority: 2 }, astronaut: { id: 11, name: 'B' } },
    { id: 4, role: null, astronaut: { name: 'no id' } },
  ];

  it('lists members by role priority, linked, without ones it cannot link', () => {
    expect(readCrew(crew).map((m) => [m.astronaut.name, m.role, m.astronaut.href])).toEqual([
      ['A', 'Commander', '/astronauts/10-a'],
      ['B', 'Pilot', '/astronauts/11-b'],
      ['C', 'Mission Specialist', '/astronauts/12-c'],
    ]);
  });

  it('reads a launch’s crew per spacecraft, or none from a launch without one', () => {
    const launch = { id: CREW_2, rocket: { spacecraft_stage: [{ id: 4, launch_crew: crew }] } };
    expect(readLaunchCrew(launch)[0]?.launch).toHaveLength(3);
    expect(readLaunchCrew({ id: CREW_2, rocket: { configuration: {} } })).toEqual([]);
    expect(crewFromAstronauts([{ id: 1, name: 'Thomas Pesquet' }])[0]?.launch[0]).toMatchObject({
      astronaut: { name: 'Thomas Pesquet', href: '/astronauts/1-thomas-pesquet' },
      role: null,
    });
  });
});
