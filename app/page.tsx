import type { Metadata } from 'next';
import { ByTheNumbers, QuickLinks } from '@/components/home/browse-index';
import { DockedNow } from '@/components/home/docked-now';
import { EventHighlights } from '@/components/home/event-highlights';
import { HomeHero } from '@/components/home/home-hero';
import { LaunchHighlights } from '@/components/home/launch-highlights';
import { PeopleInSpace } from '@/components/home/people-in-space';
import { SlowSection } from '@/components/home/slow-section';
import {
  LaunchHighlightsSkeleton,
  ListSkeleton,
  NumbersSkeleton,
  QuickLinksSkeleton,
} from '@/components/home/home-skeletons';
import { pageOpenGraph, siteFeedTypes } from '@/lib/seo/site';

// "Next launches" and "docked now" depend on the clock, so the page is rendered per request
// (the list cache keeps that cheap).
export const dynamic = 'force-dynamic';

const title = 'Orbit Index — launches, agencies and spacecraft';
const description =
  'The next launches, latest events and who is docked to the space stations, with search across every launch, agency, spacecraft and station in The Space Devs’ Launch Library 2.';

export const metadata: Metadata = {
  title: { absolute: title },
  description,
  // A page's `alternates`/`openGraph` replace the layout's, so the feeds and site name come along.
  alternates: { canonical: '/', types: siteFeedTypes() },
  openGraph: pageOpenGraph({ title, description, url: '/', withSiteImage: false }),
};

export default function HomePage() {
  return (
    <>
      <HomeHero />
      <div className="mx-auto max-w-7xl space-y-14 px-4 py-10 sm:px-6 lg:px-8">
        <SlowSection fallback={<LaunchHighlightsSkeleton />}>
          <LaunchHighlights />
        </SlowSection>
        <div className="grid gap-14 lg:grid-cols-2 lg:gap-8">
          <SlowSection fallback={<ListSkeleton title="Events" />}>
            <EventHighlights />
          </SlowSection>
          <SlowSection fallback={<ListSkeleton title="Docked now" rows={3} />}>
            <DockedNow />
          </SlowSection>
        </div>
        <SlowSection fallback={<ListSkeleton title="People in space now" rows={2} />}>
          <PeopleInSpace />
        </SlowSection>
        <SlowSection fallback={<NumbersSkeleton />}>
          <ByTheNumbers />
        </SlowSection>
        <SlowSection fallback={<QuickLinksSkeleton />}>
          <QuickLinks />
        </SlowSection>
      </div>
    </>
  );
}
