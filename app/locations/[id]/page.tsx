import type { Metadata } from 'next';
import { AboutSection } from '@/components/detail/about-section';
import { DetailHeader } from '@/components/detail/detail-header';
import { DetailLayout } from '@/components/detail/detail-layout';
import { HeroImage } from '@/components/detail/hero-image';
import { JsonLdScript } from '@/components/detail/json-ld';
import { LaunchCards, PadCards } from '@/components/detail/related-lists';
import { RelatedSection } from '@/components/detail/related-section';
import { LocationFacts } from '@/components/place/place-facts';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { listRelated } from '@/lib/data/related';
import { breadcrumbLd, detailMetadata } from '@/lib/routing/detail-metadata';
import { requireDetail } from '@/lib/routing/detail-route';
import { detailCrumbs } from '@/lib/domain/detail-shared';
import { toLocationDetail } from '@/lib/domain/place-detail';
import { loadRelated } from '@/lib/domain/related-summaries';
import { toLaunchSummary } from '@/lib/domain/launch';
import { toPadSummary } from '@/lib/domain/pad';
import { describeLocation } from '@/lib/seo/describe';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record, path } = await requireDetail('locations', (await params).id);
  const location = toLocationDetail(record);
  return detailMetadata({
    title: location.name,
    description: describeLocation(record),
    path,
    image: location.image ?? location.mapImage,
  });
}

export default async function LocationPage({ params }: Props) {
  const { record, path } = await requireDetail('locations', (await params).id);
  const location = toLocationDetail(record);
  const id = String(location.id);
  const crumbs = detailCrumbs('locations', location.name, path);
  const pads = location.pads.length
    ? Promise.resolve({ total: location.pads.length, items: location.pads.slice(0, 6) })
    : loadRelated(
        listRelated('pads', { location__id: id, ordering: '-total_launch_count' }, 6),
        toPadSummary,
      );
  const launches = loadRelated(
    listRelated('launches', { location__ids: id, ordering: '-net' }),
    toLaunchSummary,
  );

  return (
    <DetailLayout
      header={
        <DetailHeader
          crumbs={crumbs}
          kicker="Launch site"
          title={location.name}
          badges={
            location.active === true ? (
              <Badge tone="success" dot>
                Active
              </Badge>
            ) : location.active === false ? (
              <Badge>Inactive</Badge>
            ) : null
          }
          subtitle={
            location.celestialBody && location.celestialBody !== 'Earth'
              ? `On ${location.celestialBody}`
              : undefined
          }
        />
      }
      media={
        <HeroImage image={location.image ?? location.mapImage} name={location.name} icon="rocket" />
      }
      aside={
        <>
          <Card className="empty:hidden">
            <LocationFacts location={location} />
          </Card>
          {location.image && location.mapImage ? (
            <HeroImage
              image={location.mapImage}
              name={`Map of ${location.name}`}
              icon="image"
              ratio="4/3"
              priority={false}
            />
          ) : null}
        </>
      }
    >
      <JsonLdScript data={breadcrumbLd(crumbs)} />
      <AboutSection text={location.description} />
      <RelatedSection
        title="Pads"
        noun="pads"
        lead="Busiest"
        data={pads}
        allHref={location.padsHref}
      >
        {(items) => <PadCards items={items} />}
      </RelatedSection>
      <RelatedSection
        title="Latest launches"
        noun="launches"
        data={launches}
        allHref={location.launchesHref}
      >
        {(items) => <LaunchCards items={items} />}
      </RelatedSection>
    </DetailLayout>
  );
}
