const numberFormat = new Intl.NumberFormat('en-US');

export interface StatProps {
  label: string;
  /** A number is grouped ("1,234"); null shows a dash that reads "unknown". */
  value: number | string | null | undefined;
  /** Small text under the number ("since 1957"). */
  hint?: React.ReactNode;
  className?: string;
}

/** One figure: use inside <StatGrid> (a <dl>). */
export function Stat({ label, value, hint, className = '' }: StatProps) {
  const shown = typeof value === 'number' ? numberFormat.format(value) : value;
  return (
    <div className={`border-line bg-surface shadow-card rounded-xl border px-4 py-3 ${className}`}>
      <dt className="text-ink-muted text-xs font-medium tracking-wide uppercase">{label}</dt>
      <dd className="numeric text-ink mt-1 text-2xl font-semibold">
        {shown === null || shown === undefined || shown === '' ? (
          <>
            <span aria-hidden="true">—</span>
            <span className="sr-only">unknown</span>
          </>
        ) : (
          shown
        )}
      </dd>
      {hint ? <dd className="text-ink-muted mt-0.5 text-xs">{hint}</dd> : null}
    </div>
  );
}

export function StatGrid({
  className = '',
  children,
}: {
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <dl className={`grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4 ${className}`}>
      {children}
    </dl>
  );
}
