import type { YearOutcomes } from '@/lib/data/launch-outcomes';

const numberFormat = new Intl.NumberFormat('en-US');

const SERIES = [
  {
    key: 'successful',
    label: 'Successful',
    fill: 'fill-emerald-500 dark:fill-emerald-400',
    swatch: 'bg-emerald-500 dark:bg-emerald-400',
  },
  {
    key: 'partial',
    label: 'Partial failure',
    fill: 'fill-orange-400 dark:fill-orange-300',
    swatch: 'bg-orange-400 dark:bg-orange-300',
  },
  {
    key: 'failed',
    label: 'Failed',
    fill: 'fill-rose-600 dark:fill-rose-400',
    swatch: 'bg-rose-600 dark:bg-rose-400',
  },
  {
    key: 'pending',
    label: 'Pending',
    fill: 'fill-slate-400 dark:fill-slate-500',
    swatch: 'bg-slate-400 dark:bg-slate-500',
  },
] as const;

/** 24 px bars (the list histogram's width), so a long history scrolls rather than squeezes. */
const BAR = 24;
const GAP = 4;
const PLOT = 120;
const AXIS = 18;

const total = (y: YearOutcomes) => y.successful + y.failed + y.partial + y.pending;

/**
 * Launches per year, each bar stacked by outcome, drawn on the server as SVG. The SVG is one
 * image with a one-line summary for screen readers; the numbers themselves are in the table
 * below it, which is also what a reader without colour vision can read exactly.
 */
export function LaunchesByYear({ name, years }: { name: string; years: readonly YearOutcomes[] }) {
  if (years.length === 0) return null;
  const max = Math.max(...years.map(total), 1);
  const width = years.length * (BAR + GAP);
  const every = years.length > 40 ? 10 : years.length > 12 ? 5 : 1;
  const sum = (key: (typeof SERIES)[number]['key']) => years.reduce((n, y) => n + y[key], 0);
  const first = years[0]!.year;
  const last = years.at(-1)!.year;
  const summary = `${name} launches per year, ${first}–${last}: ${SERIES.map((s) => `${numberFormat.format(sum(s.key))} ${s.label.toLowerCase()}`).join(', ')}.`;
  return (
    <figure className="border-line bg-surface shadow-card rounded-2xl border p-4 sm:p-5">
      <figcaption className="text-ink-muted mb-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {SERIES.map((s) => (
          <span key={s.key} className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className={`size-2.5 rounded-sm ${s.swatch}`} />
            {s.label}
          </span>
        ))}
      </figcaption>
      {/* Decades of 24 px bars scroll sideways on a phone; the wrapper takes focus to scroll. */}
      <section aria-label="Chart of launches per year" tabIndex={0} className="overflow-x-auto">
        <svg
          role="img"
          aria-label={summary}
          width={width}
          height={PLOT + AXIS}
          viewBox={`0 0 ${width} ${PLOT + AXIS}`}
          className="block"
        >
          <title>{summary}</title>
          {years.map((y, i) => {
            const x = i * (BAR + GAP);
            let top = PLOT;
            return (
              <g key={y.year}>
                {SERIES.map((s) => {
                  const h = (y[s.key] / max) * PLOT;
                  if (h <= 0) return null;
                  top -= h;
                  return (
                    <rect key={s.key} x={x} y={top} width={BAR} height={h} className={s.fill} />
                  );
                })}
                {total(y) === 0 ? (
                  <rect
                    x={x}
                    y={PLOT - 2}
                    width={BAR}
                    height={2}
                    className="fill-slate-300 dark:fill-slate-600"
                  />
                ) : null}
                {y.year % every === 0 || i === 0 ? (
                  <text
                    x={x + BAR / 2}
                    y={PLOT + AXIS - 4}
                    textAnchor="middle"
                    className="fill-ink-muted text-[10px]"
                  >
                    {y.year}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </section>
      <details className="mt-3">
        <summary className="text-link cursor-pointer text-sm">Launches per year as a table</summary>
        <section
          aria-label="Table of launches per year"
          tabIndex={0}
          className="mt-2 max-h-80 overflow-auto"
        >
          <table className="w-full text-sm">
            <caption className="sr-only">{name} launches per year by outcome</caption>
            <thead>
              <tr className="text-ink-muted text-left">
                <th scope="col" className="py-1 pr-3 font-medium">
                  Year
                </th>
                {SERIES.map((s) => (
                  <th key={s.key} scope="col" className="py-1 pr-3 text-right font-medium">
                    {s.label}
                  </th>
                ))}
                <th scope="col" className="py-1 text-right font-medium">
                  All
                </th>
              </tr>
            </thead>
            <tbody className="numeric">
              {[...years].reverse().map((y) => (
                <tr key={y.year} className="border-line border-t">
                  <th scope="row" className="py-1 pr-3 text-left font-medium">
                    {y.year}
                  </th>
                  {SERIES.map((s) => (
                    <td key={s.key} className="py-1 pr-3 text-right">
                      {numberFormat.format(y[s.key])}
                    </td>
                  ))}
                  <td className="py-1 text-right">{numberFormat.format(total(y))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </details>
    </figure>
  );
}
