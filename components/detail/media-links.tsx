import { LocalTime } from '@/components/time/local-time';
import { Badge } from '@/components/ui/badge';
import { ExternalLink } from '@/components/ui/external-link';
import type { InfoLink, VideoLink } from '@/lib/domain/media-links';

/**
 * Webcasts and videos: title, publisher, type, language, live flag and times, and a "Watch" link
 * off the site. Never an embedded player: a third-party frame would bring its cookies and
 * scripts into every launch page. A bare link from an older record shows as just that.
 */
export function VideoList({ videos }: { videos: readonly VideoLink[] }) {
  if (videos.length === 0) return null;
  return (
    <ul className="space-y-3">
      {videos.map((v) => (
        <li key={v.url} className="border-line bg-surface shadow-card rounded-xl border px-4 py-3">
          {v.plain ? (
            <ExternalLink href={v.url} className="break-words">
              Watch on {v.source ?? v.title}
            </ExternalLink>
          ) : (
            <>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p className="text-ink min-w-0 font-medium break-words">{v.title}</p>
                {v.live ? (
                  <Badge tone="failure" dot>
                    Live
                  </Badge>
                ) : null}
              </div>
              <p className="text-ink-muted mt-1 text-sm">
                {[v.publisher, v.source !== v.publisher ? v.source : null, v.type, v.language]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {v.start || v.end ? (
                <p className="text-ink-muted mt-1 text-sm">
                  {v.start ? (
                    <>
                      Starts{' '}
                      <LocalTime iso={v.start.iso} precision={v.start.precision} relative={false} />
                    </>
                  ) : null}
                  {v.start && v.end ? ' · ' : null}
                  {v.end ? (
                    <>
                      Ends{' '}
                      <LocalTime iso={v.end.iso} precision={v.end.precision} relative={false} />
                    </>
                  ) : null}
                </p>
              ) : null}
              <p className="mt-2">
                <ExternalLink href={v.url}>
                  Watch<span className="sr-only"> {v.title}</span>
                </ExternalLink>
              </p>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Press releases and articles about the launch or event. */
export function InfoLinkList({ links }: { links: readonly InfoLink[] }) {
  if (links.length === 0) return null;
  return (
    <ul className="space-y-3">
      {links.map((l) => (
        <li key={l.url} className="border-line bg-surface shadow-card rounded-xl border px-4 py-3">
          <ExternalLink href={l.url} className="break-words">
            {l.title}
          </ExternalLink>
          <p className="text-ink-muted mt-1 text-sm">
            {[l.source, l.language].filter(Boolean).join(' · ')}
          </p>
          {l.description ? (
            <p className="text-ink mt-1 line-clamp-3 text-sm">{l.description}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
