import { RowLink } from '@/components/list/card-parts';
import type { Column } from '@/components/list/results-table';
import { ExternalLink } from '@/components/ui/external-link';
import type { ProgramSummary } from '@/lib/domain/program';

/** `mode=list` rows: LL2's list mode carries the name and links. */
export const programColumns: Column<ProgramSummary>[] = [
  {
    id: 'name',
    header: 'Program',
    cell: (p) => <RowLink href={p.href}>{p.name}</RowLink>,
    className: 'min-w-56',
  },
  {
    id: 'links',
    header: 'Links',
    cell: (p) => (
      <span className="flex flex-wrap gap-3">
        {p.wikiUrl ? <ExternalLink href={p.wikiUrl}>Wikipedia</ExternalLink> : null}
        {p.infoUrl ? <ExternalLink href={p.infoUrl}>Website</ExternalLink> : null}
        {!p.wikiUrl && !p.infoUrl ? '—' : null}
      </span>
    ),
  },
];
