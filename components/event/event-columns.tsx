import { RowLink } from '@/components/list/card-parts';
import type { Column } from '@/components/list/results-table';
import { LocalTime } from '@/components/time/local-time';
import type { EventSummary } from '@/lib/domain/event';

/** `mode=list` rows. */
export const eventColumns: Column<EventSummary>[] = [
  {
    id: 'name',
    header: 'Event',
    cell: (e) => <RowLink href={e.href}>{e.name}</RowLink>,
    className: 'min-w-56',
  },
  { id: 'type', header: 'Type', cell: (e) => e.type ?? '—' },
  {
    id: 'date',
    header: 'Date',
    cell: (e) => (
      <LocalTime iso={e.date} precision={e.datePrecision} relative={false} fallback="TBA" />
    ),
    className: 'whitespace-nowrap',
  },
  { id: 'where', header: 'Where', cell: (e) => e.location ?? '—', className: 'max-md:hidden' },
];
