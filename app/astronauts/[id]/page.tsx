import type { Metadata } from 'next';
import { AstronautFacts } from '@/components/astronaut/astronaut-facts';
import {
  AstronautFlights,
  AstronautLandings,
  SpacewalkTable,
} from '@/components/astronaut/astronaut-flights';
import { AboutSection } from '@/components/detail/about-section';
import { DetailHeader } from '@/components/detail/detail-header';
import { DetailLayout } from '@/components/detail/detail-layout';
import { HeroImage } from '@/components/detail/hero-image';
import { JsonLdScript } from '@/components/detail/json-ld';
import { ExpeditionCards } from '@/components/detail/related-lists';
import { RelatedSection } from '@/components/detail/related-section';
import { DetailSection } from '@/components/detail/section';
import { WebLinks } from '@/components/detail/web-links';
import { Badge, StatusBadge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { listFlightLaunches } from '@/lib/data/crew';
import { listRelated } from '@/lib/data/related';
import { toExpeditionSummary } from '@/lib/domain/expedition';
import { loadRelated } from '@/lib/domain/related-summaries';
import { toAstronautDetail } from '@/lib/domain/astronaut-detail';
import { detailCrumbs, listHref } from '@/lib/domain/detail-shared';
import { objs, text } from '@/lib/ll2/read';
import { breadcrumbLd, detailMetadata, siteUrl } from '@/lib/routing/detail-metadata';
import { requireDetail } from '@/lib/routing/detail-route';
import { astronautJsonLd, describeAstronaut } from '@/lib/seo/people';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record, path } = await requireDetail('astronauts', (await params).id);
  const astronaut = toAstronautDetail(record);
  return detailMetadata({
    title: astronaut.name,
    description: describeAstronaut(record),
    path,
    image: astronaut.image,
  });
}

export default async function AstronautPage({ params }: Props) {
  const { record, path } = await requireDetail('astronauts', (await params).id);
  const launches = await listFlightLaunches(objs(record.flights).flatMap((f) => text(f.id) ?? []));
  const a = toAstronautDetail(record, launches);
  const crumbs = detailCrumbs('astronauts', a.name, path);
  const expeditions = loadRelated(
    listRelated('expeditions', { crew__astronaut: String(a.id), ordering: '-start' }),
    toExpeditionSummary,
  );

  return (
    <DetailLayout
      header={
        <DetailHeader
          crumbs={crumbs}
          kicker={a.type ? `Astronaut · ${a.type}` : 'Astronaut'}
          title={a.name}
          badges={
            <>
              {a.inSpace ? (
                <Badge tone="success" dot>
                  In space now
                </Badge>
              ) : null}
              <StatusBadge status={a.status} />
            </>
          }
          subtitle={a.agency?.name}
        />
      }
      media={<HeroImage image={a.image} name={a.name} icon="person" ratio="4/3" />}
      aside={
        <Card className="empty:hidden">
          <AstronautFacts astronaut={a} />
          {a.links.length ? (
            <div className="border-line mt-4 border-t pt-4">
              <WebLinks links={a.links} />
            </div>
          ) : null}
        </Card>
      }
    >
      <JsonLdScript
        data={[astronautJsonLd(record, { siteUrl: siteUrl(), url: path }), breadcrumbLd(crumbs)]}
      />
      <AboutSection text={a.bio} />
      {a.flights.length ? (
        <DetailSection
          id="flights"
          title="Flights"
          description="Each launch this person flew on, oldest first, with the spacecraft and seat where the launch record names its crew."
        >
          <AstronautFlights flights={a.flights} />
        </DetailSection>
      ) : null}
      <RelatedSection
        title="Expeditions"
        noun="expeditions"
        data={expeditions}
        allHref={listHref('expeditions', { crew__astronaut: a.id })}
      >
        {(items) => <ExpeditionCards items={items} />}
      </RelatedSection>
      {a.landings.length ? (
        <DetailSection title="Landings">
          <AstronautLandings landings={a.landings} />
        </DetailSection>
      ) : null}
      {a.spacewalks.length ? (
        <DetailSection title="Spacewalks">
          <SpacewalkTable spacewalks={a.spacewalks} />
        </DetailSection>
      ) : null}
    </DetailLayout>
  );
}
