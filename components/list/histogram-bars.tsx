'use client';

import { Link } from '@/components/ui/link';

/**
 * One bar: its key (`2024`, `2024-06`), its accessible label ("Jun 2024: 1,234 launches"), its
 * height in percent of the tallest bar ("45.2"), the list narrowed to it (null when it is empty)
 * and whether the list is narrowed to it already.
 */
export type HistogramBarData = readonly [
  bucket: string,
  label: string,
  percent: string,
  href: string | null,
  current: boolean,
];

/**
 * The histogram's bars, rendered from compact data: as server markup, each of 69 bars was a
 * link, a fill and their attributes in the RSC payload (~300 bytes and three elements each, every
 * render); as data it is one short array per bar. The server still renders the same HTML, so the
 * bars work without JavaScript. Bars are not prefetched: there can be seventy of them, each a
 * request to the server.
 */
export function HistogramBars({
  bars,
  label,
}: {
  bars: readonly HistogramBarData[];
  label: string;
}) {
  return (
    <ol className="hist mt-2" aria-label={label}>
      {bars.map(([bucket, barLabel, percent, href, current]) => {
        const fill = (
          <span
            aria-hidden="true"
            className={
              href === null
                ? 'hist-fill bg-line'
                : current
                  ? 'hist-fill bg-accent-strong'
                  : 'hist-fill'
            }
            style={{ height: href === null ? '2px' : `max(3px, ${percent}%)` }}
          />
        );
        return (
          <li key={bucket} aria-hidden={href === null || undefined}>
            {href === null ? (
              <span className="hist-bar">{fill}</span>
            ) : (
              <Link
                href={href}
                prefetch={false}
                aria-label={barLabel}
                title={barLabel}
                aria-current={current || undefined}
                className="hist-bar"
              >
                {fill}
              </Link>
            )}
          </li>
        );
      })}
    </ol>
  );
}
