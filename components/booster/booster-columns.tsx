import { formatCount, RowLink } from '@/components/list/card-parts';
import type { Column } from '@/components/list/results-table';
import type { BoosterSummary } from '@/lib/domain/booster';

/** `mode=list` rows: LL2's list mode carries the serial, status and flight-proven flag. */
export const boosterColumns: Column<BoosterSummary>[] = [
  {
    id: 'serial',
    header: 'Booster',
    cell: (b) => <RowLink href={b.href}>{b.serial}</RowLink>,
    className: 'min-w-32',
  },
  { id: 'status', header: 'Status', cell: (b) => b.status ?? '—' },
  {
    id: 'proven',
    header: 'Flight-proven',
    cell: (b) => (b.flightProven === null ? '—' : b.flightProven ? 'Yes' : 'No'),
  },
  {
    id: 'flights',
    header: 'Flights',
    cell: (b) => formatCount(b.flights) ?? '—',
    className: 'numeric text-right',
  },
];
