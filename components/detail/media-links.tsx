import { LocalTime } from '@/components/time/local-time';
import { Badge } from '@/components/ui/badge';
import { ExternalLink } from '@/components/ui/external-link';
import type { InfoLink, VideoLink } from '@/lib/domain/media-links';

/** Webcasts and videos: title, publisher, language, whether it is live, and the link. */
export function VideoList({ videos }: { videos: readonly VideoLink[] }) {
  if (videos.length === 0) return null;
  return (
    <ul className="space-y-3">
      {videos.map((v) => (
        <li key={v.url} className="border-line bg-surface shadow-card rounded-xl border px-4 py-3">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <ExternalLink href={v.url} className="min-w-0 break-words">
              {v.title}
            </ExternalLink>
            {v.live ? (
              <Badge tone="failure" dot>
                Live
              </Badge>
            ) : null}
          </div>
          <p className="text-ink-muted mt-1 text-sm">
            {[v.publisher, v.source !== v.publisher ? v.source : null, v.language]
              .filter(Boolean)
              .join(' · ')}
            {v.start ? (
              <>
                {' · '}
                <LocalTime iso={v.start.iso} precision={v.start.precision} relative={false} />
              </>
            ) : null}
          </p>
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
