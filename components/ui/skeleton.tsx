/** A shimmering block; size it with classes (`h-4 w-32`). Hidden from assistive tech. */
export function Skeleton({ className = '' }: { className?: string }) {
  return <div aria-hidden="true" className={`skeleton ${className}`} />;
}

/** Lines of text, the last one shorter. */
export function SkeletonText({
  lines = 3,
  className = '',
}: {
  lines?: number;
  className?: string;
}) {
  return (
    <div aria-hidden="true" className={`space-y-2 ${className}`}>
      {Array.from({ length: lines }, (_, i) => (
        <div
          key={i}
          className={`skeleton h-3.5 ${i === lines - 1 && lines > 1 ? 'w-2/3' : 'w-full'}`}
        />
      ))}
    </div>
  );
}

/** The shape of a list card: image, title, two lines. */
export function SkeletonCard({ className = '' }: { className?: string }) {
  return (
    <div
      aria-hidden="true"
      className={`border-line bg-surface shadow-card rounded-2xl border p-4 ${className}`}
    >
      <div className="skeleton aspect-video w-full rounded-xl" />
      <div className="skeleton mt-4 h-5 w-3/4" />
      <SkeletonText lines={2} className="mt-3" />
    </div>
  );
}

/**
 * Wrap skeletons with this in loading.tsx so screen readers hear one "Loading…" instead of
 * nothing.
 */
export function LoadingRegion({
  label = 'Loading…',
  className = '',
  children,
}: {
  label?: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div role="status" aria-busy="true" className={className}>
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}
