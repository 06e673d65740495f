import { Link } from '@/components/ui/link';

const numberFormat = new Intl.NumberFormat('en-US');

export interface PaginationProps {
  total: number;
  limit: number;
  offset: number;
  /** Builds the URL for an offset; use the resource's createUrl helper so filters are kept. */
  hrefFor: (offset: number) => string;
  /** Landmark name; change it only when a page has two paginated lists. */
  label?: string;
  className?: string;
}

export interface PageWindow {
  /** 1-based index of the first item shown, 0 when there are none. */
  from: number;
  to: number;
  first: number | null;
  prev: number | null;
  next: number | null;
  last: number | null;
  page: number;
  pages: number;
}

/** Offsets for first/prev/next/last (null when that link would go nowhere). */
export function pageWindow(total: number, limit: number, offset: number): PageWindow {
  const size = Math.max(1, Math.floor(limit));
  const count = Math.max(0, Math.floor(total));
  const at = Math.max(0, Math.floor(offset));
  const lastOffset = count === 0 ? 0 : Math.floor((count - 1) / size) * size;
  const onFirst = at === 0;
  const onLast = at >= lastOffset;
  return {
    from: count === 0 || at >= count ? 0 : at + 1,
    to: Math.min(at + size, count),
    first: onFirst ? null : 0,
    prev: onFirst ? null : Math.min(Math.max(0, at - size), lastOffset),
    next: onLast ? null : at + size,
    last: onLast ? null : lastOffset,
    page: Math.floor(at / size) + 1,
    pages: Math.max(1, Math.ceil(count / size)),
  };
}

const ICONS = {
  first: 'M11 17l-5-5 5-5M18 17l-5-5 5-5',
  prev: 'M15 18l-6-6 6-6',
  next: 'M9 18l6-6-6-6',
  last: 'M13 17l5-5-5-5M6 17l5-5-5-5',
} as const;

const LABELS = {
  first: 'First page',
  prev: 'Previous page',
  next: 'Next page',
  last: 'Last page',
} as const;

function PageLink({
  kind,
  offset,
  hrefFor,
}: {
  kind: keyof typeof ICONS;
  offset: number | null;
  hrefFor: (offset: number) => string;
}) {
  const icon = (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={ICONS[kind]} />
    </svg>
  );
  const wide = kind === 'prev' || kind === 'next';
  const base = `inline-flex h-9 items-center justify-center gap-1 rounded-lg border text-sm font-medium ${
    wide ? 'px-3' : 'w-9'
  }`;
  const text = wide ? (
    <span className="max-sm:sr-only">{kind === 'prev' ? 'Previous' : 'Next'}</span>
  ) : (
    <span className="sr-only">{LABELS[kind]}</span>
  );
  const content =
    kind === 'next' || kind === 'last' ? (
      <>
        {text}
        {icon}
      </>
    ) : (
      <>
        {icon}
        {text}
      </>
    );

  if (offset === null) {
    return (
      <span
        aria-disabled="true"
        title={LABELS[kind]}
        className={`${base} border-line text-ink-subtle cursor-not-allowed opacity-60`}
      >
        {content}
      </span>
    );
  }
  return (
    <Link
      href={hrefFor(offset)}
      rel={kind === 'prev' ? 'prev' : kind === 'next' ? 'next' : undefined}
      title={LABELS[kind]}
      className={`${base} border-line bg-surface text-ink shadow-card hover:border-line-strong hover:bg-surface-muted`}
    >
      {content}
    </Link>
  );
}

/** "Showing 11–20 of 348" with first/previous/next/last links. */
export function Pagination({
  total,
  limit,
  offset,
  hrefFor,
  label = 'Pagination',
  className = '',
}: PaginationProps) {
  const w = pageWindow(total, limit, offset);
  return (
    <nav
      aria-label={label}
      className={`flex flex-wrap items-center justify-between gap-3 ${className}`}
    >
      <p className="text-ink-muted text-sm" aria-live="polite">
        {w.from === 0 ? (
          total > 0 ? (
            <>Past the end of {numberFormat.format(total)} results</>
          ) : (
            <>No results</>
          )
        ) : (
          <>
            Showing{' '}
            <span className="numeric text-ink font-medium">{numberFormat.format(w.from)}</span>–
            <span className="numeric text-ink font-medium">{numberFormat.format(w.to)}</span> of{' '}
            <span className="numeric text-ink font-medium">{numberFormat.format(total)}</span>
          </>
        )}
      </p>
      <div className="flex items-center gap-1.5">
        <PageLink kind="first" offset={w.first} hrefFor={hrefFor} />
        <PageLink kind="prev" offset={w.prev} hrefFor={hrefFor} />
        <span className="numeric text-ink-muted px-2 text-sm">
          Page {numberFormat.format(w.page)} of {numberFormat.format(w.pages)}
        </span>
        <PageLink kind="next" offset={w.next} hrefFor={hrefFor} />
        <PageLink kind="last" offset={w.last} hrefFor={hrefFor} />
      </div>
    </nav>
  );
}
