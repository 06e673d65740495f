import { ResourceCard } from '@/components/list/resource-card';
import { Badge } from '@/components/ui/badge';
import { dayFact, listFact } from '@/components/ui/fact-values';
import type { ProgramSummary } from '@/lib/domain/program';

/** A program (ISS, Artemis, Soyuz) in a list; programs are few, so every card has its blurb. */
export function ProgramCard({ program }: { program: ProgramSummary }) {
  return (
    <ResourceCard
      image={{ image: program.image, fallbackAlt: program.name, icon: 'image' }}
      badges={program.type ? <Badge tone="info">{program.type}</Badge> : null}
      href={program.href}
      title={program.name}
      facts={[
        ['Started', dayFact(program.startDate)],
        ['Ended', dayFact(program.endDate)],
        ['Agencies', listFact(program.agencies)],
      ]}
      detailed
      blurb={program.description}
      blurbLines={3}
    />
  );
}
