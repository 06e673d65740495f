import type { TimelineEvent } from '@/lib/timeline/model';

/** A timeline event with just the parts a test cares about. */
export function ev(
  id: number,
  lane: string,
  start: string,
  end: string | null,
  chaser = `Vehicle ${id}`,
): TimelineEvent {
  return {
    id,
    href: `/docking-events/${id}`,
    lane: { id: `port:${lane}`, label: lane },
    chaser: { label: chaser, family: 'Dragon' },
    port: lane,
    target: 'International Space Station',
    start: new Date(start),
    end: end === null ? null : new Date(end),
  };
}
