import { describeWait } from '@/lib/page-cache/live-unavailable';

const linkClass =
  'text-link font-medium underline decoration-current/30 underline-offset-2 hover:decoration-current';

/**
 * What a reader sees when a live page could not be read from LL2 and nothing was saved: what
 * happened and what to do, complete without JavaScript. Links are plain anchors so a retry is a
 * full request, which the front server answers afresh.
 */
export function Ll2Unavailable({
  retryHref,
  retryAfterSeconds,
}: {
  retryHref: string;
  /** From LL2's 429, when it said; otherwise unknown. */
  retryAfterSeconds: number | null;
}) {
  const wait = retryAfterSeconds === null ? null : describeWait(retryAfterSeconds);
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 sm:py-24">
      <p className="text-pending-ink text-sm font-semibold tracking-widest uppercase">
        Error 503 · Live data unavailable
      </p>
      <h1 className="text-ink mt-3 text-3xl font-bold tracking-tight sm:text-4xl">
        Launch Library 2 isn’t answering right now
      </h1>
      <p className="text-ink-muted mt-4">
        This site reads this page live from The Space Devs’ Launch Library 2, which{' '}
        {wait
          ? `allows no more calls for ${wait} (its rate limit is used up)`
          : 'could not be reached'}
        , and there is no saved copy of the page to show instead.
      </p>
      <h2 className="text-ink mt-8 text-lg font-semibold">What you can do</h2>
      <ul className="text-ink-muted mt-3 list-disc space-y-2 pl-5">
        <li>
          {/* A full page load, not a client navigation: the server decides afresh. */}
          <a href={retryHref} className={linkClass}>
            Try this page again
          </a>{' '}
          {wait ? `in ${wait}` : 'in a minute or two'}.
        </li>
        <li>
          Pages opened recently still load from their saved copies:{' '}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/" className={linkClass}>
            go to the home page
          </a>
          .
        </li>
        <li>
          Running this site yourself? Start it with{' '}
          <code className="text-ink font-mono text-sm">DATA_SOURCE=local</code> to serve the
          embedded snapshot of Launch Library 2, which never waits on it (
          <code className="text-ink font-mono text-sm">npm run sync</code> keeps it current).
        </li>
      </ul>
    </div>
  );
}
