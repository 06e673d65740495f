import { Link } from '@/components/ui/link';

/** "All 42 launches →": the way from a short related list to the full, filterable list. */
export function ViewAllLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      className="text-link inline-flex items-center gap-1 font-medium hover:underline"
    >
      {children}
      <span aria-hidden="true">→</span>
    </Link>
  );
}
