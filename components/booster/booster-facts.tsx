import { Facts } from '@/components/detail/facts';
import { LocalTime } from '@/components/time/local-time';
import { Link } from '@/components/ui/link';
import type { BoosterDetail } from '@/lib/domain/booster-detail';

const whole = new Intl.NumberFormat('en-US');

function yesNo(value: boolean | null): string | null {
  return value === null ? null : value ? 'Yes' : 'No';
}

/** A booster's rocket, flights and landings, for the side card. */
export function BoosterFacts({ booster: b }: { booster: BoosterDetail }) {
  return (
    <Facts
      facts={[
        {
          label: 'Rocket',
          value: b.rocket ? (
            <Link href={b.rocket.href} className="text-link hover:underline">
              {b.rocket.name}
            </Link>
          ) : null,
        },
        { label: 'Status', value: b.status?.name },
        { label: 'Flight-proven', value: yesNo(b.flightProven) },
        { label: 'Flights', value: b.flights !== null ? whole.format(b.flights) : null },
        {
          label: 'Landings',
          value:
            b.attemptedLandings !== null || b.successfulLandings !== null
              ? `${whole.format(b.successfulLandings ?? 0)} of ${whole.format(b.attemptedLandings ?? 0)} attempted`
              : null,
        },
        {
          label: 'First launch',
          value: b.firstLaunch ? (
            <LocalTime iso={b.firstLaunch.iso} precision="Day" relative={false} />
          ) : null,
        },
        {
          label: 'Last launch',
          value: b.lastLaunch ? (
            <LocalTime iso={b.lastLaunch.iso} precision="Day" relative={false} />
          ) : null,
        },
        { label: 'Fastest turnaround', value: b.fastestTurnaround?.text },
      ]}
    />
  );
}
