import { Facts } from '@/components/detail/facts';
import type { SpacecraftDetail } from '@/lib/domain/spacecraft-detail';

/** Serial, status and time-in-space figures (ISO 8601 durations, humanised). */
export function SpacecraftFacts({ spacecraft }: { spacecraft: SpacecraftDetail }) {
  const s = spacecraft;
  return (
    <Facts
      facts={[
        { label: 'Serial number', value: s.serial },
        { label: 'Status', value: s.status?.name },
        { label: 'In space now', value: s.inSpace === null ? null : s.inSpace ? 'Yes' : 'No' },
        { label: 'Flights', value: s.flightsCount },
        { label: 'Missions ended', value: s.missionEndsCount },
        {
          label: 'Time in space',
          value: s.timeInSpace ? <span title={s.timeInSpace.iso}>{s.timeInSpace.text}</span> : null,
        },
        {
          label: 'Time docked',
          value: s.timeDocked ? <span title={s.timeDocked.iso}>{s.timeDocked.text}</span> : null,
        },
        {
          label: 'Fastest turnaround',
          value: s.fastestTurnaround ? (
            <span title={s.fastestTurnaround.iso}>{s.fastestTurnaround.text}</span>
          ) : null,
        },
        { label: 'Placeholder record', value: s.placeholder ? 'Yes — details to come' : null },
      ]}
    />
  );
}
