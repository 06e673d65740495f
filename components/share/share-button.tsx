'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { shareControlClass } from './styles';

export interface ShareButtonProps {
  /** The page's canonical URL, absolute (`SITE_URL` + path), so every copy names the same page. */
  url: string;
  /** The page's title, offered to the share sheet. */
  title: string;
}

type Status = 'idle' | 'copied' | 'failed';

const noop = () => () => {};

/** False during the server render and hydration, true once the island runs in the browser. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}

function ShareIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
    >
      <path d="M8 10V2m0 0L5 5m3-3 3 3" strokeLinecap="round" strokeLinejoin="round" />
      <path
        d="M4 7H3.5A1.5 1.5 0 0 0 2 8.5v4A1.5 1.5 0 0 0 3.5 14h9a1.5 1.5 0 0 0 1.5-1.5v-4A1.5 1.5 0 0 0 12.5 7H12"
        strokeLinecap="round"
      />
    </svg>
  );
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function canShareNatively(): boolean {
  return typeof navigator.share === 'function';
}

/**
 * "Share": the system share sheet where the Web Share API exists, else "Copy link", which copies
 * the canonical URL and says so in a live region. Without JavaScript it is a plain link to the
 * canonical URL.
 */
export function ShareButton({ url, title }: ShareButtonProps) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState<Status>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (status === 'failed') field.current?.select();
  }, [status]);

  if (!hydrated) {
    return (
      <a href={url} className={shareControlClass}>
        <ShareIcon />
        Link to this page
      </a>
    );
  }

  const absolute = new URL(url, window.location.href).href;

  async function share() {
    clearTimeout(timer.current);
    const data = { title, url: absolute };
    if (canShareNatively() && (navigator.canShare?.(data) ?? true)) {
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        // The person closed the sheet: nothing to report.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    const ok = await copyText(absolute);
    setStatus(ok ? 'copied' : 'failed');
    if (ok) timer.current = setTimeout(() => setStatus('idle'), 3000);
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" onClick={share} className={shareControlClass}>
        <ShareIcon />
        {canShareNatively() ? 'Share' : 'Copy link'}
      </button>
      <span role="status" aria-live="polite" className="text-ink-muted text-sm">
        {status === 'copied' ? 'Link copied' : status === 'failed' ? 'Copy this link:' : ''}
      </span>
      {status === 'failed' ? (
        <input
          ref={field}
          readOnly
          value={absolute}
          aria-label="Link to this page"
          onFocus={(e) => e.currentTarget.select()}
          className="border-line bg-surface text-ink w-72 max-w-full rounded-md border px-2 py-1 text-sm"
        />
      ) : null}
    </span>
  );
}
