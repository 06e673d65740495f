import { Facts } from '@/components/detail/facts';
import { dayFact, linkFact, yesNo } from '@/components/ui/fact-values';
import type { BoosterDetail } from '@/lib/domain/booster-detail';

const whole = new Intl.NumberFormat('en-US');

/** A booster's rocket, flights and landings, for the side card. */
export function BoosterFacts({ booster: b }: { booster: BoosterDetail }) {
  return (
    <Facts
      facts={[
        {
          label: 'Rocket',
          value: linkFact(b.rocket),
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
          value: dayFact(b.firstLaunch?.iso),
        },
        {
          label: 'Last launch',
          value: dayFact(b.lastLaunch?.iso),
        },
        { label: 'Fastest turnaround', value: b.fastestTurnaround?.text },
      ]}
    />
  );
}
