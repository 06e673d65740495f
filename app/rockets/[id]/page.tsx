import type { Metadata } from 'next';
import { OutcomesChart } from '@/components/agency/outcomes-chart';
import { AboutSection } from '@/components/detail/about-section';
import { DetailHeader } from '@/components/detail/detail-header';
import { DetailLayout } from '@/components/detail/detail-layout';
import { HeroImage } from '@/components/detail/hero-image';
import { JsonLdScript } from '@/components/detail/json-ld';
import { BoosterCards, LaunchCards, RocketCards } from '@/components/detail/related-lists';
import { RelatedSection } from '@/components/detail/related-section';
import { DetailSection } from '@/components/detail/section';
import { ViewAllLink } from '@/components/detail/view-all-link';
import { WebLinks } from '@/components/detail/web-links';
import { LaunchHistory } from '@/components/rocket/launch-history';
import { RocketFacts } from '@/components/rocket/rocket-facts';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { launchOutcomesByYear } from '@/lib/data/launch-outcomes';
import { listRelated } from '@/lib/data/related';
import { toBoosterSummary } from '@/lib/domain/booster';
import { detailCrumbs } from '@/lib/domain/detail-shared';
import { toLaunchSummary } from '@/lib/domain/launch';
import { loadRelated } from '@/lib/domain/related-summaries';
import { toRocketSummary } from '@/lib/domain/rocket';
import { toRocketDetail, type RocketDetail } from '@/lib/domain/rocket-detail';
import { breadcrumbLd, detailMetadata, siteUrl } from '@/lib/routing/detail-metadata';
import { requireDetail } from '@/lib/routing/detail-route';
import { describeRocket, rocketJsonLd } from '@/lib/seo/rockets';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record, path } = await requireDetail('launcher_configurations', (await params).id);
  const rocket = toRocketDetail(record);
  return detailMetadata({
    title: rocket.name,
    description: describeRocket(record),
    path,
    image: rocket.image,
  });
}

/**
 * The other variants: of its 2.3.0 family, or (2.2.0 records name no family ids) of its short
 * name, "Falcon 9" for Falcon 9 v1.0 to Block 5. The rocket itself is left out.
 */
function siblings(rocket: RocketDetail) {
  const family = rocket.familyIds[0];
  const where =
    family !== undefined
      ? { families: String(family) }
      : rocket.baseName
        ? { name: rocket.baseName }
        : null;
  if (!where) return Promise.resolve({ total: 0, items: [] });
  const list = listRelated(
    'launcher_configurations',
    { ...where, ordering: 'maiden_flight' },
    13,
  ).then((l) => {
    const results = l.results.filter((r) => String(r.id) !== String(rocket.id));
    return { count: l.count - (l.results.length - results.length), results: results.slice(0, 12) };
  });
  return loadRelated(list, toRocketSummary);
}

export default async function RocketPage({ params }: Props) {
  const { record, path } = await requireDetail('launcher_configurations', (await params).id);
  const rocket = toRocketDetail(record);
  const id = String(rocket.id);
  const crumbs = detailCrumbs('launcher_configurations', rocket.name, path);
  const years = launchOutcomesByYear({ launcher_config__id: id });
  const launches = loadRelated(
    listRelated('launches', { launcher_config__id: id, ordering: '-net' }, 6),
    toLaunchSummary,
  );
  const boosters = loadRelated(
    listRelated('launchers', { launcher_config__ids: id, ordering: '-flights' }, 6),
    toBoosterSummary,
  );
  const variants = siblings(rocket);

  return (
    <DetailLayout
      header={
        <DetailHeader
          crumbs={crumbs}
          kicker={rocket.family ? `Rocket · ${rocket.family} family` : 'Rocket'}
          title={rocket.name}
          badges={
            <>
              {rocket.active === true ? (
                <Badge tone="success" dot>
                  Active
                </Badge>
              ) : rocket.active === false ? (
                <Badge>Retired</Badge>
              ) : null}
              {rocket.reusable ? <Badge tone="info">Reusable</Badge> : null}
              {rocket.variant ? <Badge>{rocket.variant}</Badge> : null}
            </>
          }
          subtitle={rocket.manufacturer?.name}
        />
      }
      media={<HeroImage image={rocket.image} name={rocket.name} icon="rocket" />}
      aside={
        <Card className="empty:hidden">
          <RocketFacts rocket={rocket} />
          {rocket.links.length ? (
            <div className="border-line mt-4 border-t pt-4">
              <WebLinks links={rocket.links} />
            </div>
          ) : null}
        </Card>
      }
    >
      <JsonLdScript
        data={[rocketJsonLd(record, { siteUrl: siteUrl(), url: path }), breadcrumbLd(crumbs)]}
      />
      <AboutSection text={rocket.description} />
      {rocket.launches || rocket.landings ? (
        <DetailSection
          title="Track record"
          description="As Launch Library 2 counts it for this rocket."
          action={<ViewAllLink href={rocket.launchesHref}>Browse its launches</ViewAllLink>}
        >
          <OutcomesChart name={rocket.name} launches={rocket.launches} landings={rocket.landings} />
        </DetailSection>
      ) : null}
      <LaunchHistory name={rocket.name} years={years} launchesHref={rocket.launchesHref} />
      <RelatedSection
        title="Latest launches"
        noun="launches"
        data={launches}
        allHref={`${rocket.launchesHref}&ordering=-net`}
      >
        {(items) => <LaunchCards items={items} />}
      </RelatedSection>
      <RelatedSection
        title="Boosters"
        noun="boosters"
        lead="Most flown"
        data={boosters}
        allHref={rocket.boostersHref}
      >
        {(items) => <BoosterCards items={items} />}
      </RelatedSection>
      <RelatedSection title="Other variants" noun="variants" lead="First" data={variants}>
        {(items) => <RocketCards items={items} />}
      </RelatedSection>
    </DetailLayout>
  );
}
