import { RowLink } from '@/components/list/card-parts';
import type { Column } from '@/components/list/results-table';
import { dayFact } from '@/components/ui/fact-values';
import type { AstronautSummary } from '@/lib/domain/astronaut';

/** `mode=list` rows. */
export const astronautColumns: Column<AstronautSummary>[] = [
  {
    id: 'name',
    header: 'Astronaut',
    cell: (a) => <RowLink href={a.href}>{a.name}</RowLink>,
    className: 'min-w-48',
  },
  { id: 'agency', header: 'Agency', cell: (a) => a.agency?.abbrev ?? a.agency?.name ?? '—' },
  {
    id: 'nationality',
    header: 'Nationality',
    cell: (a) => a.nationalities.map((n) => n.name).join(', ') || '—',
  },
  {
    id: 'flights',
    header: 'Flights',
    cell: (a) => (a.flights !== null ? a.flights : '—'),
    className: 'text-right',
  },
  {
    id: 'first',
    header: 'First flight',
    cell: (a) => dayFact(a.firstFlight) ?? '—',
    className: 'whitespace-nowrap',
  },
];
