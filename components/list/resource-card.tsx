import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { Blurb, CardImage, CardTitle, Facts, type CardImageProps, type Fact } from './card-parts';

export interface ResourceCardProps {
  /** The picture on top; null for a card without one. */
  image: CardImageProps | null;
  /** Status badges above the title; the row takes no room when there are none. */
  badges?: ReactNode;
  href: string;
  title: ReactNode;
  facts: Fact[];
  /** The detailed view's card (the list's "details" switch): `more` facts and the blurb. */
  detailed?: boolean;
  more?: Fact[];
  blurb?: string | null;
  blurbLines?: 3 | 4 | 6;
  /** Between the title and the facts (a launch's or event's date). */
  children?: ReactNode;
}

/** The card every resource's list shows: picture, badges, linked title, facts, blurb. */
export function ResourceCard({
  image,
  badges,
  href,
  title,
  facts,
  detailed = false,
  more = [],
  blurb = null,
  blurbLines,
  children,
}: ResourceCardProps) {
  return (
    <Card as="article" padding="none" interactive className="flex w-full flex-col overflow-hidden">
      {image ? <CardImage {...image} /> : null}
      <div className="flex flex-1 flex-col gap-3 p-4">
        <div className="flex flex-wrap items-center gap-2 empty:hidden">{badges}</div>
        <CardTitle href={href}>{title}</CardTitle>
        {children}
        <Facts items={detailed ? [...facts, ...more] : facts} />
        {detailed ? <Blurb text={blurb} lines={blurbLines} /> : null}
      </div>
    </Card>
  );
}
