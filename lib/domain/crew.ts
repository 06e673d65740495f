/**
 * Crews as LL2 gives them: `AstronautFlight` objects (`{ id, role: { role, priority },
 * astronaut }`) in a spacecraft flight's `launch_crew`/`onboard_crew`/`landing_crew` and an
 * expedition's `crew`. One reader, for launch, expedition and astronaut pages alike.
 */
import type { Nationality } from '@/lib/format/nationality';
import { astronauts } from '@/lib/resources/astronauts';
import { detailHref } from '@/lib/resources/href';
import {
  isWireRecord,
  type RecordLink,
} from './detail-shared';
import { num, obj, objs, str } from '@/lib/ll2/read';
import { readNationalities } from './astronaut';

export interface CrewMember {
  astronaut: RecordLink;
  /** "Commander", "Flight Engineer"; null when LL2 gives none. */
  role: string | null;
  agency: string | null;
  nationalities: Nationality[];
}

/** A crew list in LL2's role order (priority, then as listed), each astronaut once. */
export function readCrew(value: unknown): CrewMember[] {
  const seen = new Set<string>();
  return objs(value)
    .map((c, i) => ({ c, i, priority: num(obj(c.role)?.priority) ?? Infinity }))
    .sort((a, b) => a.priority - b.priority || a.i - b.i)
    .flatMap(({ c }) => {
      const a = obj(c.astronaut);
      if (!isWireRecord(a)) return [];
      const href = detailHref(astronauts, a);
      if (seen.has(href)) return [];
      seen.add(href);
      return [
        {
          astronaut: { name: str(a.name) ?? `Astronaut ${a.id}`, href },
          role: str(obj(c.role)?.role) ?? null,
          agency: str(obj(a.agency)?.abbrev) ?? str(obj(a.agency)?.name) ?? null,
          nationalities: readNationalities(a.nationality),
        },
      ];
    });
}
