import { ShareButton } from '@/components/share/share-button';
import { absoluteUrl } from '@/lib/routing/detail-metadata';
import type { Crumb } from '@/lib/domain/detail-shared';
import { Breadcrumbs } from './breadcrumbs';

export interface DetailHeaderProps {
  crumbs: readonly Crumb[];
  /** What kind of record this is ("Launch", "Space station · Government"). */
  kicker: string;
  title: string;
  /** Badges next to the title. */
  badges?: React.ReactNode;
  /** A line under the title: provider, rocket, serial… */
  subtitle?: React.ReactNode;
  /** A logo or small image before the title. */
  media?: React.ReactNode;
  /** Links before Share: "Add to calendar", the webcast. */
  actions?: React.ReactNode;
}

export function DetailHeader({
  crumbs,
  kicker,
  title,
  badges,
  subtitle,
  media,
  actions,
}: DetailHeaderProps) {
  // The last crumb is the page itself, at its canonical path.
  const path = crumbs.at(-1)?.href;
  return (
    <header>
      <Breadcrumbs crumbs={crumbs} />
      <div className="mt-5 flex items-start gap-4 sm:gap-5">
        {media ? <div className="shrink-0">{media}</div> : null}
        <div className="min-w-0 flex-1">
          <p className="text-accent text-xs font-semibold tracking-widest uppercase">{kicker}</p>
          <h1 className="text-ink mt-1 text-3xl font-bold tracking-tight break-words sm:text-4xl">
            {title}
          </h1>
          {badges ? <div className="mt-3 flex flex-wrap items-center gap-2">{badges}</div> : null}
          {subtitle ? <div className="text-ink-muted mt-3">{subtitle}</div> : null}
          <div className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-2">
            {actions}
            {path ? <ShareButton url={absoluteUrl(path)} title={title} /> : null}
          </div>
        </div>
      </div>
    </header>
  );
}
