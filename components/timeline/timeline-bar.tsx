import { familyColor } from '@/lib/timeline/colors';
import { GEOMETRY, durationText, formatUtc, type TimelineBar } from '@/lib/timeline/layout';

/**
 * One sentence per bar, used both as its accessible name and its hover tooltip. It starts with
 * the words drawn on the bar (name, and "docked now" for a current stay), so speech users can say
 * what they see (WCAG 2.5.3, label in name).
 */
export function describeBar(bar: TimelineBar): string {
  const e = bar.event;
  const where = e.port === e.target ? e.port : `${e.port} (${e.target})`;
  const docked = `docked ${formatUtc(e.start)}`;
  const duration = durationText(bar.durationMs);
  if (bar.current) {
    return `${e.chaser.label}, docked now at ${where} since ${formatUtc(e.start)}, ${duration} so far`;
  }
  if (!e.end) return `${e.chaser.label}, ${where}, ${docked}, departure not known`;
  return `${e.chaser.label}, ${where}, ${docked}, departed ${formatUtc(e.end)}, ${duration}`;
}

/** A tenth of a pixel is finer than any screen shows; full doubles would double the markup. */
export const px = (n: number) => Math.round(n * 10) / 10;

// Hover and focus rings for every bar, set once on the <svg> instead of on 1,000 rects.
export const BAR_STATES =
  '[&_a>rect:first-of-type]:stroke-2 [&_a:hover>rect:first-of-type]:stroke-slate-500 ' +
  '[&_a:focus-visible>rect:first-of-type]:stroke-slate-950 dark:[&_a:focus-visible>rect:first-of-type]:stroke-white';

export function TimelineBarLink({ bar, stripesId }: { bar: TimelineBar; stripesId: string }) {
  const color = familyColor(bar.event.chaser.family);
  const label = describeBar(bar);
  const [x, y, width] = [px(bar.x), px(bar.y), px(bar.width)];
  const h = GEOMETRY.barHeight;
  const tail = Math.min(GEOMETRY.currentTail, width);
  return (
    <g role="listitem">
      <a href={bar.event.href} aria-label={label}>
        <title>{label}</title>
        <rect x={x} y={y} width={width} height={h} rx={3} className={color.bar} />
        {bar.current && (
          <>
            <rect
              x={px(x + width - tail)}
              y={y}
              width={tail}
              height={h}
              fill={`url(#${stripesId})`}
            />
            {!bar.clippedEnd && (
              <path
                d={`M${px(x + width)} ${y + 3}l6 ${h / 2 - 3}-6 ${h / 2 - 3}z`}
                className={color.bar}
              />
            )}
          </>
        )}
        {bar.labelText && (
          <text x={px(x + GEOMETRY.labelPadding)} y={y + h / 2} dy="0.35em" className={color.text}>
            {bar.labelText}
          </text>
        )}
      </a>
    </g>
  );
}
