import type { Metadata } from 'next';
import { AboutSection } from '@/components/detail/about-section';
import { DetailHeader } from '@/components/detail/detail-header';
import { DetailLayout } from '@/components/detail/detail-layout';
import { HeroImage } from '@/components/detail/hero-image';
import { JsonLdScript } from '@/components/detail/json-ld';
import { LaunchCards } from '@/components/detail/related-lists';
import { RelatedSection } from '@/components/detail/related-section';
import { WebLinks } from '@/components/detail/web-links';
import { PadFacts } from '@/components/place/place-facts';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { listRelated } from '@/lib/data/related';
import { breadcrumbLd, detailMetadata } from '@/lib/routing/detail-metadata';
import { requireDetail } from '@/lib/routing/detail-route';
import { detailCrumbs } from '@/lib/domain/detail-shared';
import { toPadDetail } from '@/lib/domain/place-detail';
import { loadRelated } from '@/lib/domain/related-summaries';
import { toLaunchSummary } from '@/lib/domain/launch';
import { describePad } from '@/lib/seo/describe';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record, path } = await requireDetail('pads', (await params).id);
  const pad = toPadDetail(record);
  const title = pad.location ? `${pad.name}, ${pad.location.name}` : pad.name;
  return detailMetadata({
    title,
    description: describePad(record),
    path,
    image: pad.image ?? pad.mapImage,
  });
}

export default async function PadPage({ params }: Props) {
  const { record, path } = await requireDetail('pads', (await params).id);
  const pad = toPadDetail(record);
  const crumbs = detailCrumbs('pads', pad.name, path);
  const launches = loadRelated(
    listRelated('launches', { pad: String(pad.id), ordering: '-net' }),
    toLaunchSummary,
  );

  return (
    <DetailLayout
      header={
        <DetailHeader
          crumbs={crumbs}
          kicker="Launch pad"
          title={pad.name}
          badges={
            pad.active === true ? (
              <Badge tone="success" dot>
                Active
              </Badge>
            ) : pad.active === false ? (
              <Badge>Inactive</Badge>
            ) : null
          }
          subtitle={pad.location?.name}
        />
      }
      media={<HeroImage image={pad.image ?? pad.mapImage} name={pad.name} icon="rocket" />}
      aside={
        <>
          <Card className="empty:hidden">
            <PadFacts pad={pad} />
            {pad.links.length ? (
              <div className="border-line mt-4 border-t pt-4">
                <WebLinks links={pad.links} />
              </div>
            ) : null}
          </Card>
          {pad.image && pad.mapImage ? (
            <HeroImage
              image={pad.mapImage}
              name={`Map of ${pad.name}`}
              icon="image"
              ratio="4/3"
              priority={false}
            />
          ) : null}
        </>
      }
    >
      <JsonLdScript data={breadcrumbLd(crumbs)} />
      <AboutSection text={pad.description} />
      <RelatedSection
        title="Launches from this pad"
        noun="launches"
        data={launches}
        allHref={pad.launchesHref}
      >
        {(items) => <LaunchCards items={items} />}
      </RelatedSection>
    </DetailLayout>
  );
}
