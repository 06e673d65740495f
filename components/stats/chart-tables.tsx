import type { ReactNode } from 'react';
import type { BarChart, RateChart, ReliabilityChart, StackedChart } from '@/lib/stats/model';

const numberFormat = new Intl.NumberFormat('en-US');
const percent = (value: number | null, digits = 1) =>
  value === null ? '–' : `${(value * 100).toFixed(digits)} %`;

function Table({
  caption,
  head,
  left = 1,
  children,
}: {
  caption: string;
  head: ReactNode[];
  left?: number;
  children: ReactNode;
}) {
  return (
    // Scrolls on its own, so it takes focus for keyboard scrolling (and names itself for that).
    <section className="mt-2 max-h-[28rem] overflow-auto" tabIndex={0} aria-label={caption}>
      <table className="stats-table numeric w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className={i < left ? 'l' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </section>
  );
}

/** Cell styles are `.stats-table`'s in globals.css: a long table repeats none per cell. */

/** Year per row, one column per series; each year links to its launches. */
export function StackedTable({ chart, caption }: { chart: StackedChart; caption: string }) {
  const extra = chart.extraColumns ?? [];
  const single = chart.series.length === 1;
  return (
    <Table
      caption={caption}
      head={[
        'Year',
        ...chart.series.map((s) => s.label),
        ...extra.map((e) => e.label),
        ...(single ? [] : ['Total']),
      ]}
    >
      {chart.columns.map((column) => {
        const counts = new Map(column.segments.map((s) => [s.series, s.count]));
        return (
          <tr key={column.label}>
            <th scope="row" className="l">
              {column.href ? <a href={column.href}>{column.label}</a> : column.label}
            </th>
            {chart.series.map((s) => (
              <td key={s.key}>{numberFormat.format(counts.get(s.key) ?? 0)}</td>
            ))}
            {extra.map((e) => (
              <td key={e.key}>{numberFormat.format(column.extra?.[e.key] ?? 0)}</td>
            ))}
            {single ? null : <td>{numberFormat.format(column.total)}</td>}
          </tr>
        );
      })}
    </Table>
  );
}

export function BarTable({
  chart,
  caption,
  noun,
}: {
  chart: BarChart;
  caption: string;
  noun: string;
}) {
  return (
    <Table caption={caption} head={['#', noun, 'Launches']} left={2}>
      {chart.rows.map((row, i) => (
        <tr key={row.key}>
          <td className="l">{i + 1}</td>
          <th scope="row" className="l">
            {row.href ? <a href={row.href}>{row.label}</a> : row.label}
            {row.detail ? <span className="text-ink-muted"> · {row.detail}</span> : null}
          </th>
          <td>{numberFormat.format(row.count)}</td>
        </tr>
      ))}
    </Table>
  );
}

export function RateTable({ chart, caption }: { chart: RateChart; caption: string }) {
  return (
    <Table
      caption={caption}
      head={['Year', 'Launches with an outcome', 'Successes', 'Success rate']}
    >
      {chart.years.map((y) => (
        <tr key={y.year}>
          <th scope="row" className="l">
            {y.flown > 0 ? <a href={y.href}>{y.year}</a> : y.year}
          </th>
          <td>{numberFormat.format(y.flown)}</td>
          <td>{numberFormat.format(y.successes)}</td>
          <td>{percent(y.rate)}</td>
        </tr>
      ))}
    </Table>
  );
}

export function ReliabilityTable({
  chart,
  caption,
  rows,
}: {
  chart: ReliabilityChart;
  caption: string;
  rows: number;
}) {
  return (
    <Table
      caption={caption}
      head={[
        '#',
        'Rocket',
        'Launches with an outcome',
        'Successes',
        'Failures',
        'Partial failures',
        'Success rate',
        '95 % interval',
      ]}
      left={2}
    >
      {chart.rows.slice(0, rows).map((row, i) => (
        <tr key={row.key}>
          <td className="l">{i + 1}</td>
          <th scope="row" className="l">
            <a href={row.href}>{row.label}</a>
          </th>
          <td>{numberFormat.format(row.flown)}</td>
          <td>{numberFormat.format(row.successes)}</td>
          <td>{numberFormat.format(row.failures)}</td>
          <td>{numberFormat.format(row.partial)}</td>
          <td>{percent(row.rate)}</td>
          <td>
            {percent(row.lower)} – {percent(row.upper)}
          </td>
        </tr>
      ))}
    </Table>
  );
}
