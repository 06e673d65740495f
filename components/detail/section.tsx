import { useId } from 'react';

export interface DetailSectionProps {
  title: string;
  /** An anchor for links into the section (`#docking-history`). */
  id?: string;
  /** Shown under the heading ("From the LL2 docking log"). */
  description?: React.ReactNode;
  /** A link at the end of the heading row ("All 42 launches"). */
  action?: React.ReactNode;
  className?: string;
  children: React.ReactNode;
}

/** A titled block of a detail page; callers leave it out when there is nothing to show. */
export function DetailSection({
  title,
  id: anchor,
  description,
  action,
  className = '',
  children,
}: DetailSectionProps) {
  const id = useId();
  return (
    <section id={anchor} aria-labelledby={id} className={`min-w-0 scroll-mt-28 ${className}`}>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-x-4 gap-y-1">
        <div className="min-w-0">
          <h2 id={id} className="text-ink text-xl font-semibold">
            {title}
          </h2>
          {description ? <p className="text-ink-muted mt-1 text-sm">{description}</p> : null}
        </div>
        {action ? <div className="text-sm">{action}</div> : null}
      </div>
      {children}
    </section>
  );
}
