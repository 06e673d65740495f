import { Facts } from '@/components/detail/facts';
import { LocalTime } from '@/components/time/local-time';
import type { ProgramDetail } from '@/lib/domain/program-detail';

export function ProgramFacts({ program: p }: { program: ProgramDetail }) {
  return (
    <Facts
      facts={[
        { label: 'Type', value: p.type },
        {
          label: 'Started',
          value: p.start ? <LocalTime iso={p.start.iso} precision="Day" /> : null,
        },
        {
          label: 'Ended',
          value: p.end ? <LocalTime iso={p.end.iso} precision="Day" /> : p.start ? 'Ongoing' : null,
        },
      ]}
    />
  );
}
