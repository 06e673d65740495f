/**
 * One colour per vehicle family, the same on every page. Light mode draws a 700 fill under white
 * text, dark mode a 300 fill under slate-950 text: every pair below is at least 4.9:1 (WCAG AA for
 * small text), and each fill is at least 4.9:1 against a white or slate-950 page too
 * (test/timeline/colors.test.ts checks this against Tailwind's own colour values).
 *
 * Class names are written out in full because Tailwind only generates classes it finds as literal
 * strings in the source.
 */

export interface FamilyColor {
  /** SVG fill of the bar. */
  bar: string;
  /** SVG fill of text drawn on the bar. */
  text: string;
  /** Background of an HTML swatch (legend, table). */
  swatch: string;
}

const TEXT = 'fill-white dark:fill-slate-950';

/** Hues chosen so families often seen together (Soyuz, Progress, Dragon, Cygnus) are far apart. */
export const KNOWN_FAMILY_COLORS: Readonly<Record<string, FamilyColor>> = {
  Dragon: {
    bar: 'fill-sky-700 dark:fill-sky-300',
    text: TEXT,
    swatch: 'bg-sky-700 dark:bg-sky-300',
  },
  Soyuz: {
    bar: 'fill-red-700 dark:fill-red-300',
    text: TEXT,
    swatch: 'bg-red-700 dark:bg-red-300',
  },
  Progress: {
    bar: 'fill-orange-700 dark:fill-orange-300',
    text: TEXT,
    swatch: 'bg-orange-700 dark:bg-orange-300',
  },
  Cygnus: {
    bar: 'fill-green-700 dark:fill-green-300',
    text: TEXT,
    swatch: 'bg-green-700 dark:bg-green-300',
  },
  HTV: {
    bar: 'fill-amber-700 dark:fill-amber-300',
    text: TEXT,
    swatch: 'bg-amber-700 dark:bg-amber-300',
  },
  Starliner: {
    bar: 'fill-indigo-700 dark:fill-indigo-300',
    text: TEXT,
    swatch: 'bg-indigo-700 dark:bg-indigo-300',
  },
  Shuttle: {
    bar: 'fill-stone-700 dark:fill-stone-300',
    text: TEXT,
    swatch: 'bg-stone-700 dark:bg-stone-300',
  },
  ATV: {
    bar: 'fill-teal-700 dark:fill-teal-300',
    text: TEXT,
    swatch: 'bg-teal-700 dark:bg-teal-300',
  },
  Tianzhou: {
    bar: 'fill-fuchsia-700 dark:fill-fuchsia-300',
    text: TEXT,
    swatch: 'bg-fuchsia-700 dark:bg-fuchsia-300',
  },
  Shenzhou: {
    bar: 'fill-violet-700 dark:fill-violet-300',
    text: TEXT,
    swatch: 'bg-violet-700 dark:bg-violet-300',
  },
  Payload: {
    bar: 'fill-pink-700 dark:fill-pink-300',
    text: TEXT,
    swatch: 'bg-pink-700 dark:bg-pink-300',
  },
  'Space station': {
    bar: 'fill-zinc-700 dark:fill-zinc-300',
    text: TEXT,
    swatch: 'bg-zinc-700 dark:bg-zinc-300',
  },
};

/** For families we have not named: hues not used above, so an unknown family never looks known. */
export const FALLBACK_COLORS: readonly FamilyColor[] = [
  { bar: 'fill-blue-700 dark:fill-blue-300', text: TEXT, swatch: 'bg-blue-700 dark:bg-blue-300' },
  { bar: 'fill-lime-700 dark:fill-lime-300', text: TEXT, swatch: 'bg-lime-700 dark:bg-lime-300' },
  {
    bar: 'fill-purple-700 dark:fill-purple-300',
    text: TEXT,
    swatch: 'bg-purple-700 dark:bg-purple-300',
  },
  { bar: 'fill-rose-700 dark:fill-rose-300', text: TEXT, swatch: 'bg-rose-700 dark:bg-rose-300' },
  {
    bar: 'fill-yellow-700 dark:fill-yellow-300',
    text: TEXT,
    swatch: 'bg-yellow-700 dark:bg-yellow-300',
  },
  { bar: 'fill-cyan-700 dark:fill-cyan-300', text: TEXT, swatch: 'bg-cyan-700 dark:bg-cyan-300' },
  {
    bar: 'fill-emerald-700 dark:fill-emerald-300',
    text: TEXT,
    swatch: 'bg-emerald-700 dark:bg-emerald-300',
  },
];

/** FNV-1a: stable across runs and machines, so a family keeps its colour between deploys. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function familyColor(family: string): FamilyColor {
  return KNOWN_FAMILY_COLORS[family] ?? FALLBACK_COLORS[hash(family) % FALLBACK_COLORS.length]!;
}

export interface LegendEntry {
  family: string;
  color: FamilyColor;
  count: number;
}

/** The families present, most frequent first. */
export function legendFor(events: ReadonlyArray<{ chaser: { family: string } }>): LegendEntry[] {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.chaser.family, (counts.get(e.chaser.family) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([family, count]) => ({ family, color: familyColor(family), count }));
}
