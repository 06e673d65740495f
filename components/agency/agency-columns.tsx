import { RowLink } from '@/components/list/card-parts';
import type { Column } from '@/components/list/results-table';
import type { AgencySummary } from '@/lib/domain/agency';

/** `mode=list` rows: LL2's list mode carries name, abbreviation and type. */
export const agencyColumns: Column<AgencySummary>[] = [
  {
    id: 'name',
    header: 'Agency',
    cell: (a) => <RowLink href={a.href}>{a.name}</RowLink>,
    className: 'min-w-56',
  },
  { id: 'abbrev', header: 'Abbreviation', cell: (a) => a.abbrev ?? '—' },
  { id: 'type', header: 'Type', cell: (a) => a.type ?? '—' },
];
