/**
 * The timeline's own narrow input type, and the adapter that turns a raw LL2 2.3.0 docking-event
 * record into it. Rec records come from the API or the store untyped, so every read is defensive:
 * an odd record becomes a sensible fallback (or `null` when it has no usable docking time), never
 * an exception.
 */

import { at, date, obj, text, type Rec } from '@/lib/ll2/read';
import { TIMELINE_WORDS, type TimelineKind } from './kinds';

/** On a station page lanes are its ports; on a spacecraft page lanes are the stations it visited. */
export type LaneBy = 'port' | 'station';

export interface TimelineLaneKey {
  /** Stable key: `port:19`, `station:4`, `spacecraft:12`, `payload:32`. */
  id: string;
  label: string;
  /** Secondary text for the lane (the station a port belongs to), shown in tooltips. */
  detail?: string;
}

export interface TimelineEvent {
  /** What the bar is; a docking unless said. */
  kind?: TimelineKind;
  id: number;
  href: string;
  lane: TimelineLaneKey;
  chaser: { label: string; family: string };
  /** The docking port's name, kept whatever the lanes are. */
  port: string;
  /** What the chaser docked to: a station, a spacecraft or a payload. */
  target: string;
  start: Date;
  /** `null` while the chaser is still docked. */
  end: Date | null;
}

export const dockingEventHref = TIMELINE_WORDS.docking.href;

function int(value: unknown): number | null {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return null;
}

/**
 * LL2 families nest (Crew Dragon 2 is in "Dragon" and "Dragon 2"), and some configs sit under a
 * broader family than people use, so the names people know win, matched in the config name first.
 */
const KNOWN_FAMILIES: ReadonlyArray<readonly [string, RegExp]> = [
  ['Dragon', /\bdragon\b/i],
  ['Progress', /\bprogress\b/i],
  ['Soyuz', /\bsoyuz\b/i],
  ['Cygnus', /\bcygnus\b/i],
  ['HTV', /\bhtv\b|\bkounotori\b|h-ii transfer vehicle/i],
  ['Starliner', /\bstarliner\b|\bcst-100\b/i],
  ['Shuttle', /\bshuttle\b|\borbiter\b/i],
  ['ATV', /\batv\b|automated transfer vehicle/i],
  ['Tianzhou', /\btianzhou\b/i],
  ['Shenzhou', /\bshenzhou\b/i],
];

function knownFamily(...names: (string | null)[]): string | null {
  for (const name of names) {
    if (!name) continue;
    for (const [family, pattern] of KNOWN_FAMILIES) if (pattern.test(name)) return family;
  }
  return null;
}

function rootFamilyName(families: unknown): string | null {
  if (!Array.isArray(families)) return null;
  const named = families.filter((f) => text(at(f, 'name')) !== null);
  const root = named.find((f) => at(f, 'parent') == null) ?? named[0];
  return root ? text(at(root, 'name')) : null;
}

function readChaser(record: Rec): TimelineEvent['chaser'] {
  const spacecraft = at(record, 'flight_vehicle_chaser.spacecraft');
  const craftName = text(at(spacecraft, 'name'));
  if (craftName) {
    const configName = text(at(spacecraft, 'spacecraft_config.name'));
    const familyName = rootFamilyName(at(spacecraft, 'spacecraft_config.family'));
    const family =
      knownFamily(configName, familyName, craftName) ?? familyName ?? configName ?? 'Spacecraft';
    return { label: craftName, family };
  }
  const payloadName = text(at(record, 'payload_flight_chaser.payload.name'));
  if (payloadName) return { label: payloadName, family: knownFamily(payloadName) ?? 'Payload' };
  const stationName = text(at(record, 'space_station_chaser.name'));
  if (stationName) return { label: stationName, family: 'Space station' };
  return { label: 'Unknown vehicle', family: 'Other' };
}

