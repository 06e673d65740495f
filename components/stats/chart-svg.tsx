import type { ReactNode } from 'react';
import type { BarChart, RateChart, StackedChart } from '@/lib/stats/model';
import { barLayout, rateLayout, stackedLayout, type Frame, type Tick } from '@/lib/stats/svg';
import { FILL } from './tones';

/**
 * The charts as inline SVG, drawn on the server. They are hidden from assistive technology and
 * their links kept out of the tab order: each chart's data table below holds the same figures
 * and the same links, one row per bar, which a keyboard or screen reader can walk.
 */
function Axes({ frame, yTicks, xTicks }: { frame: Frame; yTicks: Tick[]; xTicks: Tick[] }) {
  return (
    <g className="fill-ink-muted text-[11px]">
      {yTicks.map((t) => (
        <g key={`y${t.text}`}>
          <line
            x1={frame.left}
            x2={frame.width - frame.right}
            y1={t.at}
            y2={t.at}
            className="stroke-line"
            strokeWidth="1"
          />
          <text x={frame.left - 6} y={t.at + 4} textAnchor="end">
            {t.text}
          </text>
        </g>
      ))}
      {xTicks.map((t) => (
        <text key={`x${t.text}`} x={t.at} y={frame.height - 6} textAnchor="middle">
          {t.text}
        </text>
      ))}
    </g>
  );
}

function ChartFrame({ frame, children }: { frame: Frame; children: ReactNode }) {
  return (
    <svg
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      aria-hidden="true"
      focusable="false"
      className="chart block h-auto w-full min-w-[36rem]"
    >
      {children}
    </svg>
  );
}

/** A bar that drills down is a link (out of the tab order: the table below carries it). */
function MaybeLink({ href, children }: { href: string | null; children: ReactNode }) {
  return href ? (
    <a href={href} tabIndex={-1}>
      {children}
    </a>
  ) : (
    <g>{children}</g>
  );
}

export function StackedChartSvg({ chart }: { chart: StackedChart }) {
  const layout = stackedLayout(chart);
  const { frame } = layout;
  return (
    <ChartFrame frame={frame}>
      <Axes frame={frame} yTicks={layout.yTicks} xTicks={layout.xTicks} />
      {layout.columns.map((column) => (
        <g key={column.label}>
          <title>{column.title}</title>
          {column.rects.map((r) => (
            <MaybeLink key={r.tone} href={r.href}>
              <rect x={r.x} y={r.y} width={r.width} height={r.height} className={FILL[r.tone]} />
            </MaybeLink>
          ))}
        </g>
      ))}
    </ChartFrame>
  );
}

export function BarChartSvg({ chart }: { chart: BarChart }) {
  const layout = barLayout(chart);
  const { frame } = layout;
  return (
    <ChartFrame frame={frame}>
      {layout.bars.map((b, i) => (
        <MaybeLink key={i} href={b.href}>
          <text
            x={frame.left - 8}
            y={b.y + b.height / 2 + 4}
            textAnchor="end"
            className="fill-ink text-[12px]"
          >
            {b.label.length > 40 ? `${b.label.slice(0, 39)}…` : b.label}
          </text>
          <rect
            x={frame.left}
            y={b.y}
            width={b.width}
            height={b.height}
            rx="3"
            className={FILL.c1}
          />
          <text
            x={frame.left + b.width + 6}
            y={b.y + b.height / 2 + 4}
            className="fill-ink-muted text-[12px]"
          >
            {b.value}
          </text>
          <title>{`${b.label}: ${b.value}`}</title>
        </MaybeLink>
      ))}
    </ChartFrame>
  );
}

export function RateChartSvg({ chart }: { chart: RateChart }) {
  const layout = rateLayout(chart);
  const { frame } = layout;
  return (
    <ChartFrame frame={frame}>
      <Axes frame={frame} yTicks={layout.yTicks} xTicks={layout.xTicks} />
      <path
        d={layout.path}
        fill="none"
        strokeWidth="2"
        strokeLinejoin="round"
        className="stroke-chart-success"
      />
    </ChartFrame>
  );
}
