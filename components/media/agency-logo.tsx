import { chooseLogo, type LL2ImageInput } from '@/lib/format/images';
import type { ImageSlot } from '@/lib/images/image-widths';
import { RemoteImage } from './remote-image';

const SIZES = {
  sm: 'size-10 rounded-lg',
  md: 'size-16 rounded-xl',
  lg: 'size-28 rounded-2xl',
} as const;

const SLOTS = { sm: 'logoSm', md: 'logoMd', lg: 'logoLg' } as const satisfies Record<
  keyof typeof SIZES,
  ImageSlot
>;

export interface AgencyLogoProps {
  /** Agency name: alt text and placeholder initials. */
  name: string;
  /** Short name for the placeholder ("ESA"), when the agency has one. */
  abbrev?: string | null;
  logo?: LL2ImageInput;
  socialLogo?: LL2ImageInput;
  size?: keyof typeof SIZES;
  /** Use LL2's thumbnails for the plain logo (small sizes). */
  thumbnail?: boolean;
  className?: string;
}

/**
 * An agency logo that suits the theme. The `.dark` class on <html> is the single source of
 * truth (the head script sets it from the stored choice or the OS), so two <img>s toggled by
 * `dark:` follow both the OS and the manual toggle; a `<picture>` media query would only follow
 * the OS. Hidden lazy images are not downloaded.
 */
export function AgencyLogo({
  name,
  abbrev,
  logo,
  socialLogo,
  size = 'md',
  thumbnail = size === 'sm',
  className = '',
}: AgencyLogoProps) {
  const choice = chooseLogo({ logo, social_logo: socialLogo }, { thumbnail });
  const alt = `${name} logo`;
  const placeholderName = abbrev && abbrev.length <= 4 ? abbrev : name;
  const frame = `${SIZES[size]} shrink-0 overflow-hidden border border-line bg-surface ${className}`;
  const pad = size === 'sm' ? 'p-1' : size === 'md' ? 'p-1.5' : 'p-3';

  const image = (src: string | null) => (
    <RemoteImage
      src={src}
      slot={SLOTS[size]}
      alt={alt}
      name={placeholderName}
      icon="agency"
      ratio="1/1"
      fit="contain"
      backdrop={false}
      className="size-full"
      imgClassName={pad}
    />
  );

  if (choice.light === choice.dark) {
    return (
      <span className={`block ${frame} ${choice.darkNeedsLightTile ? 'dark:bg-slate-100' : ''}`}>
        {image(choice.light)}
      </span>
    );
  }

  return (
    <span className={`block ${frame}`}>
      <span className="block size-full dark:hidden">{image(choice.light)}</span>
      <span
        className={`hidden size-full dark:block ${choice.darkNeedsLightTile ? 'bg-slate-100' : ''}`}
      >
        {image(choice.dark)}
      </span>
    </span>
  );
}
