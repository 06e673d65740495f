import { formatCount, RowLink } from '@/components/list/card-parts';
import type { Column } from '@/components/list/results-table';
import type { RocketSummary } from '@/lib/domain/rocket';

/** `mode=list` rows: LL2's list mode carries the name, family and variant. */
export const rocketColumns: Column<RocketSummary>[] = [
  {
    id: 'name',
    header: 'Rocket',
    cell: (r) => <RowLink href={r.href}>{r.name}</RowLink>,
    className: 'min-w-56',
  },
  { id: 'family', header: 'Family', cell: (r) => r.family ?? '—' },
  { id: 'variant', header: 'Variant', cell: (r) => r.variant ?? '—', className: 'max-sm:hidden' },
  {
    id: 'launches',
    header: 'Launches',
    cell: (r) => formatCount(r.totalLaunches) ?? '—',
    className: 'numeric text-right',
  },
];
