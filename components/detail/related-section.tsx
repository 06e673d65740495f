import { Suspense } from 'react';
import { ListSkeleton } from './detail-skeleton';
import type { Related } from '@/lib/domain/related-summaries';
import { ViewAllLink } from './view-all-link';
import { DetailSection } from './section';
import { SectionUnavailable } from './section-unavailable';

const numberFormat = new Intl.NumberFormat('en-US');

export interface RelatedSectionProps<T> {
  title: string;
  /** Started by the page; `null` means the lookup failed. */
  data: Promise<Related<T> | null>;
  /** The full, filterable list on our site. */
  allHref?: string;
  /** "launches": the link reads "All 42 launches". */
  noun: string;
  /** How the short list was chosen: "Latest 5 of 42", "Busiest 10 of 28". */
  lead?: string;
  children: (items: T[]) => React.ReactNode;
}

/**
 * A related list that streams in after the main record, behind a skeleton of its own. With no
 * matches it renders nothing: a section with no data is left out, not shown empty.
 */
export function RelatedSection<T>(props: RelatedSectionProps<T>) {
  return (
    <Suspense fallback={<ListSkeleton />}>
      <RelatedSectionBody {...props} />
    </Suspense>
  );
}

async function RelatedSectionBody<T>({
  title,
  data,
  allHref,
  noun,
  lead = 'Latest',
  children,
}: RelatedSectionProps<T>) {
  const related = await data;
  if (related === null) {
    return (
      <SectionUnavailable title={title}>
        We couldn’t load the {noun} just now. Reload the page to try again.
      </SectionUnavailable>
    );
  }
  if (related.items.length === 0) return null;
  const more = related.total > related.items.length;
  return (
    <DetailSection
      title={title}
      description={
        more
          ? `${lead} ${related.items.length} of ${numberFormat.format(related.total)}`
          : undefined
      }
      action={
        allHref ? (
          <ViewAllLink href={allHref}>
            {more ? `All ${numberFormat.format(related.total)} ${noun}` : `Browse ${noun}`}
          </ViewAllLink>
        ) : undefined
      }
    >
      {children(related.items)}
    </DetailSection>
  );
}
