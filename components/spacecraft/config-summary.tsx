import { Link } from '@/components/ui/link';
import { Facts } from '@/components/detail/facts';
import { Card } from '@/components/ui/card';
import { linkFact, yesNo } from '@/components/ui/fact-values';
import type { SpacecraftConfigBrief } from '@/lib/domain/spacecraft-config-detail';
import { FamilyTree } from './family-tree';

/** What a spacecraft is: its configuration, type, maker and family. */
export function ConfigSummary({ config }: { config: SpacecraftConfigBrief }) {
  return (
    <Card>
      <p className="text-ink-muted text-xs font-semibold tracking-wide uppercase">Configuration</p>
      <p className="text-ink mt-1 text-lg font-semibold">
        {config.link ? (
          <Link href={config.link.href} className="hover:underline">
            {config.name}
          </Link>
        ) : (
          config.name
        )}
      </p>
      {config.families.length ? (
        <div className="mt-3">
          <FamilyTree
            families={config.families}
            leaf={{ name: config.name, href: config.link?.href ?? null }}
          />
        </div>
      ) : null}
      <Facts
        className="mt-4"
        columns={2}
        facts={[
          { label: 'Type', value: config.type },
          {
            label: 'Agency',
            value: linkFact(config.agency),
          },
          { label: 'Human-rated', value: yesNo(config.humanRated) },
          { label: 'Crew capacity', value: config.crewCapacity },
          { label: 'In use', value: yesNo(config.inUse) },
        ]}
      />
    </Card>
  );
}
