import type { Metadata } from 'next';
import { DetailHeader } from '@/components/detail/detail-header';
import { DetailLayout } from '@/components/detail/detail-layout';
import { HeroImage } from '@/components/detail/hero-image';
import { JsonLdScript } from '@/components/detail/json-ld';
import { InfoLinkList, VideoList } from '@/components/detail/media-links';
import { Prose } from '@/components/detail/prose';
import { DetailSection } from '@/components/detail/section';
import { UpdatesFeed } from '@/components/detail/updates-feed';
import { WebLinks } from '@/components/detail/web-links';
import { LaunchCrew } from '@/components/launch/launch-crew';
import { LaunchFacts } from '@/components/launch/launch-facts';
import { LaunchSite } from '@/components/launch/launch-site';
import { LaunchTiming } from '@/components/launch/launch-timing';
import { LaunchVehicles } from '@/components/launch/launch-vehicles';
import { MissionPatches } from '@/components/program/mission-patches';
import { RecordActions } from '@/components/share/record-actions';
import { Badge, StatusBadge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { breadcrumbLd, detailMetadata, siteUrl } from '@/lib/routing/detail-metadata';
import { requireDetail } from '@/lib/routing/detail-route';
import { detailCrumbs } from '@/lib/domain/detail-shared';
import { toLaunchDetail } from '@/lib/domain/launch-detail';
import { crewFromAstronauts, readLaunchCrew } from '@/lib/domain/launch-crew';
import { listAstronautsOnLaunch } from '@/lib/data/crew';
import { describeLaunch } from '@/lib/seo/describe';
import { launchJsonLd } from '@/lib/seo/json-ld';
import { hasCalendarDate } from '@/lib/seo/routes';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record, path } = await requireDetail('launches', (await params).slug);
  const launch = toLaunchDetail(record, new Date());
  return detailMetadata({
    title: launch.name,
    description: describeLaunch(launch),
    path,
    image: launch.image,
  });
}

export default async function LaunchPage({ params }: Props) {
  const { record, path } = await requireDetail('launches', (await params).slug);
  const now = new Date();
  const launch = toLaunchDetail(record, now);
  const crumbs = detailCrumbs('launches', launch.name, path);
  const { mission, status } = launch;
  const ownCrew = readLaunchCrew(record);
  const crew = ownCrew.length
    ? ownCrew
    : crewFromAstronauts(await listAstronautsOnLaunch(launch.id));

  return (
    <DetailLayout
      factsFirst={false}
      header={
        <DetailHeader
          crumbs={crumbs}
          kicker={launch.upcoming ? 'Upcoming launch' : 'Launch'}
          title={launch.name}
          badges={
            <>
              <StatusBadge status={status} title={status?.description ?? undefined} />
              {launch.webcastLive ? (
                <Badge tone="failure" dot>
                  Webcast live
                </Badge>
              ) : null}
              {mission?.orbitAbbrev ? <Badge>{mission.orbitAbbrev}</Badge> : null}
            </>
          }
          subtitle={
            [launch.provider?.name, launch.rocket?.name].filter(Boolean).join(' · ') || undefined
          }
          actions={
            <RecordActions
              path={path}
              dated={hasCalendarDate('launches', record)}
              webcasts={launch.webcasts}
            />
          }
        />
      }
      media={<HeroImage image={launch.image} name={launch.name} icon="rocket" />}
      aside={
        <>
          <Card className="empty:hidden">
            <LaunchFacts launch={launch} />
          </Card>
          {launch.infographic ? (
            <HeroImage
              image={launch.infographic}
              name={`${launch.name} infographic`}
              icon="image"
              ratio="4/3"
              priority={false}
            />
          ) : null}
        </>
      }
    >
      <JsonLdScript
        data={[launchJsonLd(launch, { siteUrl: siteUrl(), url: path, now }), breadcrumbLd(crumbs)]}
      />
      {!launch.net && !mission && !launch.pad ? (
        <Notice title="Only a summary so far">
          Our index holds just this launch’s name for now, copied from a related record. Its date,
          rocket and mission appear here once the full record is synced from Launch Library 2.
        </Notice>
      ) : null}
      {launch.net ? (
        <DetailSection title="When" description={status?.description ?? undefined}>
          <LaunchTiming launch={launch} />
        </DetailSection>
      ) : null}
      {launch.failReason ? (
        <Notice tone="warning" title="What went wrong">
          {launch.failReason}
        </Notice>
      ) : null}
      {mission ? (
        <DetailSection
          title={mission.name ? `Mission: ${mission.name}` : 'Mission'}
          description={[mission.type, mission.orbit].filter(Boolean).join(' · ') || undefined}
        >
          {mission.description ? (
            <Prose text={mission.description} />
          ) : (
            <p className="text-ink-muted">No mission description yet.</p>
          )}
        </DetailSection>
      ) : null}
      {crew.length ? (
        <DetailSection
          id="crew"
          title="Crew"
          description={
            ownCrew.length ? undefined : 'From the astronauts’ own records, which list this flight.'
          }
        >
          <LaunchCrew crafts={crew} />
        </DetailSection>
      ) : null}
      {launch.pad || launch.location ? (
        <DetailSection title="Launch site">
          <LaunchSite pad={launch.pad} location={launch.location} />
        </DetailSection>
      ) : null}
      {launch.boosters.length || launch.spacecraft.length ? (
        <DetailSection title="Vehicles">
          <LaunchVehicles boosters={launch.boosters} spacecraft={launch.spacecraft} />
        </DetailSection>
      ) : null}
      {launch.webcasts.length ? (
        <DetailSection title="Watch">
          <VideoList videos={launch.webcasts} />
        </DetailSection>
      ) : null}
      {launch.patches.length ? (
        <DetailSection title="Mission patches">
          <MissionPatches patches={launch.patches} />
        </DetailSection>
      ) : null}
      {launch.infoLinks.length || launch.links.length ? (
        <DetailSection title="Read more">
          <InfoLinkList links={launch.infoLinks} />
          {launch.links.length ? (
            <div className="mt-3">
              <WebLinks links={launch.links} />
            </div>
          ) : null}
        </DetailSection>
      ) : null}
      {launch.updates.length ? (
        <DetailSection title="Updates">
          <UpdatesFeed updates={launch.updates} />
        </DetailSection>
      ) : null}
    </DetailLayout>
  );
}
