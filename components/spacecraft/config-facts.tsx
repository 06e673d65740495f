import { Facts } from '@/components/detail/facts';
import { LocalTime } from '@/components/time/local-time';
import { linkFact, yesNo } from '@/components/ui/fact-values';
import type { SpacecraftConfigDetail } from '@/lib/domain/spacecraft-config-detail';

const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat('en-US');

function outcome(
  successful: number | null,
  total: number | null,
  failed: number | null,
): string | null {
  if (total === null && successful === null) return null;
  const parts = [
    successful !== null ? `${whole.format(successful)} successful` : null,
    failed ? `${whole.format(failed)} failed` : null,
  ];
  return `${total !== null ? whole.format(total) : '?'}${parts.some(Boolean) ? ` (${parts.filter(Boolean).join(', ')})` : ''}`;
}

/** A configuration's specifications and record, for the side card. */
export function ConfigFacts({ config: c }: { config: SpacecraftConfigDetail }) {
  return (
    <Facts
      facts={[
        { label: 'Type', value: c.type },
        {
          label: 'Agency',
          value: linkFact(c.agency),
        },
        { label: 'In use', value: yesNo(c.inUse) },
        { label: 'Human-rated', value: yesNo(c.humanRated) },
        { label: 'Crew capacity', value: c.crewCapacity },
        {
          label: 'Maiden flight',
          value: c.maidenFlight ? <LocalTime iso={c.maidenFlight.iso} precision="Day" /> : null,
        },
        { label: 'Height', value: c.height !== null ? `${decimal.format(c.height)} m` : null },
        {
          label: 'Diameter',
          value: c.diameter !== null ? `${decimal.format(c.diameter)} m` : null,
        },
        {
          label: 'Payload to orbit',
          value: c.payloadCapacity !== null ? `${whole.format(c.payloadCapacity)} kg` : null,
        },
        {
          label: 'Payload returned',
          value:
            c.payloadReturnCapacity !== null ? `${whole.format(c.payloadReturnCapacity)} kg` : null,
        },
        { label: 'Flight life', value: c.flightLife },
        { label: 'Spacecraft flown', value: c.spacecraftFlown },
        {
          label: 'Launches',
          value: outcome(c.launches.successful, c.launches.total, c.launches.failed),
        },
        {
          label: 'Landings',
          value: outcome(c.landings.successful, c.landings.attempted, c.landings.failed),
        },
        { label: 'Fastest turnaround', value: c.fastestTurnaround?.text },
      ]}
    />
  );
}
