import type { StatsChart } from '@/lib/stats/charts';
import type { Tone } from '@/lib/stats/model';
import { rateLayout, stackedLayout, type Frame } from '@/lib/stats/svg';
import { BRAND } from '@/lib/seo/site';
import { CardFrame } from './card-frame';

/** The dark theme's chart colours (globals.css `--chart-*`), on the dark card. */
const TONES: Record<Tone, string> = {
  success: '#4ade80',
  failure: '#f87171',
  partial: '#fbbf24',
  pending: '#94a3b8',
  unknown: '#64748b',
  c1: '#818cf8',
  c2: '#22d3ee',
  c3: '#f472b6',
  c4: '#a3e635',
  c5: '#fb923c',
  c6: '#c084fc',
  other: '#64748b',
};

/** The plot area inside the card; Satori draws shapes in SVG, text in boxes beside it. */
const PLOT: Frame = { width: 1056, height: 210, left: 0, right: 0, top: 4, bottom: 0 };
const numberFormat = new Intl.NumberFormat('en-US');

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function Range({ from, to }: { from: string; to: string }) {
  return (
    <div
      style={{
        display: 'flex',
        justifyContent: 'space-between',
        fontSize: 20,
        color: BRAND.muted,
        marginTop: 6,
      }}
    >
      <div style={{ display: 'flex' }}>{from}</div>
      <div style={{ display: 'flex' }}>{to}</div>
    </div>
  );
}

function Plot({ chart }: { chart: StatsChart }) {
  const { data } = chart;
  if (data.kind === 'stacked') {
    const layout = stackedLayout(data, PLOT);
    return (
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div
          style={{
            display: 'flex',
            gap: 20,
            fontSize: 20,
            color: BRAND.muted,
            marginBottom: 10,
            flexWrap: 'wrap',
          }}
        >
          {data.series.length > 1
            ? data.series.map((s) => (
                <div key={s.key} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                  <div
                    style={{
                      display: 'flex',
                      width: 14,
                      height: 14,
                      borderRadius: 3,
                      backgroundColor: TONES[s.tone],
                    }}
                  />
                  {clip(s.label, 28)}
                </div>
              ))
            : null}
        </div>
        <svg width={PLOT.width} height={PLOT.height} viewBox={`0 0 ${PLOT.width} ${PLOT.height}`}>
          {layout.columns
            .flatMap((c) => c.rects)
            .map((r, i) => (
              <rect
                key={i}
                x={r.x}
                y={r.y}
                width={r.width}
                height={r.height}
                fill={TONES[r.tone]}
              />
            ))}
        </svg>
        <Range from={data.columns[0]?.label ?? ''} to={data.columns.at(-1)?.label ?? ''} />
      </div>
    );
  }
  if (data.kind === 'rate') {
    const layout = rateLayout(data, PLOT);
    return (
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <svg width={PLOT.width} height={PLOT.height} viewBox={`0 0 ${PLOT.width} ${PLOT.height}`}>
          {[0, 0.5, 1].map((r) => (
            <line
              key={r}
              x1={0}
              x2={PLOT.width}
              y1={PLOT.top + (1 - r) * (PLOT.height - PLOT.top)}
              y2={PLOT.top + (1 - r) * (PLOT.height - PLOT.top)}
              stroke="#1f2a3d"
              strokeWidth={2}
            />
          ))}
          <path d={layout.path} fill="none" stroke={TONES.success} strokeWidth={4} />
        </svg>
        <Range
          from={data.points[0]?.month.slice(0, 4) ?? ''}
          to={data.points.at(-1)?.month.slice(0, 4) ?? ''}
        />
      </div>
    );
  }
  const rows =
    data.kind === 'bars'
      ? data.rows
          .slice(0, 6)
          .map((r) => ({
            label: r.label,
            value: numberFormat.format(r.count),
            ratio: r.count / Math.max(1, data.rows[0]?.count ?? 1),
          }))
      : data.rows
          .slice(0, 6)
          .map((r) => ({
            label: r.label,
            value: `${(r.rate * 100).toFixed(1)} % of ${numberFormat.format(r.flown)}`,
            ratio: r.lower,
          }));
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
      {rows.map((r, i) => (
        <div key={i} style={{ display: 'flex', alignItems: 'center', gap: 16, fontSize: 24 }}>
          <div style={{ display: 'flex', width: 360, color: BRAND.ink }}>{clip(r.label, 26)}</div>
          <div style={{ display: 'flex', width: 480 }}>
            <div
              style={{
                display: 'flex',
                height: 24,
                width: `${Math.max(1, r.ratio * 100)}%`,
                backgroundColor: TONES.c1,
                borderRadius: 4,
              }}
            />
          </div>
          <div style={{ display: 'flex', color: BRAND.muted }}>{r.value}</div>
        </div>
      ))}
    </div>
  );
}

/** A chart's share image: its title, the filters, and the chart drawn from the same geometry. */
export function ChartCard({
  chart,
  summary,
  host,
}: {
  chart: StatsChart;
  summary: string;
  host: string;
}) {
  return (
    <CardFrame kind="Statistics" host={host}>
      <div style={{ display: 'flex', fontSize: 44, color: '#ffffff', letterSpacing: -1 }}>
        {chart.title}
      </div>
      <div
        style={{
          display: 'flex',
          fontSize: 24,
          color: BRAND.muted,
          marginTop: 6,
          marginBottom: 18,
        }}
      >
        {clip(summary || 'Every launch in the index', 90)}
      </div>
      <Plot chart={chart} />
    </CardFrame>
  );
}
