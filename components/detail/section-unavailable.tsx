import { Notice } from '@/components/ui/notice';
import { SECTION_UNAVAILABLE_ATTRIBUTE } from '@/lib/data/live-error';
import { DetailSection } from './section';

/**
 * Stands in for a section whose data could not be loaded, so the rest of the page shows. The
 * mark keeps the page out of the response cache: the next reader gets a fresh try.
 */
export function SectionUnavailable({
  title,
  children,
}: {
  title: string;
  children: React.ReactNode;
}) {
  return (
    <DetailSection title={title}>
      <div {...{ [SECTION_UNAVAILABLE_ATTRIBUTE]: '' }}>
        <Notice tone="warning">{children}</Notice>
      </div>
    </DetailSection>
  );
}
