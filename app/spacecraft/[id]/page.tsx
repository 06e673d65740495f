import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AboutSection } from '@/components/detail/about-section';
import { DetailHeader } from '@/components/detail/detail-header';
import { DetailLayout } from '@/components/detail/detail-layout';
import { ListSkeleton } from '@/components/detail/detail-skeleton';
import { HeroImage } from '@/components/detail/hero-image';
import { JsonLdScript } from '@/components/detail/json-ld';
import { DetailSection } from '@/components/detail/section';
import { DockingHistory } from '@/components/docking/docking-history';
import { ConfigSummary } from '@/components/spacecraft/config-summary';
import { FlightList } from '@/components/spacecraft/flight-list';
import { SpacecraftFacts } from '@/components/spacecraft/spacecraft-facts';
import { Badge, StatusBadge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { listAllRelated, listSpacecraftDockings } from '@/lib/data/related';
import { breadcrumbLd, detailMetadata, siteUrl } from '@/lib/routing/detail-metadata';
import { requireDetail } from '@/lib/routing/detail-route';
import { detailCrumbs } from '@/lib/domain/detail-shared';
import { toFlightSummary, type FlightSummary } from '@/lib/domain/related-summaries';
import { dockingWindow, sortFlights, toSpacecraftDetail } from '@/lib/domain/spacecraft-detail';
import { describeSpacecraft } from '@/lib/seo/describe';
import { spacecraftJsonLd } from '@/lib/seo/json-ld';
import { dockingEventsToTimelineEvents } from '@/lib/timeline/model';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record, path } = await requireDetail('spacecraft', (await params).id);
  const craft = toSpacecraftDetail(record);
  const title =
    craft.serial && !craft.name.includes(craft.serial)
      ? `${craft.name} (${craft.serial})`
      : craft.name;
  return detailMetadata({
    title,
    description: describeSpacecraft(record),
    path,
    image: craft.image,
  });
}

/** Flights and dockings stream in after the spacecraft's own facts. */
async function FlightsAndDockings({
  id,
  name,
  flights: own,
}: {
  id: number;
  name: string;
  flights: FlightSummary[];
}) {
  const now = new Date();
  const flights = own.length
    ? own
    : (await listAllRelated('spacecraft_flights', { spacecraft: String(id) }, 200)).results
        .map(toFlightSummary)
        .filter((f): f is FlightSummary => f !== null);
  const dockings = dockingEventsToTimelineEvents(
    await listSpacecraftDockings(flights.map((f) => Number(f.key)).filter(Number.isSafeInteger)),
    'station',
  );
  return (
    <>
      {flights.length ? (
        <DetailSection title="Flights">
          <FlightList flights={sortFlights(flights)} />
        </DetailSection>
      ) : null}
      {dockings.length ? (
        <DetailSection
          title="Docking history"
          description="Each docking of this spacecraft, by the station it visited."
        >
          <DockingHistory
            title={`${name} dockings`}
            events={dockings}
            now={now}
            laneBy="station"
            window={dockingWindow(dockings, now)}
            width={560}
          />
        </DetailSection>
      ) : null}
    </>
  );
}

export default async function SpacecraftPage({ params }: Props) {
  const { record, path } = await requireDetail('spacecraft', (await params).id);
  const craft = toSpacecraftDetail(record);
  const crumbs = detailCrumbs('spacecraft', craft.name, path);

  return (
    <DetailLayout
      header={
        <DetailHeader
          crumbs={crumbs}
          kicker={craft.config?.type ? `Spacecraft · ${craft.config.type}` : 'Spacecraft'}
          title={craft.name}
          badges={
            <>
              <StatusBadge status={craft.status} />
              {craft.inSpace ? (
                <Badge tone="info" dot>
                  In space now
                </Badge>
              ) : null}
              {craft.serial ? <Badge>Serial {craft.serial}</Badge> : null}
            </>
          }
          subtitle={
            craft.config
              ? [craft.config.name, craft.config.agency?.name].filter(Boolean).join(' · ')
              : undefined
          }
        />
      }
      media={<HeroImage image={craft.image} name={craft.name} icon="spacecraft" />}
      aside={
        <>
          <Card className="empty:hidden">
            <SpacecraftFacts spacecraft={craft} />
          </Card>
        </>
      }
    >
      <JsonLdScript
        data={[spacecraftJsonLd(record, { siteUrl: siteUrl(), url: path }), breadcrumbLd(crumbs)]}
      />
      <AboutSection text={craft.description} />
      {craft.config ? (
        <DetailSection title="What it is">
          <ConfigSummary config={craft.config} />
        </DetailSection>
      ) : null}
      <Suspense fallback={<ListSkeleton />}>
        <FlightsAndDockings id={craft.id} name={craft.name} flights={craft.flights} />
      </Suspense>
    </DetailLayout>
  );
}
