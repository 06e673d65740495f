export interface Fact {
  label: string;
  /** `null`, `undefined`, `false` and `''` leave the row out. */
  value: React.ReactNode;
}

function present(value: React.ReactNode): boolean {
  return value !== null && value !== undefined && value !== false && value !== '';
}

/** Label/value rows as a <dl>; rows without a value are dropped, and no rows render nothing. */
export function Facts({
  facts,
  columns = 1,
  className = '',
}: {
  facts: readonly Fact[];
  columns?: 1 | 2;
  className?: string;
}) {
  const shown = facts.filter((f) => present(f.value));
  if (shown.length === 0) return null;
  return (
    <dl className={`grid gap-x-8 text-sm ${columns === 2 ? 'sm:grid-cols-2' : ''} ${className}`}>
      {shown.map((fact) => (
        <div
          key={fact.label}
          className={`border-line flex min-w-0 items-baseline justify-between gap-4 border-t py-2.5 first:border-t-0 ${columns === 2 ? 'sm:[&:nth-child(2)]:border-t-0' : ''}`}
        >
          <dt className="text-ink-muted shrink-0">{fact.label}</dt>
          <dd className="text-ink min-w-0 text-right font-medium break-words">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
