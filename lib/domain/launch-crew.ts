import type { WireRecord } from '@/lib/resources/types';
import { readNationalities } from './astronaut';
import { readCrew, type CrewMember } from './crew';
import { detailHref } from '@/lib/resources/href';
import { astronauts } from '@/lib/resources/astronauts';
import {
  recordLink,
  type RecordLink,
} from './detail-shared';
import { obj, objs, str, text } from '@/lib/ll2/read';

export interface CrewedCraft {
  key: string;
  /** The spacecraft, when the launch names it. */
  spacecraft: RecordLink | null;
  destination: string | null;
  launch: CrewMember[];
  /** Launched separately but aboard for this flight (a station crew's return ride). */
  landing: CrewMember[];
}

export interface LaunchCrew {
  crafts: CrewedCraft[];
  /** Where the names came from: the launch's own record, or its astronauts' records. */
  source: 'launch' | 'astronauts';
}

/** The crews a detailed 2.3.0 launch lists per spacecraft; empty for any other launch copy. */
export function readLaunchCrew(r: WireRecord): CrewedCraft[] {
  return objs(obj(r.rocket)?.spacecraft_stage)
    .map((stage, i) => ({
      key: text(stage.id) ?? `craft-${i}`,
      spacecraft: recordLink('spacecraft', stage.spacecraft),
      destination: str(stage.destination) ?? null,
      launch: readCrew(stage.launch_crew),
      landing: readCrew(stage.landing_crew).filter(
        (m) => !readCrew(stage.launch_crew).some((l) => l.astronaut.href === m.astronaut.href),
      ),
    }))
    .filter((c) => c.launch.length > 0 || c.landing.length > 0);
}

/** Astronauts whose own records list the launch: a crew without seats or roles. */
export function crewFromAstronauts(records: readonly WireRecord[]): CrewedCraft[] {
  if (records.length === 0) return [];
  const members = records.map((a) => ({
    astronaut: { name: str(a.name) ?? `Astronaut ${a.id}`, href: detailHref(astronauts, a) },
    role: null,
    agency: str(obj(a.agency)?.abbrev) ?? str(obj(a.agency)?.name) ?? null,
    nationalities: readNationalities(a.nationality),
  }));
  return [{ key: 'crew', spacecraft: null, destination: null, launch: members, landing: [] }];
}
