import { DetailSection } from '@/components/detail/section';
import { LocalTime } from '@/components/time/local-time';
import { Link } from '@/components/ui/link';
import { unlessUnavailable } from '@/lib/home/highlights';
import { getPeopleInSpace, type PeopleInSpace as People } from '@/lib/home/people';
import { LiveSectionUnavailable } from './slow-section';

const LINK = 'text-link font-medium underline-offset-2 hover:underline';

/** "As of 20 Apr 2025, from the saved snapshot": a count of people is only as current as its data. */
function AsOf({ status }: { status: People['status'] }) {
  if (!status?.asOf) return null;
  const precision = status.origin === 'snapshot' ? 'Day' : 'Minute';
  return (
    <>
      As of <LocalTime iso={status.asOf} precision={precision} relative={false} />
      {status.origin === 'snapshot' ? ', the date of the saved snapshot, not synced since' : null}
    </>
  );
}

export async function PeopleInSpace() {
  const people = await unlessUnavailable(getPeopleInSpace());
  if (!people) return <LiveSectionUnavailable title="People in space now" />;
  const { count, source } = people;
  return (
    <DetailSection
      title="People in space now"
      description={<AsOf status={people.status} />}
      action={
        <Link href={people.href} className="text-link font-medium hover:underline">
          {source === 'astronauts' ? 'Everyone in space' : 'Crewed stations'}
          <span aria-hidden="true"> →</span>
        </Link>
      }
    >
      <p className="text-ink text-lg">
        <strong className="text-3xl font-semibold tabular-nums">{count}</strong>{' '}
        {count === 1 ? 'person' : 'people'}{' '}
        {source === 'stations' ? 'aboard the space stations, by their crew counts' : 'in space'}
      </p>
      {people.people.length ? (
        <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-2">
          {people.people.map((p) => (
            <li key={p.href}>
              <Link href={p.href} className={LINK}>
                {p.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {people.stations.length ? (
        <ul className="mt-3 space-y-1">
          {people.stations.map((s) => (
            <li key={s.station.href}>
              <Link href={s.station.href} className={LINK}>
                {s.station.name}
              </Link>
              <span className="text-ink-muted">: {s.crew} on board</span>
            </li>
          ))}
        </ul>
      ) : null}
    </DetailSection>
  );
}
