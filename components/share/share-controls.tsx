import { useEffect, useRef, useState } from 'react';
import type { ShareButtonProps } from './share-button';
import { ShareIcon } from './share-icon';
import { shareControlClass } from './styles';

type Status = 'idle' | 'copied' | 'failed';

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

/** ShareButton once hydrated: the share sheet or Copy link, and what happened. */
export function ShareControls({ url, title }: ShareButtonProps) {
  const [status, setStatus] = useState<Status>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (status === 'failed') field.current?.select();
  }, [status]);

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
