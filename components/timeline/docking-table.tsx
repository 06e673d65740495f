import { familyColor } from '@/lib/timeline/colors';
import { durationText, formatUtcCompact, toIsoParam } from '@/lib/timeline/format';
import { TIMELINE_WORDS } from '@/lib/timeline/kinds';
import type { LaneBy, TimelineEvent } from '@/lib/timeline/model';

export interface DockingTableProps {
  events: TimelineEvent[];
  now: Date;
  laneBy: LaneBy;
  caption: string;
  /** Lists only the newest this many. */
  limit?: number;
}

/**
 * Cell styles are set once on the table: a timeline can list 1,000 stays, and the same class
 * list on every cell would be most of the page's bytes (twice: in the HTML and the RSC payload).
 */
const TABLE =
  'w-full text-sm text-slate-800 dark:text-slate-200 [&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_td]:whitespace-nowrap ' +
  '[&_tbody_td:nth-child(2)]:whitespace-normal [&_tbody_th>span]:mr-2 [&_tbody_th>span]:inline-block [&_tbody_th>span]:size-2.5 [&_tbody_th>span]:rounded-sm ' +
  '[&_th]:px-3 [&_th]:py-2 [&_th]:text-left [&_thead_th]:font-semibold [&_tbody_th]:align-top [&_tbody_th]:font-medium ' +
  '[&_small]:block [&_small]:text-xs [&_small]:font-normal [&_small]:text-slate-600 dark:[&_small]:text-slate-400 ' +
  '[&_tbody_a]:underline [&_tbody_a]:decoration-slate-400 [&_tbody_a]:underline-offset-2 [&_tbody_a:hover]:decoration-2';

/** The timeline's data as a table: the text alternative, and the better view for sorting by eye. */
export function DockingTable({
  events,
  now,
  laneBy,
  caption,
  limit = Infinity,
}: DockingTableProps) {
  const rows = [...events]
    .sort((a, b) => b.start.getTime() - a.start.getTime() || b.id - a.id)
    .slice(0, limit);
  const kind = events[0]?.kind ?? 'docking';
  const words = TIMELINE_WORDS[kind];
  const whereHead = kind === 'expedition' ? 'Station' : laneBy === 'port' ? 'Port' : 'Docked to';
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800">
      <table className={TABLE}>
        <caption className="px-3 py-2 text-left text-slate-600 dark:text-slate-400">
          {caption}
        </caption>
        <thead className="bg-slate-50 dark:bg-slate-900">
          <tr>
            <th scope="col">{words.subject}</th>
            <th scope="col">{whereHead}</th>
            <th scope="col">{words.start}</th>
            <th scope="col">{words.end}</th>
            <th scope="col">Duration</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {rows.map((e) => {
            const end = e.end ?? (e.start <= now ? now : null);
            return (
              <tr key={e.id}>
                <th scope="row">
                  {/* An empty swatch: nothing for assistive technology to read. */}
                  <span className={familyColor(e.chaser.family).swatch} />
                  {/* Plain links: hundreds of <Link>s would each be hydrated, and prefetching
                      them would cost more than a client-side navigation saves. */}
                  <a href={e.href}>{e.chaser.label}</a>
                  <small>{e.chaser.family}</small>
                </th>
                <td>
                  {kind === 'expedition' ? e.target : laneBy === 'port' ? e.port : e.target}
                  <small>
                    {kind === 'expedition' ? e.port : laneBy === 'port' ? e.target : e.port}
                  </small>
                </td>
                <td>
                  <time dateTime={toIsoParam(e.start)}>{formatUtcCompact(e.start)}</time>
                </td>
                <td>
                  {e.end ? (
                    <time dateTime={toIsoParam(e.end)}>{formatUtcCompact(e.end)}</time>
                  ) : end ? (
                    <strong className="font-semibold">
                      {words.now.charAt(0).toUpperCase() + words.now.slice(1)}
                    </strong>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  {end
                    ? `${durationText(end.getTime() - e.start.getTime())}${e.end ? '' : ' so far'}`
                    : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
