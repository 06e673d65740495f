import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { ListPage } from '@/components/list/list-page';
import { ViewTabs } from '@/components/list/view-tabs';
import { toLaunchSummary } from '@/lib/domain/launch';
import type { ListRequest, ListSearchParams, ListState } from '@/lib/list/load';
import { listMetadata } from '@/lib/list/metadata';
import { createListUrl } from '@/lib/url/list-url';
import { LaunchResults } from './launch-results';

export type LaunchView = 'all' | 'upcoming' | 'previous';

const VIEWS: Record<LaunchView, { route: string; tab: string; title: string; about: string }> = {
  all: {
    route: '/launches',
    tab: 'All',
    title: 'Launches',
    about:
      'Every orbital and sub-orbital launch in the index, past and planned, with status, rocket, provider and pad.',
  },
  upcoming: {
    route: '/launches/upcoming',
    tab: 'Upcoming',
    title: 'Upcoming launches',
    about: 'Launches that have not flown yet (and those of the last 24 hours), soonest first.',
  },
  previous: {
    route: '/launches/previous',
    tab: 'Previous',
    title: 'Previous launches',
    about: 'Launches that have flown, most recent first, with their outcome.',
  },
};

const ORDER: LaunchView[] = ['all', 'upcoming', 'previous'];

function requestFor(view: LaunchView): ListRequest {
  return { key: 'launches', route: VIEWS[view].route, view: view === 'all' ? undefined : view };
}

/** All / Upcoming / Previous as links; filters carry over, ordering and paging start afresh. */
function LaunchTabs({ state, current }: { state: ListState; current: LaunchView }) {
  const viewOnly = new Set(state.def.views?.flatMap((v) => v.params ?? []) ?? []);
  const keep = state.base.filter(([k]) => k !== 'ordering' && k !== 'offset' && !viewOnly.has(k));
  const tabs = ORDER.map((view) => ({
    label: VIEWS[view].tab,
    href: createListUrl(VIEWS[view].route, keep, {}, { mode: state.def.defaultMode }),
    current: view === current,
  }));
  return <ViewTabs label="Launch lists" tabs={tabs} />;
}

/** The same filters on /statistics (which reads them with this page's parser): "SpaceX in charts". */
function StatisticsLink({ state }: { state: ListState }) {
  const presentation = new Set(['ordering', 'offset', 'limit', 'mode']);
  const href = createListUrl(
    '/statistics',
    state.base.filter(([k]) => !presentation.has(k)),
    {},
    {},
  );
  return (
    <Link
      href={href}
      prefetch={false}
      className="text-link text-sm font-medium underline-offset-2 hover:underline"
    >
      {state.parsed.query.filters.length > 0 || state.parsed.query.search
        ? 'These launches in charts'
        : 'Launch statistics in charts'}
    </Link>
  );
}

export function launchListMetadata(
  view: LaunchView,
  searchParams: ListSearchParams,
): Promise<Metadata> {
  return listMetadata(requestFor(view), searchParams, VIEWS[view].title, VIEWS[view].about);
}

/** The three launch lists share one page with a different LL2 view. */
export function LaunchListPage({
  view,
  searchParams,
}: {
  view: LaunchView;
  searchParams: ListSearchParams;
}) {
  const emptyHint =
    view === 'upcoming' ? (
      <>
        No launch is scheduled in the index right now.{' '}
        <Link
          href="/launches/previous"
          className="text-link font-medium underline underline-offset-2"
        >
          See previous launches
        </Link>
      </>
    ) : undefined;
  return (
    <ListPage
      request={requestFor(view)}
      binding={{ toItem: toLaunchSummary, Results: LaunchResults }}
      searchParams={searchParams}
      title={VIEWS[view].title}
      description={VIEWS[view].about}
      tabs={(state) =>
        view === 'all' ? (
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <div className="min-w-0 flex-1">
              <LaunchTabs state={state} current={view} />
            </div>
            <StatisticsLink state={state} />
          </div>
        ) : (
          <LaunchTabs state={state} current={view} />
        )
      }
      emptyHint={emptyHint}
    />
  );
}
