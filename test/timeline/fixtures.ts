/**
 * Deterministic, realistic-looking docking histories in the LL2 2.3.0 `docking_events` JSON shape,
 * for tests and for looking at the timeline under load. Never part of the default dataset: every
 * made-up id is 900000 or above so it cannot collide with real LL2 ids (stations keep their real
 * ids, 4, 18 and 6, so station pages can be tried with it).
 */

const BASE = 'https://lldev.thespacedevs.com/2.3.0';
const DAY = 86_400_000;
const FIRST_ID = 900_000;

/** mulberry32: tiny, fast and good enough for fixtures; same seed, same history. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Segment = 'us' | 'us-berth' | 'ru' | 'cn' | 'mir' | 'mir-shuttle';

interface Port {
  id: number;
  name: string;
  segment: Segment;
  from: string;
  to?: string;
}

interface Station {
  id: number;
  name: string;
  from: string;
  to?: string;
  ports: Port[];
}

let portId = FIRST_ID + 400;
const port = (name: string, segment: Segment, from: string, to?: string): Port => ({
  id: portId++,
  name,
  segment,
  from,
  to,
});

const STATIONS: readonly Station[] = [
  {
    id: 6,
    name: 'Mir',
    from: '1986-02-20',
    to: '2001-03-23',
    ports: [
      port('Mir forward', 'mir', '1986-02-20', '2000-06-16'),
      port('Kvant-1 aft', 'mir', '1987-04-09', '2001-03-23'),
      port('Docking Module', 'mir-shuttle', '1995-11-15', '1998-06-08'),
    ],
  },
  {
    id: 4,
    name: 'International Space Station',
    from: '1998-12-06',
    ports: [
      port('Node 1 nadir', 'us-berth', '1998-12-06'),
      port('Zvezda aft', 'ru', '2000-07-26'),
      port('Harmony forward', 'us', '2007-11-14'),
      port('Harmony zenith', 'us', '2007-11-14'),
      port('Poisk zenith', 'ru', '2009-11-12'),
      port('Rassvet nadir', 'ru', '2010-05-18'),
      port('Prichal nadir', 'ru', '2021-11-26'),
    ],
  },
  {
    id: 18,
    name: 'Tiangong space station',
    from: '2021-04-29',
    ports: [
      port('Tianhe forward', 'cn', '2021-04-29'),
      port('Tianhe aft', 'cn', '2021-04-29'),
      port('Tianhe radial', 'cn', '2021-04-29'),
    ],
  },
];

interface Agency {
  id: number;
  name: string;
  abbrev: string;
  type: 'Government' | 'Commercial';
}

const AGENCIES = {
  roscosmos: {
    id: FIRST_ID + 301,
    name: 'Russian Federal Space Agency (ROSCOSMOS)',
    abbrev: 'RFSA',
    type: 'Government',
  },
  nasa: {
    id: FIRST_ID + 302,
    name: 'National Aeronautics and Space Administration',
    abbrev: 'NASA',
    type: 'Government',
  },
  spacex: { id: FIRST_ID + 303, name: 'SpaceX', abbrev: 'SpX', type: 'Commercial' },
  boeing: { id: FIRST_ID + 304, name: 'Boeing', abbrev: 'BA', type: 'Commercial' },
  esa: { id: FIRST_ID + 305, name: 'European Space Agency', abbrev: 'ESA', type: 'Government' },
  jaxa: {
    id: FIRST_ID + 306,
    name: 'Japan Aerospace Exploration Agency',
    abbrev: 'JAXA',
    type: 'Government',
  },
  northrop: {
    id: FIRST_ID + 307,
    name: 'Northrop Grumman Space Systems',
    abbrev: 'NGSS',
    type: 'Commercial',
  },
  cnsa: {
    id: FIRST_ID + 308,
    name: 'China Manned Space Agency',
    abbrev: 'CMSA',
    type: 'Government',
  },
} satisfies Record<string, Agency>;

interface Kind {
  config: string;
  families: string[];
  type: 'Capsule' | 'Cargo' | 'Spaceplane';
  agency: Agency;
  from: string;
  to?: string;
  segments: Segment[];
  days: [number, number];
  name: (n: number) => string;
  /** Cygnus flies as a payload in LL2, so it docks as a `payload_flight_chaser`. */
  payload?: boolean;
  weight: number;
}

const ORBITERS = ['Atlantis', 'Discovery', 'Endeavour'];
const CREW_DRAGONS = ['Endeavour', 'Resilience', 'Endurance', 'Freedom', 'Grace'];

