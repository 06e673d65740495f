import { Facts } from '@/components/detail/facts';
import { dayFact, linkFact, yesNo } from '@/components/ui/fact-values';
import type { RocketDetail } from '@/lib/domain/rocket-detail';

const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat('en-US');
const money = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 1,
});

const unit = (value: number | null, suffix: string, format = decimal) =>
  value !== null ? `${format.format(value)} ${suffix}` : null;

function stages(min: number | null, max: number | null): string | null {
  if (min === null && max === null) return null;
  if (min === null || max === null || min === max) return String(min ?? max);
  return `${min}–${max}`;
}

/** A rocket's maker, family and specifications, for the side card. */
export function RocketFacts({ rocket: r }: { rocket: RocketDetail }) {
  return (
    <Facts
      facts={[
        {
          label: 'Manufacturer',
          value: linkFact(r.manufacturer),
        },
        { label: 'Family', value: r.family },
        { label: 'Variant', value: r.variant },
        { label: 'Also known as', value: r.alias },
        {
          label: 'Maiden flight',
          value: dayFact(r.maidenFlight?.iso),
        },
        { label: 'Active', value: yesNo(r.active) },
        { label: 'Reusable', value: yesNo(r.reusable) },
        { label: 'Length', value: unit(r.length, 'm') },
        { label: 'Diameter', value: unit(r.diameter, 'm') },
        { label: 'Launch mass', value: unit(r.launchMass, 't') },
        { label: 'Liftoff thrust', value: unit(r.thrust, 'kN', whole) },
        { label: 'Stages', value: stages(r.minStages, r.maxStages) },
        { label: 'To low Earth orbit', value: unit(r.leoCapacity, 'kg', whole) },
        { label: 'To geostationary transfer', value: unit(r.gtoCapacity, 'kg', whole) },
        {
          label: 'Cost per launch',
          value: r.launchCost ? (
            <span title={`${whole.format(r.launchCost)} US dollars`}>
              {money.format(r.launchCost)}
            </span>
          ) : null,
        },
      ]}
    />
  );
}
