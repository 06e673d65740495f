import type { LegendEntry } from '@/lib/timeline/colors';
import { TIMELINE_WORDS, type TimelineKind } from '@/lib/timeline/kinds';

export function TimelineLegend({
  entries,
  stripesId,
  kind = 'docking',
}: {
  entries: LegendEntry[];
  stripesId: string;
  kind?: TimelineKind;
}) {
  const words = TIMELINE_WORDS[kind];
  return (
    <ul
      aria-label={words.families}
      className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700 dark:text-slate-300"
    >
      {entries.map(({ family, color, count }) => (
        <li key={family} className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`inline-block size-3 rounded-sm ${color.swatch}`} />
          {family} <span className="text-slate-500 dark:text-slate-400">({count})</span>
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <svg aria-hidden="true" width={22} height={12} className="shrink-0">
          <rect width={16} height={12} rx={2} className="fill-slate-700 dark:fill-slate-300" />
          <rect x={6} width={10} height={12} fill={`url(#${stripesId})`} />
          <path d="M16 2l6 4-6 4z" className="fill-slate-700 dark:fill-slate-300" />
        </svg>
        Striped end: {words.now}
      </li>
    </ul>
  );
}