const KINDS: readonly Kind[] = [
  {
    config: 'Soyuz TM',
    families: ['Soyuz'],
    type: 'Capsule',
    agency: AGENCIES.roscosmos,
    from: '1986-05-21',
    to: '2002-05-05',
    segments: ['mir', 'ru'],
    days: [120, 190],
    name: (n) => `Soyuz TM-${n}`,
    weight: 3,
  },
  {
    config: 'Soyuz TMA',
    families: ['Soyuz'],
    type: 'Capsule',
    agency: AGENCIES.roscosmos,
    from: '2002-11-01',
    to: '2011-11-22',
    segments: ['ru'],
    days: [160, 200],
    name: (n) => `Soyuz TMA-${n}`,
    weight: 3,
  },
  {
    config: 'Soyuz MS',
    families: ['Soyuz'],
    type: 'Capsule',
    agency: AGENCIES.roscosmos,
    from: '2016-07-09',
    segments: ['ru'],
    days: [170, 370],
    name: (n) => `Soyuz MS-${n}`,
    weight: 3,
  },
  {
    config: 'Progress M',
    families: ['Progress'],
    type: 'Cargo',
    agency: AGENCIES.roscosmos,
    from: '1989-08-25',
    to: '2015-07-03',
    segments: ['mir', 'ru'],
    days: [60, 200],
    name: (n) => `Progress M-${n}`,
    weight: 4,
  },
  {
    config: 'Progress MS',
    families: ['Progress'],
    type: 'Cargo',
    agency: AGENCIES.roscosmos,
    from: '2015-12-23',
    segments: ['ru'],
    days: [90, 330],
    name: (n) => `Progress MS-${n}`,
    weight: 4,
  },
  {
    config: 'Space Shuttle',
    families: ['Space Shuttle'],
    type: 'Spaceplane',
    agency: AGENCIES.nasa,
    from: '1995-06-29',
    to: '2011-07-19',
    segments: ['mir-shuttle', 'us'],
    days: [5, 12],
    name: (n) => `Space Shuttle ${ORBITERS[n % ORBITERS.length]}`,
    weight: 2,
  },
  {
    config: 'ATV',
    families: ['Automated Transfer Vehicle'],
    type: 'Cargo',
    agency: AGENCIES.esa,
    from: '2008-04-03',
    to: '2015-02-14',
    segments: ['ru'],
    days: [140, 190],
    name: (n) => `ATV-${n}`,
    weight: 1,
  },
  {
    config: 'H-II Transfer Vehicle',
    families: ['HTV'],
    type: 'Cargo',
    agency: AGENCIES.jaxa,
    from: '2009-09-17',
    to: '2020-08-18',
    segments: ['us-berth'],
    days: [28, 60],
    name: (n) => `HTV-${n}`,
    weight: 1,
  },
  {
    config: 'Dragon 1',
    families: ['Dragon', 'Dragon 1'],
    type: 'Cargo',
    agency: AGENCIES.spacex,
    from: '2012-05-25',
    to: '2020-04-07',
    segments: ['us-berth'],
    days: [25, 40],
    name: (n) => `Dragon C${100 + n}`,
    weight: 2,
  },
  {
    config: 'Cargo Dragon 2',
    families: ['Dragon', 'Dragon 2'],
    type: 'Cargo',
    agency: AGENCIES.spacex,
    from: '2020-12-07',
    segments: ['us'],
    days: [28, 40],
    name: (n) => `Cargo Dragon C2${String(8 + (n % 4)).padStart(2, '0')}`,
    weight: 2,
  },
  {
    config: 'Crew Dragon 2',
    families: ['Dragon', 'Dragon 2'],
    type: 'Capsule',
    agency: AGENCIES.spacex,
    from: '2020-05-31',
    segments: ['us'],
    days: [60, 200],
    name: (n) => `Crew Dragon ${CREW_DRAGONS[n % CREW_DRAGONS.length]}`,
    weight: 3,
  },
  {
    config: 'Starliner',
    families: ['CST-100'],
    type: 'Capsule',
    agency: AGENCIES.boeing,
    from: '2022-05-21',
    segments: ['us'],
    days: [5, 95],
    name: () => 'Starliner Calypso',
    weight: 1,
  },
  {
    config: 'Cygnus',
    families: ['Cygnus'],
    type: 'Cargo',
    agency: AGENCIES.northrop,
    from: '2013-09-29',
    segments: ['us-berth'],
    days: [30, 120],
    name: (n) => `Cygnus NG-${n}`,
    payload: true,
    weight: 2,
  },
  {
    config: 'Shenzhou',
    families: ['Shenzhou'],
    type: 'Capsule',
    agency: AGENCIES.cnsa,
    from: '2021-06-17',
    segments: ['cn'],
    days: [90, 190],
    name: (n) => `Shenzhou-${11 + n}`,
    weight: 3,
  },
  {
    config: 'Tianzhou',
    families: ['Tianzhou'],
    type: 'Cargo',
    agency: AGENCIES.cnsa,
    from: '2021-05-29',
    segments: ['cn'],
    days: [180, 420],
    name: (n) => `Tianzhou-${n}`,
    weight: 2,
  },
];

