import { Link } from '@/components/ui/link';
import type { ReactNode } from 'react';
import { RemoteImage } from '@/components/media/remote-image';
import { LocalTime, type LocalTimeProps } from '@/components/time/local-time';
import type { PlaceholderIcon } from '@/components/media/image-placeholder';
import { imageAlt, imageCreditInfo, imageUrl, type LL2Image } from '@/lib/format/images';

/** "NASA · NASA Image and Media Guidelines", or null when neither is known. */
export function creditLine(image: LL2Image | null): string | null {
  if (!image) return null;
  const { credit, licenseName } = imageCreditInfo(image);
  const license = licenseName === 'Unknown' ? null : licenseName;
  if (!credit && !license) return null;
  return [credit ? `© ${credit}` : null, license].filter(Boolean).join(' · ');
}

export interface CardImageProps {
  image: LL2Image | null;
  fallbackAlt: string;
  icon: PlaceholderIcon;
  name?: string;
  ratio?: '16/9' | '2/1' | '3/2';
}

/**
 * A card's picture in a fixed-ratio box (no layout shift), with its credit and license in a
 * small caption over the corner.
 */
export function CardImage({ image, fallbackAlt, icon, name, ratio = '16/9' }: CardImageProps) {
  const credit = creditLine(image);
  return (
    <figure className="relative">
      <RemoteImage
        src={imageUrl(image, { thumbnail: true })}
        slot="card"
        alt={imageAlt(image, fallbackAlt)}
        name={name}
        icon={icon}
        preferIcon
        ratio={ratio}
      />
      {credit ? (
        <figcaption
          title={credit}
          className="absolute right-0 bottom-0 max-w-[85%] truncate rounded-tl-md bg-black/65 px-1.5 py-0.5 text-[10px] leading-tight text-white"
        >
          <span className="sr-only">Image: </span>
          {credit}
        </figcaption>
      ) : null}
    </figure>
  );
}

/** The card's title; its link covers the whole card (see Card `interactive`). */
export function CardTitle({
  href,
  children,
  level = 3,
}: {
  href: string;
  children: ReactNode;
  level?: 2 | 3;
}) {
  const Heading = `h${level}` as const;
  return (
    <Heading className="text-ink text-base leading-snug font-semibold">
      <Link href={href} className="card-link">
        {children}
      </Link>
    </Heading>
  );
}

/** A label and its value; a row whose value is null, undefined, '' or false is left out. */
export type Fact = [string, ReactNode];

/** Label/value facts; rows with an empty value are left out. */
export function Facts({ items, className = '' }: { items: Fact[]; className?: string }) {
  const rows = items.filter(([, v]) => v !== null && v !== undefined && v !== '' && v !== false);
  if (rows.length === 0) return null;
  return (
    <dl className={`grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm ${className}`}>
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-ink-muted">{label}</dt>
          <dd className="text-ink min-w-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Clamped free text (descriptions) for detailed cards. */
export function Blurb({ text, lines = 4 }: { text: string | null; lines?: 3 | 4 | 6 }) {
  if (!text) return null;
  const clamp = lines === 3 ? 'line-clamp-3' : lines === 4 ? 'line-clamp-4' : 'line-clamp-6';
  return <p className={`text-ink-muted text-sm ${clamp}`}>{text}</p>;
}

/** A launch's or event's date at LL2's precision, the line under a card's title. */
export function CardDate({ iso, precision }: Pick<LocalTimeProps, 'iso' | 'precision'>) {
  return (
    <p className="text-ink text-sm">
      <LocalTime iso={iso} precision={precision} fallback="Date to be announced" />
    </p>
  );
}

const numberFormat = new Intl.NumberFormat('en-US');

export function formatCount(n: number | null): string | null {
  return n === null ? null : numberFormat.format(n);
}

/** Text-only link for table cells. */
export function RowLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="text-link font-medium underline-offset-2 hover:underline">
      {children}
    </Link>
  );
}
