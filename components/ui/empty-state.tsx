export interface EmptyStateProps {
  title: string;
  description?: React.ReactNode;
  /** A link or button that gets the reader unstuck ("Clear filters"). */
  action?: React.ReactNode;
  /** Heading level that fits the page outline. */
  level?: 2 | 3;
  className?: string;
}

/** Shown instead of a list with no results. */
export function EmptyState({
  title,
  description,
  action,
  level = 2,
  className = '',
}: EmptyStateProps) {
  const Heading = `h${level}` as const;
  return (
    <div
      className={`border-line-strong bg-surface/60 flex flex-col items-center rounded-2xl border border-dashed px-6 py-12 text-center ${className}`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 48 48"
        className="text-ink-subtle mb-4 size-12"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
      >
        <circle cx="24" cy="24" r="7" />
        <ellipse
          cx="24"
          cy="24"
          rx="20"
          ry="8"
          transform="rotate(-20 24 24)"
          strokeDasharray="3 4"
        />
        <circle cx="41" cy="17" r="2" fill="currentColor" />
      </svg>
      <Heading className="text-ink text-lg font-semibold">{title}</Heading>
      {description ? (
        <div className="text-ink-muted mt-1.5 max-w-md text-sm">{description}</div>
      ) : null}
      {action ? <div className="mt-5">{action}</div> : null}
    </div>
  );
}
