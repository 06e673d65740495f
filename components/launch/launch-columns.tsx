import { RowLink } from '@/components/list/card-parts';
import type { Column } from '@/components/list/results-table';
import { LocalTime } from '@/components/time/local-time';
import type { LaunchSummary } from '@/lib/domain/launch';
import { LaunchStatusBadge } from './launch-card';

/** `mode=list` rows: LL2's list mode carries name, status and NET. */
export const launchColumns: Column<LaunchSummary>[] = [
  {
    id: 'name',
    header: 'Launch',
    cell: (l) => <RowLink href={l.href}>{l.name}</RowLink>,
    className: 'min-w-56',
  },
  { id: 'status', header: 'Status', cell: (l) => <LaunchStatusBadge status={l.status} /> },
  {
    id: 'net',
    header: 'NET',
    cell: (l) => (
      <LocalTime iso={l.net} precision={l.netPrecision} relative={false} fallback="TBA" />
    ),
    className: 'whitespace-nowrap',
  },
];
