import type { Metadata } from 'next';
import { AgencyFacts } from '@/components/agency/agency-facts';
import { AgencyFleet } from '@/components/agency/agency-fleet';
import { OutcomesChart } from '@/components/agency/outcomes-chart';
import { AboutSection } from '@/components/detail/about-section';
import { DetailHeader } from '@/components/detail/detail-header';
import { DetailLayout } from '@/components/detail/detail-layout';
import { HeroImage } from '@/components/detail/hero-image';
import { JsonLdScript } from '@/components/detail/json-ld';
import { AgencyCards, ConfigCards, LaunchCards, RocketCards } from '@/components/detail/related-lists';
import { ViewAllLink } from '@/components/detail/view-all-link';
import { RelatedSection } from '@/components/detail/related-section';
import { DetailSection } from '@/components/detail/section';
import { AgencyLogo } from '@/components/media/agency-logo';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { findByName, listRelated } from '@/lib/data/related';
import { toAgencySummary } from '@/lib/domain/agency';
import { toAgencyDetail, type AgencyDetail } from '@/lib/domain/agency-detail';
import { breadcrumbLd, detailMetadata, siteUrl } from '@/lib/routing/detail-metadata';
import { requireDetail } from '@/lib/routing/detail-route';
import { detailCrumbs, recordLink } from '@/lib/domain/detail-shared';
import { loadRelated } from '@/lib/domain/related-summaries';
import { toSpacecraftConfigurationSummary } from '@/lib/domain/spacecraft-configuration';
import { toLaunchSummary } from '@/lib/domain/launch';
import { toRocketSummary } from '@/lib/domain/rocket';
import { describeAgency } from '@/lib/seo/describe';
import { agencyJsonLd } from '@/lib/seo/json-ld';

type Props = { params: Promise<{ id: string }> };

/** A parent known by name only, linked to its page when the index holds an agency of that name. */
async function linkParent(parent: AgencyDetail['parent']): Promise<AgencyDetail['parent']> {
  if (!parent || parent.href) return parent;
  const found = await findByName('agencies', parent.name).catch(() => null);
  return (found && recordLink('agencies', found)) ?? parent;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { record, path } = await requireDetail('agencies', (await params).id);
  const agency = toAgencyDetail(record);
  return detailMetadata({
    title: agency.abbrev ? `${agency.name} (${agency.abbrev})` : agency.name,
    description: describeAgency(record),
    path,
    image: agency.socialLogo ?? agency.logo ?? agency.image,
    imageAlt: `${agency.name} logo`,
  });
}

export default async function AgencyPage({ params }: Props) {
  const { record, path } = await requireDetail('agencies', (await params).id);
  const detail = toAgencyDetail(record);
  const parent = linkParent(detail.parent);
  const id = String(detail.id);
  const subsidiaries = loadRelated(
    listRelated('agencies', { parent__id: id, ordering: 'name' }, 6),
    toAgencySummary,
  );
  const launches = loadRelated(
    listRelated('launches', { lsp__id: id, ordering: '-net' }),
    toLaunchSummary,
  );
  // LL2's own list of its spacecraft types links to their pages; without it, ask the store.
  const listedSpacecraft = detail.spacecraft.some((s) => s.href !== null);
  const configs = listedSpacecraft
    ? Promise.resolve(null)
    : loadRelated(
        listRelated('spacecraft_configurations', { agency: id }),
        toSpacecraftConfigurationSummary,
      );
  // LL2's detailed record lists its rockets with ids; otherwise the store knows them by maker.
  const listedRockets = detail.launchers.some((l) => l.href !== null);
  const rockets = listedRockets
    ? Promise.resolve(null)
    : loadRelated(
        listRelated(
          'launcher_configurations',
          { manufacturer__name: detail.name, ordering: '-total_launch_count' },
          6,
        ),
        toRocketSummary,
      );
  // Its parent's link is looked up while the related lists above are already on their way.
  const agency = { ...detail, parent: await parent };
  const crumbs = detailCrumbs('agencies', agency.name, path);

  return (
    <DetailLayout
      header={
        <DetailHeader
          crumbs={crumbs}
          kicker={agency.type ? `Agency · ${agency.type}` : 'Agency'}
          title={agency.name}
          media={
            <AgencyLogo
              name={agency.name}
              abbrev={agency.abbrev}
              logo={agency.logo}
              socialLogo={agency.socialLogo}
              size="lg"
              className="max-sm:size-20"
            />
          }
          badges={
            <>
              {agency.abbrev ? <Badge tone="info">{agency.abbrev}</Badge> : null}
              {agency.featured ? <Badge tone="success">Featured</Badge> : null}
              {agency.foundingYear ? <Badge>Founded {agency.foundingYear}</Badge> : null}
            </>
          }
        />
      }
      media={
        agency.image ? <HeroImage image={agency.image} name={agency.name} icon="agency" /> : null
      }
      aside={
        <Card className="empty:hidden">
          <AgencyFacts agency={agency} />
        </Card>
      }
    >
      <JsonLdScript
        data={[agencyJsonLd(record, { siteUrl: siteUrl(), url: path }), breadcrumbLd(crumbs)]}
      />
      <AboutSection text={agency.description} />
      {agency.launches || agency.landings ? (
        <DetailSection
          title="Launch and landing record"
          action={<ViewAllLink href={agency.launchesHref}>Browse its launches</ViewAllLink>}
        >
          <OutcomesChart name={agency.name} launches={agency.launches} landings={agency.landings} />
        </DetailSection>
      ) : null}
      <RelatedSection
        title="Latest launches"
        noun="launches"
        data={launches}
        allHref={agency.launchesHref}
      >
        {(items) => <LaunchCards items={items} />}
      </RelatedSection>
      <RelatedSection
        title="Agencies under it"
        noun="agencies"
        lead="First"
        data={subsidiaries}
        allHref={agency.subsidiariesHref}
      >
        {(items) => <AgencyCards items={items} />}
      </RelatedSection>
      {listedRockets ? (
        <DetailSection
          title="Rockets"
          action={<ViewAllLink href={agency.rocketsHref}>Its rockets</ViewAllLink>}
        >
          <AgencyFleet items={agency.launchers} />
        </DetailSection>
      ) : (
        <RelatedSection
          title="Rockets"
          noun="rockets"
          lead="Most launched"
          data={rockets}
          allHref={agency.rocketsHref}
        >
          {(items) => <RocketCards items={items} />}
        </RelatedSection>
      )}
      {!listedRockets && agency.launchers.length > 0 ? (
        <DetailSection title="Rocket families">
          <AgencyFleet items={agency.launchers} />
        </DetailSection>
      ) : null}
      {agency.spacecraft.length > 0 ? (
        <DetailSection
          title="Spacecraft"
          action={
            <ViewAllLink href={agency.spacecraftConfigsHref}>Its spacecraft types</ViewAllLink>
          }
        >
          <AgencyFleet items={agency.spacecraft} />
        </DetailSection>
      ) : null}
      {listedSpacecraft ? null : (
        <RelatedSection
          title="Spacecraft types"
          noun="spacecraft types"
          data={configs}
          allHref={agency.spacecraftConfigsHref}
        >
          {(items) => <ConfigCards items={items} />}
        </RelatedSection>
      )}
    </DetailLayout>
  );
}
