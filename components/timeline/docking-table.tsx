import Link from 'next/link';
import { familyColor } from '@/lib/timeline/colors';
import { durationText, formatUtc } from '@/lib/timeline/format';
import type { LaneBy, TimelineEvent } from '@/lib/timeline/model';

export interface DockingTableProps {
  events: TimelineEvent[];
  now: Date;
  laneBy: LaneBy;
  caption: string;
}

const TH = 'px-3 py-2 text-left font-semibold';
const TD = 'px-3 py-2 align-top';

/** The timeline's data as a table: the text alternative, and the better view for sorting by eye. */
export function DockingTable({ events, now, laneBy, caption }: DockingTableProps) {
  const rows = [...events].sort((a, b) => b.start.getTime() - a.start.getTime() || b.id - a.id);
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800">
      <table className="w-full text-sm text-slate-800 dark:text-slate-200">
        <caption className="px-3 py-2 text-left text-slate-600 dark:text-slate-400">
          {caption}
        </caption>
        <thead className="bg-slate-50 dark:bg-slate-900">
          <tr>
            <th scope="col" className={TH}>
              Vehicle
            </th>
            <th scope="col" className={TH}>
              {laneBy === 'port' ? 'Port' : 'Docked to'}
            </th>
            <th scope="col" className={TH}>
              Docked
            </th>
            <th scope="col" className={TH}>
              Departed
            </th>
            <th scope="col" className={TH}>
              Duration
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {rows.map((e) => {
            const end = e.end ?? (e.start <= now ? now : null);
            return (
              <tr key={e.id}>
                <th scope="row" className={`${TD} text-left font-medium`}>
                  <span
                    aria-hidden="true"
                    className={`mr-2 inline-block size-2.5 rounded-sm ${familyColor(e.chaser.family).swatch}`}
                  />
                  {/* Hundreds of rows: prefetching each would cost more than it saves. */}
                  <Link
                    prefetch={false}
                    href={e.href}
                    className="underline decoration-slate-400 underline-offset-2 hover:decoration-2"
                  >
                    {e.chaser.label}
                  </Link>
                  <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">
                    {e.chaser.family}
                  </span>
                </th>
                <td className={TD}>
                  {laneBy === 'port' ? e.port : e.target}
                  <span className="block text-xs text-slate-600 dark:text-slate-400">
                    {laneBy === 'port' ? e.target : e.port}
                  </span>
                </td>
                <td className={`${TD} whitespace-nowrap`}>
                  <time dateTime={e.start.toISOString()}>{formatUtc(e.start)}</time>
                </td>
                <td className={`${TD} whitespace-nowrap`}>
                  {e.end ? (
                    <time dateTime={e.end.toISOString()}>{formatUtc(e.end)}</time>
                  ) : end ? (
                    <strong className="font-semibold">Docked now</strong>
                  ) : (
                    '—'
                  )}
                </td>
                <td className={`${TD} whitespace-nowrap`}>
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