function readTarget(record: Rec): { key: string; label: string } | null {
  const station =
    at(record, 'space_station_target') ?? at(record, 'docking_location.spacestation');
  const stationName = text(at(station, 'name'));
  if (stationName)
    return { key: `station:${text(at(station, 'id')) ?? stationName}`, label: stationName };
  const spacecraft = at(record, 'flight_vehicle_target.spacecraft');
  const craftName = text(at(spacecraft, 'name'));
  if (craftName)
    return { key: `spacecraft:${text(at(spacecraft, 'id')) ?? craftName}`, label: craftName };
  const payload =
    at(record, 'payload_flight_target.payload') ?? at(record, 'docking_location.payload');
  const payloadName = text(at(payload, 'name'));
  if (payloadName)
    return { key: `payload:${text(at(payload, 'id')) ?? payloadName}`, label: payloadName };
  return null;
}

/** Turns one raw docking-event record into a timeline event; `null` when it has no valid id or docking time. */
export function dockingEventToTimelineEvent(
  record: Record<string, unknown>,
  laneBy: LaneBy,
): TimelineEvent | null {
  const id = int(at(record, 'id'));
  const start = date(at(record, 'docking'));
  if (id === null || start === null) return null;

  const rawEnd = at(record, 'departure');
  const parsedEnd = rawEnd == null ? null : date(rawEnd);
  // A departure before the docking is a data error; show the docking as an instant rather than drop it.
  const end = parsedEnd && parsedEnd < start ? start : parsedEnd;

  const location = obj(at(record, 'docking_location'));
  const portName = text(at(location, 'name'));
  const portId = text(at(location, 'id'));
  const target = readTarget(record);
  const port = portName ?? 'Unknown port';
  const targetLabel = target?.label ?? 'Unknown target';

  const lane: TimelineLaneKey =
    laneBy === 'port'
      ? {
          id: `port:${portId ?? portName ?? 'unknown'}`,
          label: port,
          ...(targetLabel !== port && { detail: targetLabel }),
        }
      : { id: target?.key ?? 'target:unknown', label: targetLabel };

  return {
    id,
    href: dockingEventHref(id),
    lane,
    chaser: readChaser(record),
    port,
    target: targetLabel,
    start,
    end,
  };
}

/** Adapts a list, skipping records without a usable docking time. */
export function dockingEventsToTimelineEvents(
  records: readonly unknown[],
  laneBy: LaneBy,
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const record of records) {
    const o = obj(record);
    const event = o ? dockingEventToTimelineEvent(o, laneBy) : null;
    if (event) events.push(event);
  }
  return events;
}

/** "Expedition 72" → "Expedition", "Shenzhou 19" → "Shenzhou": the series gives the colour. */
function expeditionSeries(name: string): string {
  return name.replace(/\s*[\d/–-]+\s*$/, '').trim() || 'Expedition';
}

/**
 * Adapts LL2 expeditions to the timeline: one lane for the station, a bar per crew's stay (an
 * open end while aboard). Records without an id or a start are skipped.
 */
export function expeditionsToTimelineEvents(records: readonly unknown[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const record of records) {
    const id = int(at(record, 'id'));
    const start = date(at(record, 'start'));
    if (id === null || start === null) continue;
    const rawEnd = at(record, 'end');
    const parsedEnd = rawEnd == null ? null : date(rawEnd);
    const end = parsedEnd && parsedEnd < start ? start : parsedEnd;
    const name = text(at(record, 'name')) ?? `Expedition ${id}`;
    const station = text(at(record, 'spacestation.name')) ?? 'Space station';
    const crew = Array.isArray(at(record, 'crew')) ? (at(record, 'crew') as unknown[]).length : 0;
    events.push({
      kind: 'expedition',
      id,
      href: TIMELINE_WORDS.expedition.href(id),
      lane: { id: `station:${text(at(record, 'spacestation.id')) ?? station}`, label: station },
      chaser: { label: name, family: expeditionSeries(name) },
      port: crew ? `${crew} crew` : station,
      target: station,
      start,
      end,
    });
  }
  return events;
}
