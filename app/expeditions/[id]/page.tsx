import type { Metadata } from 'next';
import { DetailHeader } from '@/components/detail/detail-header';
import { DetailLayout } from '@/components/detail/detail-layout';
import { JsonLdScript } from '@/components/detail/json-ld';
import { DetailSection } from '@/components/detail/section';
import { ExpeditionFacts } from '@/components/expedition/expedition-facts';
import { CrewList } from '@/components/launch/launch-crew';
import { MissionPatches } from '@/components/program/mission-patches';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { dayFact } from '@/components/ui/fact-values';
import { detailCrumbs } from '@/lib/domain/detail-shared';
import { toExpeditionDetail } from '@/lib/domain/expedition';
import { breadcrumbLd, detailMetadata, siteUrl } from '@/lib/routing/detail-metadata';
import { requireDetail } from '@/lib/routing/detail-route';
import { describeExpedition, expeditionJsonLd } from '@/lib/seo/people';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record, path } = await requireDetail('expeditions', (await params).id);
  const expedition = toExpeditionDetail(record, new Date());
  return detailMetadata({
    title: expedition.station ? `${expedition.name} (${expedition.station.name})` : expedition.name,
    description: describeExpedition(record),
    path,
    image: expedition.patch,
  });
}

export default async function ExpeditionPage({ params }: Props) {
  const { record, path } = await requireDetail('expeditions', (await params).id);
  const e = toExpeditionDetail(record, new Date());
  const crumbs = detailCrumbs('expeditions', e.name, path);

  return (
    <DetailLayout
      header={
        <DetailHeader
          crumbs={crumbs}
          kicker="Expedition"
          title={e.name}
          badges={
            e.current ? (
              <Badge tone="success" dot>
                Aboard now
              </Badge>
            ) : null
          }
          subtitle={e.station?.name}
        />
      }
      aside={
        <Card className="empty:hidden">
          <ExpeditionFacts expedition={e} />
        </Card>
      }
    >
      <JsonLdScript
        data={[expeditionJsonLd(record, { siteUrl: siteUrl(), url: path }), breadcrumbLd(crumbs)]}
      />
      <DetailSection id="crew" title="Crew">
        {e.crewMembers.length ? (
          <CrewList crew={e.crewMembers} label={`Crew of ${e.name}`} />
        ) : (
          <p className="text-ink-muted">
            This copy of the expedition does not list its crew; a sync brings the full record.
          </p>
        )}
      </DetailSection>
      {e.spacewalks.length ? (
        <DetailSection title="Spacewalks">
          <ul className="border-line divide-line bg-surface divide-y rounded-2xl border">
            {e.spacewalks.map((w) => (
              <li key={w.key} className="flex flex-wrap justify-between gap-x-4 px-4 py-3">
                <span className="text-ink font-medium">{w.name}</span>
                <span className="text-ink-muted text-sm">
                  {dayFact(w.start?.iso)}
                  {w.duration ? ` · ${w.duration.text}` : null}
                </span>
              </li>
            ))}
          </ul>
        </DetailSection>
      ) : null}
      {e.patches.length ? (
        <DetailSection title="Mission patches">
          <MissionPatches patches={e.patches} />
        </DetailSection>
      ) : null}
    </DetailLayout>
  );
}
