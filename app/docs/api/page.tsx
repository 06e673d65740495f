import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { ResourceDoc } from '@/components/docs/resource-doc';
import { resourceList } from '@/lib/resources';

export const metadata: Metadata = {
  title: 'API',
  description:
    'A Launch Library 2 compatible JSON API: the same endpoints, filters, search, ordering, modes and paging as LL2 2.3.0, served from our store.',
  alternates: { canonical: '/docs/api' },
};

export default function ApiDocsPage() {
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight">API</h1>
      <p className="mt-3 max-w-3xl text-ink-muted">
        Every list on this site is also a JSON endpoint that answers exactly like The Space Devs’ Launch Library 2
        (2.3.0): <code className="font-mono">{'{count, next, previous, results}'}</code>, absolute paging links,{' '}
        <code className="font-mono">response_mode</code> on each record, HTTP 400 naming each invalid parameter, and{' '}
        <code className="font-mono">{'{"detail": "Not found."}'}</code> for an unknown id. Point an existing LL2 client at{' '}
        <code className="font-mono">/api/2.3.0/</code>. A page URL such as{' '}
        <Link className="text-link underline" href="/agencies?founding_year__gte=2015&ordering=-total_launch_count">
          /agencies?founding_year__gte=2015&amp;ordering=-total_launch_count
        </Link>{' '}
        is the same query as{' '}
        {/* A JSON endpoint, not a page: a plain link so Next does not prefetch it. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a className="text-link underline" href="/api/2.3.0/agencies/?founding_year__gte=2015&ordering=-total_launch_count">
          /api/2.3.0/agencies/?founding_year__gte=2015&amp;ordering=-total_launch_count
        </a>
        .
      </p>
      <nav aria-label="Resources" className="mt-6 flex flex-wrap gap-2 text-sm">
        {resourceList.map((def) => (
          <a key={def.key} href={`#doc-${def.key}`} className="rounded-full border border-line px-3 py-1 hover:border-line-strong">
            {def.plural}
          </a>
        ))}
      </nav>
      <div className="mt-8 space-y-10">
        {resourceList.map((def) => (
          <ResourceDoc key={def.key} def={def} />
        ))}
      </div>
    </div>
  );
}
