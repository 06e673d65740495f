import type { Metadata } from 'next';
import { DetailHeader } from '@/components/detail/detail-header';
import { DetailLayout } from '@/components/detail/detail-layout';
import { HeroImage } from '@/components/detail/hero-image';
import { JsonLdScript } from '@/components/detail/json-ld';
import { ViewAllLink } from '@/components/detail/view-all-link';
import { DetailSection } from '@/components/detail/section';
import { DockingPartyCard } from '@/components/docking/docking-party';
import { DockingTimes } from '@/components/docking/docking-times';
import { Badge } from '@/components/ui/badge';
import { breadcrumbLd, detailMetadata } from '@/lib/routing/detail-metadata';
import { requireDetail } from '@/lib/routing/detail-route';
import { detailCrumbs } from '@/lib/domain/detail-shared';
import { toDockingEventDetail } from '@/lib/domain/docking-event-detail';
import { describeDockingEvent } from '@/lib/seo/describe';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record, path } = await requireDetail('docking_events', (await params).id);
  const docking = toDockingEventDetail(record, new Date());
  return detailMetadata({
    title: `Docking: ${docking.title}`,
    description: describeDockingEvent(record),
    path,
    image: docking.image,
  });
}

export default async function DockingEventPage({ params }: Props) {
  const { record, path } = await requireDetail('docking_events', (await params).id);
  const docking = toDockingEventDetail(record, new Date());
  const crumbs = detailCrumbs('docking_events', docking.title, path);
  const { chaser, target } = docking;

  return (
    <DetailLayout
      header={
        <DetailHeader
          crumbs={crumbs}
          kicker="Docking event"
          title={docking.title}
          badges={
            docking.dockedNow ? (
              <Badge tone="success" dot>
                Docked now
              </Badge>
            ) : docking.upcoming ? (
              <Badge tone="pending" dot>
                Planned
              </Badge>
            ) : docking.departed ? (
              <Badge>Departed</Badge>
            ) : null
          }
          subtitle={docking.port ? `at ${docking.port.name}` : undefined}
        />
      }
      media={
        <HeroImage image={docking.image} name={chaser?.name ?? docking.title} icon="spacecraft" />
      }
      aside={<DockingTimes docking={docking} />}
    >
      <JsonLdScript data={breadcrumbLd(crumbs)} />
      {chaser || target ? (
        <DetailSection title="Who docked with what">
          <div className="grid gap-4 sm:grid-cols-2">
            {chaser ? <DockingPartyCard role="Chaser" party={chaser} /> : null}
            {target ? <DockingPartyCard role="Target" party={target} /> : null}
          </div>
        </DetailSection>
      ) : null}
      {docking.stationDockingsHref ? (
        <p>
          <ViewAllLink href={docking.stationDockingsHref}>
            Every docking with {target?.name ?? 'this station'}
          </ViewAllLink>
        </p>
      ) : null}
    </DetailLayout>
  );
}
