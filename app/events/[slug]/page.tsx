import type { Metadata } from 'next';
import { AboutSection } from '@/components/detail/about-section';
import { DetailHeader } from '@/components/detail/detail-header';
import { DetailLayout } from '@/components/detail/detail-layout';
import { HeroImage } from '@/components/detail/hero-image';
import { JsonLdScript } from '@/components/detail/json-ld';
import { InfoLinkList, VideoList } from '@/components/detail/media-links';
import { LaunchCards } from '@/components/detail/related-lists';
import { DetailSection } from '@/components/detail/section';
import { UpdatesFeed } from '@/components/detail/updates-feed';
import { EventRelated } from '@/components/event/event-related';
import { EventWhen } from '@/components/event/event-when';
import { RecordActions } from '@/components/share/record-actions';
import { Badge } from '@/components/ui/badge';
import { breadcrumbLd, detailMetadata, siteUrl } from '@/lib/routing/detail-metadata';
import { requireDetail } from '@/lib/routing/detail-route';
import { detailCrumbs } from '@/lib/domain/detail-shared';
import { hasEventRelations, toEventDetail } from '@/lib/domain/event-detail';
import { describeEvent } from '@/lib/seo/describe';
import { eventJsonLd } from '@/lib/seo/json-ld';
import { hasCalendarDate } from '@/lib/seo/routes';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record, path } = await requireDetail('events', (await params).slug);
  const event = toEventDetail(record, new Date());
  return detailMetadata({
    title: event.name,
    description: describeEvent(event),
    path,
    image: event.image,
  });
}

export default async function EventPage({ params }: Props) {
  const { record, path } = await requireDetail('events', (await params).slug);
  const now = new Date();
  const event = toEventDetail(record, now);
  const crumbs = detailCrumbs('events', event.name, path);

  return (
    <DetailLayout
      header={
        <DetailHeader
          crumbs={crumbs}
          kicker={event.type ? `Event · ${event.type}` : 'Event'}
          title={event.name}
          badges={
            <>
              {event.upcoming ? (
                <Badge tone="info" dot>
                  Upcoming
                </Badge>
              ) : (
                <Badge>Past event</Badge>
              )}
              {event.webcastLive ? (
                <Badge tone="failure" dot>
                  Live now
                </Badge>
              ) : null}
            </>
          }
          subtitle={event.location ?? undefined}
          actions={
            <RecordActions
              path={path}
              dated={hasCalendarDate('events', record)}
              webcasts={event.videos}
            />
          }
        />
      }
      media={<HeroImage image={event.image} name={event.name} icon="event" />}
    >
      <JsonLdScript
        data={[eventJsonLd(event, { siteUrl: siteUrl(), url: path, now }), breadcrumbLd(crumbs)]}
      />
      <DetailSection title="When and where">
        <EventWhen event={event} />
      </DetailSection>
      <AboutSection text={event.description} />
      {event.videos.length ? (
        <DetailSection title="Watch">
          <VideoList videos={event.videos} />
        </DetailSection>
      ) : null}
      {event.infoLinks.length ? (
        <DetailSection title="Read more">
          <InfoLinkList links={event.infoLinks} />
        </DetailSection>
      ) : null}
      {event.updates.length ? (
        <DetailSection title="Updates">
          <UpdatesFeed updates={event.updates} />
        </DetailSection>
      ) : null}
      {event.launches.length ? (
        <DetailSection title="Related launches">
          <LaunchCards items={event.launches} />
        </DetailSection>
      ) : null}
      {hasEventRelations(event) ? (
        <DetailSection title="Involved">
          <EventRelated event={event} />
        </DetailSection>
      ) : null}
    </DetailLayout>
  );
}
