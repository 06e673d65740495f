import type { Metadata } from 'next';
import { DetailHeader } from '@/components/detail/detail-header';
import { DetailLayout } from '@/components/detail/detail-layout';
import { HeroImage } from '@/components/detail/hero-image';
import { JsonLdScript } from '@/components/detail/json-ld';
import { Prose } from '@/components/detail/prose';
import { ViewAllLink } from '@/components/detail/view-all-link';
import { SpacecraftCards } from '@/components/detail/related-lists';
import { RelatedSection } from '@/components/detail/related-section';
import { DetailSection } from '@/components/detail/section';
import { WebLinks } from '@/components/detail/web-links';
import { ConfigFacts } from '@/components/spacecraft/config-facts';
import { FamilyTree } from '@/components/spacecraft/family-tree';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { listRelated } from '@/lib/data/related';
import { breadcrumbLd, detailMetadata } from '@/lib/routing/detail-metadata';
import { requireDetail } from '@/lib/routing/detail-route';
import { detailCrumbs } from '@/lib/domain/detail-shared';
import { loadRelated } from '@/lib/domain/related-summaries';
import { toSpacecraftSummary } from '@/lib/domain/spacecraft';
import { toSpacecraftConfigDetail } from '@/lib/domain/spacecraft-config-detail';
import { describeSpacecraftConfig } from '@/lib/seo/describe';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record, path } = await requireDetail('spacecraft_configurations', (await params).id);
  const config = toSpacecraftConfigDetail(record);
  return detailMetadata({
    title: config.name,
    description: describeSpacecraftConfig(record),
    path,
    image: config.image,
  });
}

export default async function SpacecraftConfigPage({ params }: Props) {
  const { record, path } = await requireDetail('spacecraft_configurations', (await params).id);
  const config = toSpacecraftConfigDetail(record);
  const crumbs = detailCrumbs('spacecraft_configurations', config.name, path);
  const spacecraft = loadRelated(
    listRelated(
      'spacecraft',
      { spacecraft_config: String(config.id), ordering: '-flights_count' },
      8,
    ),
    toSpacecraftSummary,
  );
  const texts = [
    ['Capability', config.capability],
    ['History', config.history],
    ['Details', config.details],
  ] as const;

  return (
    <DetailLayout
      header={
        <DetailHeader
          crumbs={crumbs}
          kicker={
            config.type ? `Spacecraft configuration · ${config.type}` : 'Spacecraft configuration'
          }
          title={config.name}
          badges={
            <>
              {config.inUse === true ? (
                <Badge tone="success" dot>
                  In use
                </Badge>
              ) : config.inUse === false ? (
                <Badge>Retired</Badge>
              ) : null}
              {config.humanRated ? <Badge tone="info">Human-rated</Badge> : null}
            </>
          }
          subtitle={config.agency?.name}
        />
      }
      media={<HeroImage image={config.image} name={config.name} icon="spacecraft" />}
      aside={
        <>
          <Card className="empty:hidden">
            <ConfigFacts config={config} />
            {config.links.length ? (
              <div className="border-line mt-4 border-t pt-4">
                <WebLinks links={config.links} />
              </div>
            ) : null}
          </Card>
        </>
      }
    >
      <JsonLdScript data={breadcrumbLd(crumbs)} />
      {config.families.length ? (
        <DetailSection title="Family">
          <FamilyTree families={config.families} leaf={{ name: config.name, href: null }} />
        </DetailSection>
      ) : null}
      {texts.map(([title, text]) =>
        text ? (
          <DetailSection key={title} title={title}>
            <Prose text={text} />
          </DetailSection>
        ) : null,
      )}
      <RelatedSection
        title="Spacecraft of this type"
        noun="spacecraft"
        data={spacecraft}
        allHref={config.spacecraftHref}
      >
        {(items) => <SpacecraftCards items={items} />}
      </RelatedSection>
      <p>
        <ViewAllLink href={config.launchesHref}>Launches that carried a {config.name}</ViewAllLink>
      </p>
    </DetailLayout>
  );
}
