import type { StatsChart } from './charts';
import { CSV_MAX_ROWS } from './charts';

type Cell = string | number | null;

/**
 * One CSV field (RFC 4180). Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`
 * first) gets a leading apostrophe: the names come from an outside API.
 */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(Math.round(value * 1e6) / 1e6) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function rowsOf(chart: StatsChart, absolute: (href: string) => string): Cell[][] {
  const { data } = chart;
  switch (data.kind) {
    case 'stacked': {
      const extra = data.extraColumns ?? [];
      const head = [
        'year',
        ...data.series.map((s) => s.label),
        ...extra.map((e) => e.label),
        'total',
        'launches_url',
      ];
      return [
        head,
        ...data.columns.map((c) => {
          const counts = new Map(c.segments.map((s) => [s.series, s.count]));
          return [
            c.label,
            ...data.series.map((s) => counts.get(s.key) ?? 0),
            ...extra.map((e) => c.extra?.[e.key] ?? 0),
            c.total,
            c.href ? absolute(c.href) : null,
          ];
        }),
      ];
    }
    case 'bars':
      return [
        ['rank', 'id', 'name', 'location', 'launches', 'launches_url'],
        ...data.rows.map((r, i) => [
          i + 1,
          r.key,
          r.label,
          r.detail ?? null,
          r.count,
          r.href ? absolute(r.href) : null,
        ]),
      ];
    case 'rate':
      return [
        [
          'month',
          `launches_with_outcome_${data.window}_months`,
          `successes_${data.window}_months`,
          'success_rate',
        ],
        ...data.points.map((p) => [p.month, p.flown, p.successes, p.rate]),
      ];
    case 'reliability':
      return [
        [
          'rank',
          'id',
          'rocket',
          'launches_with_outcome',
          'successes',
          'failures',
          'partial_failures',
          'success_rate',
          'wilson_lower_95',
          'wilson_upper_95',
          'launches_url',
        ],
        ...data.rows.map((r, i) => [
          i + 1,
          r.key,
          r.label,
          r.flown,
          r.successes,
          r.failures,
          r.partial,
          r.rate,
          r.lower,
          r.upper,
          absolute(r.href),
        ]),
      ];
  }
}

/** A chart's data as CSV: a header row, then at most `CSV_MAX_ROWS` rows. */
export function chartCsv(chart: StatsChart, absolute: (href: string) => string): string {
  const [head = [], ...rows] = rowsOf(chart, absolute);
  return (
    [head, ...rows.slice(0, CSV_MAX_ROWS)].map((row) => row.map(csvField).join(',')).join('\r\n') +
    '\r\n'
  );
}
