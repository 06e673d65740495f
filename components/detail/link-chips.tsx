import { Link } from '@/components/ui/link';
import type { RecordLink } from '@/lib/domain/detail-shared';

/** A few related records as pill links (programs, owners, agencies). */
export function LinkChips({ links, label }: { links: readonly RecordLink[]; label: string }) {
  if (links.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {links.map((l) => (
        <li key={l.href}>
          <Link
            href={l.href}
            className="border-line bg-surface text-ink shadow-card hover:border-line-strong hover:bg-surface-muted inline-flex items-center rounded-full border px-3 py-1 text-sm font-medium"
          >
            {l.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
