import { ExternalLink } from '@/components/ui/external-link';
import type { WebLink } from '@/lib/domain/detail-shared';
import { displayHost } from '@/lib/format/url';

/** Official site, Wikipedia, social accounts: off-site links with their host shown. */
export function WebLinks({ links }: { links: readonly WebLink[] }) {
  if (links.length === 0) return null;
  return (
    <ul className="space-y-2 text-sm">
      {links.map((link) => (
        <li key={link.url} className="flex flex-wrap items-baseline gap-x-2">
          <ExternalLink href={link.url}>{link.label}</ExternalLink>
          <span className="text-ink-muted text-xs">{displayHost(link.url)}</span>
        </li>
      ))}
    </ul>
  );
}
