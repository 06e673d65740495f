import type { HistogramBar, HistogramUnit } from '@/lib/list/histogram';
import { HistogramBars, type HistogramBarData } from './histogram-bars';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const numberFormat = new Intl.NumberFormat('en-US');

function barLabel(bar: HistogramBar): string {
  return bar.month === null ? String(bar.year) : `${MONTHS[bar.month - 1]} ${bar.year}`;
}

export interface HistogramProps {
  bars: HistogramBar[];
  unit: HistogramUnit;
  /** "launches", "events". */
  noun: { singular: string; plural: string };
  hrefFor: (bar: HistogramBar) => string;
  isCurrent: (bar: HistogramBar) => boolean;
}

/**
 * How the current results spread over time, server-rendered as CSS bars. The bars' styles are
 * the short `hist*` classes in app/globals.css: 69 years of bars, each sent twice (HTML and RSC
 * payload), made Tailwind's long class lists 15 kB of a list page; the bars themselves reach the
 * RSC payload as data (`HistogramBars`). Each bar links to the list narrowed to its year (or
 * month); empty years and months are drawn but not linked.
 */
export function Histogram({ bars, unit, noun, hrefFor, isCurrent }: HistogramProps) {
  const first = bars[0];
  const last = bars.at(-1);
  if (!first || !last) return null;
  const range = first === last ? barLabel(first) : `${barLabel(first)} – ${barLabel(last)}`;
  const middle = bars.length > 4 ? bars[Math.floor(bars.length / 2)] : undefined;
  return (
    <section
      aria-labelledby="histogram-heading"
      className="border-line bg-surface shadow-card rounded-2xl border px-4 pt-3 pb-2"
    >
      <h2
        id="histogram-heading"
        className="text-ink flex flex-wrap items-baseline justify-between gap-x-3 text-sm font-medium"
      >
        <span>
          {noun.plural[0]?.toUpperCase()}
          {noun.plural.slice(1)} per {unit}
        </span>
        <span className="text-ink-muted text-xs font-normal">
          {range} · select a bar to narrow the list
        </span>
      </h2>
      {/* Every bar is a link at least 24 px wide (WCAG 2.5.8): 69 years of bars scroll sideways
          on a narrow screen rather than shrink to slivers no finger can hit. */}
      <div className="hist-scroll">
        <div>
          <HistogramBars
            label={`${noun.plural} per ${unit}`}
            bars={bars.map((bar): HistogramBarData => {
              const label = `${barLabel(bar)}: ${numberFormat.format(bar.count)} ${bar.count === 1 ? noun.singular : noun.plural}`;
              return [
                bar.bucket,
                label,
                (bar.ratio * 100).toFixed(1),
                bar.count === 0 ? null : hrefFor(bar),
                isCurrent(bar),
              ];
            })}
          />
          <div
            aria-hidden="true"
            className="numeric text-ink-muted mt-1 flex justify-between text-[11px]"
          >
            <span>{barLabel(first)}</span>
            {middle ? <span>{barLabel(middle)}</span> : null}
            {last !== first ? <span>{barLabel(last)}</span> : null}
          </div>
        </div>
      </div>
    </section>
  );
}
