import { safeHttpUrl } from '@/lib/format/url';

export interface ExternalLinkProps {
  /** Any value from LL2: only http(s) becomes a link; otherwise the children show as text. */
  href: string | null | undefined;
  /** Open in a new tab (announced to screen readers). Default true. */
  newTab?: boolean;
  className?: string;
  children: React.ReactNode;
}

/** A link off the site, marked with an arrow and `rel="noopener noreferrer"`. */
export function ExternalLink({ href, newTab = true, className = '', children }: ExternalLinkProps) {
  const url = safeHttpUrl(href);
  if (url === null) return <span className={className}>{children}</span>;
  return (
    <a
      href={url}
      rel="noopener noreferrer"
      target={newTab ? '_blank' : undefined}
      className={`text-link inline-flex items-baseline gap-0.5 font-medium underline decoration-current/30 underline-offset-2 hover:decoration-current ${className}`}
    >
      {children}
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        className="size-3 shrink-0 self-center"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.75"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 3h7v7M13 3 4 12" />
      </svg>
      <span className="sr-only">
        {newTab ? ' (external link, opens in a new tab)' : ' (external link)'}
      </span>
    </a>
  );
}
