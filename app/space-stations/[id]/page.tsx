import type { Metadata } from 'next';
import { AboutSection } from '@/components/detail/about-section';
import { DetailHeader } from '@/components/detail/detail-header';
import { DetailLayout } from '@/components/detail/detail-layout';
import { HeroImage } from '@/components/detail/hero-image';
import { JsonLdScript } from '@/components/detail/json-ld';
import { DetailSection } from '@/components/detail/section';
import { snapshotCaveat } from '@/components/layout/data-status';
import { DockingHistory } from '@/components/docking/docking-history';
import { DockedNow } from '@/components/station/docked-now';
import { StationFacts } from '@/components/station/station-facts';
import { StationExpeditions, StationPorts } from '@/components/station/station-ports';
import { TimelinePresets } from '@/components/timeline/timeline-presets';
import { Badge, StatusBadge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { listAllRelated } from '@/lib/data/related';
import { breadcrumbLd, detailMetadata, siteUrl } from '@/lib/routing/detail-metadata';
import { requireDetail } from '@/lib/routing/detail-route';
import { detailCrumbs } from '@/lib/domain/detail-shared';
import {
  portsWithOccupants,
  toDockedNow,
  toSpaceStationDetail,
} from '@/lib/domain/space-station-detail';
import { describeSpaceStation } from '@/lib/seo/describe';
import { spaceStationJsonLd } from '@/lib/seo/json-ld';
import { DOCKING_RANGE, EXPEDITION_RANGE } from '@/lib/timeline/kinds';
import { dockingEventsToTimelineEvents, expeditionsToTimelineEvents } from '@/lib/timeline/model';
import { rangeHref, rangesQuery, readRange } from '@/lib/timeline/url';
import { resolveWindow, type WindowParams } from '@/lib/timeline/window';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record, path } = await requireDetail('space_stations', (await params).id);
  const station = toSpaceStationDetail(record);
  return detailMetadata({
    title: station.name,
    description: describeSpaceStation(record),
    path,
    image: station.image,
  });
}

export default async function SpaceStationPage({ params, searchParams }: Props) {
  const [{ record, path }, search] = await Promise.all([
    requireDetail('space_stations', (await params).id),
    searchParams,
  ]);
  const now = new Date();
  const station = toSpaceStationDetail(record);
  const [dockings, expeditions] = await Promise.all([
    listAllRelated('docking_events', { space_station_target__id: String(station.id) }),
    listAllRelated('expeditions', { space_station: String(station.id) }),
  ]);
  const dockedNow = toDockedNow(dockings.results, record, now);
  const events = dockingEventsToTimelineEvents(dockings.results, 'port');
  const crewEvents = expeditionsToTimelineEvents(expeditions.results);
  // Both timelines keep their range in the URL, each under LL2's own filter names.
  const ranges = [
    { names: DOCKING_RANGE, params: readRange(search, DOCKING_RANGE) },
    { names: EXPEDITION_RANGE, params: readRange(search, EXPEDITION_RANGE) },
  ];
  const [range, crewRange] = [ranges[0]!.params, ranges[1]!.params];
  const window = resolveWindow(range, events, now);
  const crewWindow = resolveWindow(crewRange, crewEvents, now);
  const query = rangesQuery(ranges);
  const hrefFor = (p: WindowParams) => rangeHref(path, 'docking-history', ranges, DOCKING_RANGE, p);
  const crewHrefFor = (p: WindowParams) =>
    rangeHref(path, 'crew-timeline', ranges, EXPEDITION_RANGE, p);
  const crumbs = detailCrumbs('space_stations', station.name, path);
  const ports = portsWithOccupants(station.ports, dockedNow);

  return (
    <DetailLayout
      header={
        <DetailHeader
          crumbs={crumbs}
          kicker={station.type ? `Space station · ${station.type}` : 'Space station'}
          title={station.name}
          badges={
            <>
              <StatusBadge status={station.status} />
              {station.onboardCrew ? (
                <Badge tone="info">{station.onboardCrew} crew on board</Badge>
              ) : null}
              {dockedNow.length ? (
                <Badge tone="success">{dockedNow.length} docked now</Badge>
              ) : null}
            </>
          }
          subtitle={station.orbit ?? undefined}
        />
      }
      media={<HeroImage image={station.image} name={station.name} icon="station" />}
      aside={
        <>
          <Card className="empty:hidden">
            <StationFacts station={station} />
          </Card>
        </>
      }
      after={
        <>
          {crewEvents.length ? (
            <DetailSection
              id="crew-timeline"
              title="Crew timeline"
              description="Each expedition aboard the station, from the expeditions log. Use the range links to zoom."
            >
              <DockingHistory
                kind="expedition"
                title="Expeditions aboard"
                events={crewEvents}
                now={now}
                laneBy="station"
                window={crewWindow}
                zoom={{ baseHref: path, query, names: EXPEDITION_RANGE }}
                controls={
                  <TimelinePresets
                    window={crewWindow}
                    now={now}
                    current={crewRange}
                    buildHref={crewHrefFor}
                    label="Crew timeline range"
                  />
                }
                allHref={station.expeditionsHref}
                allName="expeditions list"
              />
            </DetailSection>
          ) : null}
          {events.length ? (
            <DetailSection
              id="docking-history"
              title="Docking history"
              description="Every docking in the log, with ports as lanes. Drag across the axis or use the range links to zoom."
            >
              <DockingHistory
                title="Dockings by port"
                events={events}
                now={now}
                laneBy="port"
                window={window}
                zoom={{ baseHref: path, query }}
                controls={
                  <TimelinePresets window={window} now={now} current={range} buildHref={hrefFor} />
                }
                allHref={station.dockingsHref}
              />
            </DetailSection>
          ) : null}
        </>
      }
    >
      <JsonLdScript
        data={[spaceStationJsonLd(record, { siteUrl: siteUrl(), url: path }), breadcrumbLd(crumbs)]}
      />
      {dockedNow.length ? (
        <DetailSection title="Docked now" description={await snapshotCaveat()}>
          <DockedNow entries={dockedNow} />
        </DetailSection>
      ) : null}
      <AboutSection text={station.description} />
      {station.expeditions.length ? (
        <DetailSection title="Current expedition">
          <StationExpeditions expeditions={station.expeditions} />
        </DetailSection>
      ) : null}
      {ports.length ? (
        <DetailSection title="Docking ports">
          <StationPorts ports={ports} />
        </DetailSection>
      ) : null}
    </DetailLayout>
  );
}
