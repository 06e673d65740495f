import { displayHost } from '@/lib/format/url';
import { imageCreditInfo, type LL2ImageInput } from '@/lib/format/images';

const linkClass =
  'underline decoration-line-strong underline-offset-2 hover:text-ink hover:decoration-current';

/** "Credit: SpaceX · License: CC BY-SA 4.0" under an LL2 image; the license links when it can. */
export function ImageCredit({
  image,
  className = '',
}: {
  image: LL2ImageInput;
  className?: string;
}) {
  if (!image) return null;
  const { credit, creditUrl, licenseName, licenseUrl } = imageCreditInfo(image);
  return (
    <p className={`text-ink-muted text-xs ${className}`}>
      {credit ? (
        <>
          <span>
            Credit:{' '}
            {creditUrl ? (
              <a href={creditUrl} target="_blank" rel="noopener noreferrer" className={linkClass}>
                {displayHost(creditUrl)}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            ) : (
              credit
            )}
          </span>
          <span aria-hidden="true"> · </span>
        </>
      ) : null}
      <span>
        License:{' '}
        {licenseUrl ? (
          <a href={licenseUrl} target="_blank" rel="noopener noreferrer" className={linkClass}>
            {licenseName}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        ) : (
          licenseName
        )}
      </span>
    </p>
  );
}
