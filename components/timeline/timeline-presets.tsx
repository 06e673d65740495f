import { Link } from '@/components/ui/link';
import { MS, toIsoParam } from '@/lib/timeline/format';
import {
  MIN_SPAN_MS,
  panWindow,
  windowToParams,
  zoomWindow,
  type TimeWindow,
  type WindowParams,
} from '@/lib/timeline/window';

export interface TimelinePresetsProps {
  /** The window on screen now. */
  window: TimeWindow;
  now: Date;
  /** The page owns its URLs: it keeps its other parameters and drops the paging offset. */
  buildHref: (params: WindowParams) => string;
  /** The range parameters in the current URL, to mark the active preset. */
  current?: WindowParams;
  /** The controls' landmark name, unique on the page (a station page has two timelines). */
  label?: string;
}

const LINK =
  'inline-flex items-center rounded-md border px-2.5 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600';
const IDLE =
  'border-slate-300 text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800';
const ACTIVE =
  'border-slate-900 bg-slate-900 text-white dark:border-slate-100 dark:bg-slate-100 dark:text-slate-950';

/** Presets start at a UTC midnight so their URLs stay the same all day (and cache). */
function presets(now: Date): { label: string; params: WindowParams }[] {
  const today = Math.floor(now.getTime() / MS.DAY) * MS.DAY;
  const since = (days: number) => ({ docking__gte: toIsoParam(new Date(today - days * MS.DAY)) });
  return [
    { label: 'Last 30 days', params: since(30) },
    { label: '1 year', params: since(365) },
    { label: '5 years', params: since(5 * 365) },
    { label: 'All time', params: {} },
  ];
}

export function TimelinePresets({
  window,
  now,
  buildHref,
  current = {},
  label = 'Timeline range',
}: TimelinePresetsProps) {
  const span = window.end.getTime() - window.start.getTime();
  const controls = [
    { label: 'Earlier', params: windowToParams(panWindow(window, -0.5)) },
    {
      label: 'Zoom in',
      params: span > MIN_SPAN_MS ? windowToParams(zoomWindow(window, 0.5)) : null,
    },
    { label: 'Zoom out', params: windowToParams(zoomWindow(window, 2)) },
    { label: 'Later', params: windowToParams(panWindow(window, 0.5)) },
  ];
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <ul className="flex flex-wrap gap-2">
        {presets(now).map(({ label, params }) => {
          const active =
            params.docking__gte === current.docking__gte &&
            params.docking__lte === current.docking__lte;
          return (
            <li key={label}>
              <Link
                href={buildHref(params)}
                aria-current={active ? 'true' : undefined}
                className={`${LINK} ${active ? ACTIVE : IDLE}`}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
      <ul className="flex flex-wrap gap-2">
        {controls.map(({ label, params }) => (
          <li key={label}>
            {params ? (
              <Link href={buildHref(params)} className={`${LINK} ${IDLE}`}>
                {label}
              </Link>
            ) : (
              <span
                aria-disabled="true"
                className={`${LINK} border-slate-200 text-slate-500 dark:border-slate-800 dark:text-slate-400`}
              >
                {label}
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
