import type { ReactNode } from 'react';
import type { StatsChart } from '@/lib/stats/charts';
import type { Series } from '@/lib/stats/model';
import { BUSIEST, RELIABILITY_ROWS } from '@/lib/stats/charts';

const numberFormat = new Intl.NumberFormat('en-US');
import { BarChartSvg, RateChartSvg, StackedChartSvg } from './chart-svg';
import { BarTable, RateTable, ReliabilityTable, StackedTable } from './chart-tables';
import { SWATCH } from './tones';

function Legend({ series }: { series: Series[] }) {
  if (series.length === 0) return null;
  return (
    <ul className="text-ink-muted mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {series.map((s) => (
        <li key={s.key} className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className={`inline-block size-3 rounded-sm ${SWATCH[s.tone]}`} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}

function Footnote({ shown, of, noun }: { shown: number; of: number; noun: string }) {
  if (of <= shown) return null;
  return (
    <p className="text-ink-muted mt-2 text-sm">
      {shown} of {numberFormat.format(of)} {noun}; the CSV lists every one.
    </p>
  );
}

function isEmpty(chart: StatsChart): boolean {
  const { data } = chart;
  switch (data.kind) {
    case 'stacked':
      return data.columns.every((c) => c.total === 0);
    case 'bars':
    case 'reliability':
      return data.rows.length === 0;
    case 'rate':
      return data.points.length === 0;
  }
}

function Figure({ chart }: { chart: StatsChart }) {
  const { data } = chart;
  const caption = `${chart.title}: the figures of the chart`;
  let svg: ReactNode = null;
  let table: ReactNode;
  switch (data.kind) {
    case 'stacked':
      svg = <StackedChartSvg chart={data} />;
      table = <StackedTable chart={data} caption={caption} />;
      break;
    case 'bars': {
      // The model keeps every group for the CSV; the page draws the busiest.
      const shown = { ...data, rows: data.rows.slice(0, BUSIEST) };
      svg = <BarChartSvg chart={shown} />;
      table = (
        <BarTable chart={shown} caption={caption} noun={chart.id === 'pads' ? 'Pad' : 'Rocket'} />
      );
      break;
    }
    case 'rate':
      svg = <RateChartSvg chart={data} />;
      table = <RateTable chart={data} caption={caption} />;
      break;
    case 'reliability':
      // The table is the chart here: ranks, counts and intervals read better as rows.
      return (
        <>
          <ReliabilityTable
            chart={data}
            caption={`${chart.title}, ranked`}
            rows={RELIABILITY_ROWS}
          />
          <Footnote
            shown={Math.min(RELIABILITY_ROWS, data.groups)}
            of={data.groups}
            noun="rockets"
          />
        </>
      );
  }
  return (
    <>
      {data.kind === 'stacked' ? <Legend series={data.series} /> : null}
      <div className="mt-3 overflow-x-auto">{svg}</div>
      {data.kind === 'bars' ? (
        <Footnote
          shown={Math.min(BUSIEST, data.groups)}
          of={data.groups}
          noun={chart.id === 'pads' ? 'pads' : 'rockets'}
        />
      ) : null}
      <details className="mt-2">
        <summary className="text-link cursor-pointer text-sm font-medium">
          Show the data as a table
        </summary>
        {table}
      </details>
    </>
  );
}

/** One chart: title, what it counts, the drawing, its data table, CSV and share image. */
export function ChartSection({ chart, query }: { chart: StatsChart; query: string }) {
  const suffix = query ? `?${query}` : '';
  return (
    <section
      id={chart.id}
      aria-labelledby={`${chart.id}-heading`}
      className="border-line bg-surface shadow-card scroll-mt-32 rounded-2xl border p-4"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={`${chart.id}-heading`} className="text-ink text-lg font-semibold">
          {chart.title}
        </h2>
        <p className="flex gap-4 text-sm">
          <a
            href={`/statistics/${chart.id}.csv${suffix}`}
            aria-label={`Download CSV: ${chart.title}`}
            className="text-link font-medium underline-offset-2 hover:underline"
          >
            Download CSV
          </a>
          <a
            href={`/statistics/${chart.id}.png${suffix}`}
            aria-label={`Image: ${chart.title}`}
            className="text-link font-medium underline-offset-2 hover:underline"
          >
            Image
          </a>
        </p>
      </div>
      <p className="text-ink-muted mt-1 text-sm">{chart.caption}</p>
      {isEmpty(chart) ? (
        <p className="text-ink-muted mt-3 text-sm">
          No launch in the selection has what this chart counts.
        </p>
      ) : (
        <Figure chart={chart} />
      )}
    </section>
  );
}
