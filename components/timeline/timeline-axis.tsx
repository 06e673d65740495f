import { GEOMETRY, type TimelineLayout } from '@/lib/timeline/layout';
import { px } from '@/lib/timeline/plot-data';

export function TimelineAxis({ layout }: { layout: TimelineLayout }) {
  const { width, height, lanes, ticks, nowX } = layout;
  const top = GEOMETRY.axisHeight;
  return (
    <g aria-hidden="true">
      {lanes.map((lane, i) => (
        <rect
          key={lane.id}
          x={0}
          y={lane.top}
          width={width}
          height={lane.height}
          className={i % 2 ? 'fill-slate-50 dark:fill-slate-900' : 'fill-transparent'}
        />
      ))}
      <line
        x1={0}
        x2={width}
        y1={top - 0.5}
        y2={top - 0.5}
        className="stroke-slate-400 dark:stroke-slate-600"
      />
      {ticks.map((tick) => (
        <g key={tick.time.getTime()}>
          <line
            x1={px(tick.x)}
            x2={px(tick.x)}
            y1={top - 6}
            y2={height}
            className={
              tick.major
                ? 'stroke-slate-300 dark:stroke-slate-700'
                : 'stroke-slate-200 dark:stroke-slate-800'
            }
          />
          <text
            x={px(tick.x > width - 60 ? tick.x - 4 : tick.x + 4)}
            y={top - 9}
            textAnchor={tick.x > width - 60 ? 'end' : 'start'}
            className="fill-slate-600 dark:fill-slate-400"
          >
            {tick.label}
          </text>
        </g>
      ))}
      {nowX !== null && (
        <>
          <line
            x1={px(nowX)}
            x2={px(nowX)}
            y1={2}
            y2={height}
            strokeWidth={2}
            className="stroke-rose-600 dark:stroke-rose-400"
          />
          <text
            x={px(nowX > width - 40 ? nowX - 4 : nowX + 4)}
            y={11}
            textAnchor={nowX > width - 40 ? 'end' : 'start'}
            fontWeight={600}
            className="fill-rose-700 dark:fill-rose-300"
          >
            now
          </text>
        </>
      )}
    </g>
  );
}
