import { statusTone, type StatusTone } from '@/lib/format/status';
import { truncate } from './text';

/**
 * What an Open Graph card shows for a record: a kind label, the name, a status or type badge and
 * up to four facts. Pure, so every card is testable without rendering an image.
 */

export type CardResource =
  | 'launches'
  | 'events'
  | 'agencies'
  | 'spacecraft'
  | 'space_stations'
  | 'docking_events'
  | 'pads'
  | 'locations'
  | 'programs'
  | 'astronauts'
  | 'expeditions'
  | 'spacecraft_configurations'
  | 'launcher_configurations'
  | 'launchers';

export interface CardFact {
  label: string;
  value: string;
}

export interface CardModel {
  /** "Launch", "Agency", …: the small label above the name. */
  kind: string;
  title: string;
  badge?: { label: string; tone: StatusTone };
  facts: CardFact[];
  /** Alt text for the image: what it says, in one line. */
  alt: string;
}

export const MAX_FACTS = 4;
const VALUE_MAX = 60;

export function facts(...items: [string, string | undefined | null | false][]): CardFact[] {
  return items
    .filter((i): i is [string, string] => typeof i[1] === 'string' && i[1].trim() !== '')
    .slice(0, MAX_FACTS)
    .map(([label, value]) => ({ label, value: truncate(value, VALUE_MAX) }));
}

export function badge(label: string | null | undefined, tone?: StatusTone): CardModel['badge'] {
  return label ? { label, tone: tone ?? statusTone(label) } : undefined;
}

function altText(kind: string, title: string, b: CardModel['badge'], list: CardFact[]): string {
  const parts = [b?.label, ...list.slice(0, 2).map((f) => `${f.label} ${f.value}`)].filter(Boolean);
  return truncate(`${kind}: ${title}${parts.length ? ` — ${parts.join(', ')}` : ''}`, 200);
}

export function model(
  kind: string,
  title: string,
  b: CardModel['badge'],
  list: CardFact[],
): CardModel {
  return { kind, title, badge: b, facts: list, alt: altText(kind, title, b, list) };
}