const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const active = (from: string, to: string | undefined, t: number) =>
  ms(from) <= t && (to === undefined || t < ms(to));

function isoDuration(millis: number): string {
  const s = Math.max(0, Math.round(millis / 1000));
  return `P${Math.floor(s / 86400)}DT${Math.floor((s % 86400) / 3600)}H${Math.floor((s % 3600) / 60)}M${s % 60}S`;
}

function isoDate(t: number): string {
  return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function agencyRef(a: Agency) {
  return {
    response_mode: 'list',
    id: a.id,
    url: `${BASE}/agencies/${a.id}/`,
    name: a.name,
    abbrev: a.abbrev,
    type: { id: a.type === 'Government' ? 1 : 3, name: a.type },
  };
}

function stationRef(s: Station) {
  return { id: s.id, url: `${BASE}/space_stations/${s.id}/`, name: s.name, image: null };
}

interface Draft {
  kind: Kind;
  kindIndex: number;
  station: Station;
  port: Port;
  docking: number;
  departure: number | null;
}

function pickKind(rand: () => number, kinds: Kind[]): Kind | undefined {
  const total = kinds.reduce((sum, k) => sum + k.weight, 0);
  let r = rand() * total;
  for (const k of kinds) if ((r -= k.weight) < 0) return k;
  return kinds.at(-1);
}

function draftAt(rand: () => number, t: number): Omit<Draft, 'docking' | 'departure'> | null {
  const options: { kind: Kind; ports: { station: Station; port: Port }[] }[] = [];
  for (const kind of KINDS) {
    if (!active(kind.from, kind.to, t)) continue;
    const ports = STATIONS.filter((s) => active(s.from, s.to, t)).flatMap((station) =>
      station.ports
        .filter((p) => kind.segments.includes(p.segment) && active(p.from, p.to, t))
        .map((p) => ({ station, port: p })),
    );
    if (ports.length > 0) options.push({ kind, ports });
  }
  const kind = pickKind(
    rand,
    options.map((o) => o.kind),
  );
  const option = options.find((o) => o.kind === kind);
  if (!kind || !option) return null;
  const place = option.ports[Math.floor(rand() * option.ports.length)]!;
  return { kind, kindIndex: KINDS.indexOf(kind), station: place.station, port: place.port };
}

function uuid(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function toRecord(
  d: Draft,
  id: number,
  name: string,
  rand: () => number,
  now: number,
): Record<string, unknown> {
  const { kind, station } = d;
  const until = d.departure ?? now;
  const launch = {
    id: uuid(rand),
    url: `${BASE}/launches/${id}/`,
    name: `${kind.config} | ${name}`,
  };
  const common = {
    id,
    url: `${BASE}/docking_events/${id}/`,
    docking: isoDate(d.docking),
    departure: d.departure === null ? null : isoDate(d.departure),
    docking_location: {
      id: d.port.id,
      name: d.port.name,
      spacestation: stationRef(station),
      spacecraft: null,
      payload: null,
    },
    space_station_target: stationRef(station),
    flight_vehicle_target: null,
    payload_flight_target: null,
    response_mode: 'normal',
  };
  if (kind.payload) {
    return {
      ...common,
      flight_vehicle_chaser: null,
      space_station_chaser: null,
      payload_flight_chaser: {
        response_mode: 'list',
        id,
        url: `${BASE}/payload_flights/${id}/`,
        destination: station.name,
        amount: 1,
        payload: {
          response_mode: 'list',
          id,
          name,
          type: { id: FIRST_ID + 501, name: 'Cargo' },
          operator: agencyRef(kind.agency),
        },
        launch,
        landing: null,
      },
    };
  }
  const family = kind.families.map((f, i) => ({
    response_mode: 'normal',
    id: FIRST_ID + 200 + d.kindIndex * 4 + i,
    name: f,
    description: '',
    manufacturer: agencyRef(kind.agency),
    parent:
      i === 0
        ? null
        : { response_mode: 'list', id: FIRST_ID + 200 + d.kindIndex * 4, name: kind.families[0] },
    maiden_flight: kind.from,
  }));
  return {
    ...common,
    flight_vehicle_chaser: {
      id,
      url: `${BASE}/spacecraft_flights/${id}/`,
      destination: station.name,
      mission_end: d.departure === null ? null : isoDate(d.departure),
      spacecraft: {
        response_mode: 'normal',
        id,
        url: `${BASE}/spacecraft/${id}/`,
        name,
        serial_number: null,
        is_placeholder: false,
        image: null,
        in_space: d.departure === null,
        time_in_space: isoDuration(until - d.docking + DAY),
        time_docked: isoDuration(until - d.docking),
        flights_count: 1,
        mission_ends_count: d.departure === null ? 0 : 1,
        status: d.departure === null ? { id: 1, name: 'Active' } : { id: 4, name: 'Single Use' },
        description: '',
        spacecraft_config: {
          response_mode: 'normal',
          id: FIRST_ID + 100 + d.kindIndex,
          url: `${BASE}/spacecraft_configurations/${FIRST_ID + 100 + d.kindIndex}/`,
          name: kind.config,
          type: {
            id: FIRST_ID + 600 + (kind.type === 'Capsule' ? 0 : kind.type === 'Cargo' ? 1 : 2),
            name: kind.type,
          },
          agency: agencyRef(kind.agency),
          family,
          in_use: kind.to === undefined,
          image: null,
        },
        fastest_turnaround: null,
      },
      launch,
      landing: null,
      duration: isoDuration(until - d.docking + DAY),
      turn_around_time: null,
    },
    space_station_chaser: null,
    payload_flight_chaser: null,
  };
}

/** When a port stopped taking visitors (undocked module, deorbited station); stays end there. */
function retiredAt(station: Station, p: Port): number {
  return Math.min(p.to ? ms(p.to) : Infinity, station.to ? ms(station.to) : Infinity);
}

/** One port's history, visit after visit; now and then the next visitor arrives early (overlap). */
function simulatePort(rand: () => number, station: Station, p: Port, now: number): Draft[] {
  const drafts: Draft[] = [];
  const retired = retiredAt(station, p);
  const stop = Math.min(now, retired);
  let t = Math.max(ms(p.from), ms(station.from)) + rand() * 30 * DAY;
  while (t < stop) {
    const kind = pickKind(
      rand,
      KINDS.filter((k) => active(k.from, k.to, t) && k.segments.includes(p.segment)),
    );
    if (!kind) {
      t += 30 * DAY;
      continue;
    }
    const [lo, hi] = kind.days;
    const stay = (lo + rand() * (hi - lo)) * DAY;
    const docking = Math.floor(t / 1000) * 1000;
    // A stay still running at `now` is open.
    const leaves = Math.floor(Math.min(docking + stay, retired) / 1000) * 1000;
    drafts.push({
      kind,
      kindIndex: KINDS.indexOf(kind),
      station,
      port: p,
      docking,
      departure: leaves > now ? null : leaves,
    });
    t =
      rand() < 0.06
        ? docking + stay * (0.4 + rand() * 0.5)
        : docking + stay + (3 + rand() * 110) * DAY;
  }
  return drafts;
}

function shuffle<T>(rand: () => number, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export interface DockingHistoryOptions {
  seed: number;
  count: number;
  now: Date;
}

/**
 * `count` docking events between Mir's first docking and `now`, ordered by docking time, ids from
 * 900000. Each port's history is simulated visit by visit (a few early arrivals overlap), so the
 * last visitor at a port in service is often still docked (`departure: null`). A history holds
 * about 450 visits; for a larger `count` the rest are random extra visits, so lanes get crowded,
 * which is what a load test wants.
 */
export function generateDockingHistory({
  seed,
  count,
  now,
}: DockingHistoryOptions): Record<string, unknown>[] {
  const rand = prng(seed);
  const end = now.getTime();
  const natural = STATIONS.flatMap((station) =>
    station.ports.flatMap((p) => simulatePort(rand, station, p, end)),
  );
  const open = natural.filter((d) => d.departure === null);
  const closed = shuffle(
    rand,
    natural.filter((d) => d.departure !== null),
  );
  const drafts = [...open.slice(0, count), ...closed.slice(0, Math.max(0, count - open.length))];

  const first = ms('1986-03-15');
  for (let i = 0; drafts.length < count && i < count * 20; i++) {
    const t = first + rand() * (end - first);
    const draft = draftAt(rand, t);
    if (!draft) continue;
    const [lo, hi] = draft.kind.days;
    const docking = Math.floor(t / 1000) * 1000;
    const stay = (lo + rand() * (hi - lo)) * DAY;
    const leaves =
      Math.floor(Math.min(docking + stay, retiredAt(draft.station, draft.port)) / 1000) * 1000;
    drafts.push({ ...draft, docking, departure: leaves > end ? null : leaves });
  }

  drafts.sort((a, b) => a.docking - b.docking || a.port.id - b.port.id);
  const serial = new Map<Kind, number>();
  return drafts.map((d, i) => {
    const n = (serial.get(d.kind) ?? 0) + 1;
    serial.set(d.kind, n);
    return toRecord(d, FIRST_ID + i, d.kind.name(n), rand, end);
  });
}
