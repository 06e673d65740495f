import type { Metadata } from 'next';
import { BoosterCareer } from '@/components/booster/booster-career';
import { BoosterFacts } from '@/components/booster/booster-facts';
import { AboutSection } from '@/components/detail/about-section';
import { DetailHeader } from '@/components/detail/detail-header';
import { DetailLayout } from '@/components/detail/detail-layout';
import { HeroImage } from '@/components/detail/hero-image';
import { JsonLdScript } from '@/components/detail/json-ld';
import { Badge, StatusBadge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { listAllRelated } from '@/lib/data/related';
import { toBoosterDetail, toBoosterFlights } from '@/lib/domain/booster-detail';
import { detailCrumbs } from '@/lib/domain/detail-shared';
import { breadcrumbLd, detailMetadata, siteUrl } from '@/lib/routing/detail-metadata';
import { requireDetail } from '@/lib/routing/detail-route';
import { boosterJsonLd, describeBooster } from '@/lib/seo/rockets';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record, path } = await requireDetail('launchers', (await params).id);
  const booster = toBoosterDetail(record);
  return detailMetadata({
    title: booster.rocket
      ? `${booster.serial} (${booster.rocket.name} booster)`
      : `Booster ${booster.serial}`,
    description: describeBooster(record),
    path,
    image: booster.image,
  });
}

export default async function BoosterPage({ params }: Props) {
  const { record, path } = await requireDetail('launchers', (await params).id);
  const booster = toBoosterDetail(record);
  const crumbs = detailCrumbs('launchers', booster.serial, path);
  // LL2 filters launches by booster serial; the launch's stage names the booster by id too.
  const flights = !booster.serialNumber
    ? Promise.resolve([])
    : listAllRelated(
        'launches',
        { serial_number: booster.serialNumber, ordering: 'net' },
        500,
      ).then((l) => toBoosterFlights(booster, l.results));

  return (
    <DetailLayout
      header={
        <DetailHeader
          crumbs={crumbs}
          kicker={booster.rocket ? `Booster · ${booster.rocket.name}` : 'Booster'}
          title={booster.serial}
          badges={
            <>
              <StatusBadge status={booster.status} />
              {booster.flightProven ? <Badge tone="info">Flight-proven</Badge> : null}
              {booster.placeholder ? <Badge>Placeholder</Badge> : null}
            </>
          }
          subtitle={
            booster.flights !== null
              ? `${booster.flights} ${booster.flights === 1 ? 'flight' : 'flights'}`
              : undefined
          }
        />
      }
      media={
        booster.image ? (
          <HeroImage image={booster.image} name={booster.serial} icon="rocket" />
        ) : null
      }
      aside={
        <Card className="empty:hidden">
          <BoosterFacts booster={booster} />
        </Card>
      }
    >
      <JsonLdScript
        data={[boosterJsonLd(record, { siteUrl: siteUrl(), url: path }), breadcrumbLd(crumbs)]}
      />
      <AboutSection text={booster.details} />
      <BoosterCareer flights={flights} launchesHref={booster.launchesHref} />
    </DetailLayout>
  );
}
