import type { ReactNode } from 'react';

export interface Column<T> {
  id: string;
  header: string;
  cell: (item: T) => ReactNode;
  /** Classes for the column's cells (alignment, width, hiding on small screens). */
  className?: string;
}

/** The compact `mode=list` rendering: one row per record; the first column names it and links. */
export function ResultsTable<T>({
  items,
  columns,
  caption,
  getKey,
}: {
  items: T[];
  columns: Column<T>[];
  caption: string;
  getKey: (item: T) => string | number;
}) {
  const [first, ...rest] = columns;
  if (!first) return null;
  // The wrapper scrolls sideways on small screens, so it takes focus for keyboard scrolling.
  return (
    <section
      aria-label={caption}
      tabIndex={0}
      className="border-line bg-surface shadow-card overflow-x-auto rounded-2xl border"
    >
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-line bg-surface-muted text-ink-muted border-b text-xs">
          {/* On the row, not each cell: columns may add whitespace-nowrap too (no duplicate class). */}
          <tr className="whitespace-nowrap">
            {columns.map((c) => (
              <th key={c.id} scope="col" className={`px-3 py-2 font-medium ${c.className ?? ''}`}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-line divide-y">
          {items.map((item) => (
            <tr key={getKey(item)} data-result className="hover:bg-surface-muted/60">
              <th scope="row" className={`text-ink px-3 py-2 font-medium ${first.className ?? ''}`}>
                {first.cell(item)}
              </th>
              {rest.map((c) => (
                <td key={c.id} className={`text-ink-muted px-3 py-2 ${c.className ?? ''}`}>
                  {c.cell(item)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
