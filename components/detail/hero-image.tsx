import { ImageCredit } from '@/components/media/image-credit';
import type { PlaceholderIcon } from '@/components/media/image-placeholder';
import { RemoteImage } from '@/components/media/remote-image';
import { imageAlt, type LL2Image } from '@/lib/format/images';

/**
 * The record's picture in a fixed frame, with credit and license under it; a placeholder when
 * missing. The page's main picture is its largest paint, fetched first; secondary ones (maps,
 * infographics) pass `priority={false}` and load lazily.
 */
export function HeroImage({
  image,
  name,
  icon,
  ratio = '16/9',
  priority = true,
}: {
  image: LL2Image | null;
  name: string;
  icon: PlaceholderIcon;
  ratio?: '16/9' | '4/3' | '1/1';
  priority?: boolean;
}) {
  return (
    <figure>
      <RemoteImage
        src={image?.image_url ?? image?.thumbnail_url}
        slot="hero"
        alt={imageAlt(image, name)}
        name={name}
        icon={icon}
        preferIcon
        ratio={ratio}
        priority={priority}
        className="border-line rounded-2xl border"
      />
      {image && (image.credit || image.license?.name) ? (
        <figcaption className="mt-2">
          <ImageCredit image={image} />
        </figcaption>
      ) : null}
    </figure>
  );
}
