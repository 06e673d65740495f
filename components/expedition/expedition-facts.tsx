import { Facts } from '@/components/detail/facts';
import { LocalTime } from '@/components/time/local-time';
import { Link } from '@/components/ui/link';
import type { ExpeditionDetail } from '@/lib/domain/expedition';

export function ExpeditionFacts({ expedition: e }: { expedition: ExpeditionDetail }) {
  return (
    <Facts
      facts={[
        {
          label: 'Station',
          value: e.station ? (
            <Link
              href={e.station.href}
              className="text-link underline decoration-current/40 underline-offset-2"
            >
              {e.station.name}
            </Link>
          ) : null,
        },
        {
          label: 'Start',
          value: e.startMoment ? <LocalTime iso={e.startMoment.iso} precision="Minute" /> : null,
        },
        {
          label: 'End',
          value: e.endMoment ? (
            <LocalTime iso={e.endMoment.iso} precision="Minute" />
          ) : e.startMoment ? (
            'Not ended'
          ) : null,
        },
        {
          label: e.endMoment ? 'Duration' : 'So far',
          value: e.durationDays !== null ? `${e.durationDays.toLocaleString('en-US')} days` : null,
        },
        { label: 'Crew', value: e.crewMembers.length ? String(e.crewMembers.length) : null },
      ]}
    />
  );
}
