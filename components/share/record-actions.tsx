import { ExternalLink } from '@/components/ui/external-link';
import type { VideoLink } from '@/lib/domain/media-links';
import { CalendarLink } from './calendar-link';

export interface RecordActionsProps {
  /** The record's canonical path (`/launches/crew-9`). */
  path: string;
  /** Whether the record has a date a calendar can hold. */
  dated: boolean;
  webcasts: readonly VideoLink[];
}

/** A launch's or event's "Add to calendar" and its webcast, for the detail header. */
export function RecordActions({ path, dated, webcasts }: RecordActionsProps) {
  const webcast = webcasts.find((v) => v.live) ?? webcasts[0];
  return (
    <>
      {dated ? <CalendarLink kind="item" detailPath={path} /> : null}
      {webcast ? (
        <ExternalLink href={webcast.url} className="text-sm">
          {webcast.live ? 'Watch live' : 'Watch webcast'}
        </ExternalLink>
      ) : null}
    </>
  );
}
