import type { Metadata } from 'next';
import { AboutSection } from '@/components/detail/about-section';
import { DetailHeader } from '@/components/detail/detail-header';
import { DetailLayout } from '@/components/detail/detail-layout';
import { HeroImage } from '@/components/detail/hero-image';
import { JsonLdScript } from '@/components/detail/json-ld';
import { LinkChips } from '@/components/detail/link-chips';
import { EventCards, LaunchCards } from '@/components/detail/related-lists';
import { RelatedSection } from '@/components/detail/related-section';
import { DetailSection } from '@/components/detail/section';
import { WebLinks } from '@/components/detail/web-links';
import { MissionPatches } from '@/components/program/mission-patches';
import { ProgramFacts } from '@/components/program/program-facts';
import { Card } from '@/components/ui/card';
import { listRelated } from '@/lib/data/related';
import { breadcrumbLd, detailMetadata } from '@/lib/routing/detail-metadata';
import { requireDetail } from '@/lib/routing/detail-route';
import { detailCrumbs } from '@/lib/domain/detail-shared';
import { toProgramDetail } from '@/lib/domain/program-detail';
import { loadRelated } from '@/lib/domain/related-summaries';
import { toEventSummary } from '@/lib/domain/event';
import { toLaunchSummary } from '@/lib/domain/launch';
import { describeProgram } from '@/lib/seo/describe';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record, path } = await requireDetail('programs', (await params).id);
  const program = toProgramDetail(record);
  return detailMetadata({
    title: `${program.name} program`,
    description: describeProgram(record),
    path,
    image: program.image,
  });
}

export default async function ProgramPage({ params }: Props) {
  const { record, path } = await requireDetail('programs', (await params).id);
  const program = toProgramDetail(record);
  const id = String(program.id);
  const crumbs = detailCrumbs('programs', program.name, path);
  const launches = loadRelated(
    listRelated('launches', { program: id, ordering: '-net' }),
    toLaunchSummary,
  );
  const events = loadRelated(
    listRelated('events', { program: id, ordering: '-date' }),
    toEventSummary,
  );

  return (
    <DetailLayout
      header={
        <DetailHeader
          crumbs={crumbs}
          kicker={program.type ? `Program · ${program.type}` : 'Program'}
          title={program.name}
        />
      }
      media={<HeroImage image={program.image} name={program.name} icon="image" ratio="4/3" />}
      aside={
        <>
          <Card className="empty:hidden">
            <ProgramFacts program={program} />
            {program.links.length ? (
              <div className="border-line mt-4 border-t pt-4">
                <WebLinks links={program.links} />
              </div>
            ) : null}
          </Card>
        </>
      }
    >
      <JsonLdScript data={breadcrumbLd(crumbs)} />
      <AboutSection text={program.description} />
      {program.agencies.length ? (
        <DetailSection title="Agencies">
          <LinkChips links={program.agencies} label="Agencies in this program" />
        </DetailSection>
      ) : null}
      <RelatedSection
        title="Launches"
        noun="launches"
        data={launches}
        allHref={program.launchesHref}
      >
        {(items) => <LaunchCards items={items} />}
      </RelatedSection>
      <RelatedSection title="Events" noun="events" data={events} allHref={program.eventsHref}>
        {(items) => <EventCards items={items} />}
      </RelatedSection>
      {program.patches.length ? (
        <DetailSection title="Mission patches">
          <MissionPatches patches={program.patches} />
        </DetailSection>
      ) : null}
    </DetailLayout>
  );
}
