import { useRouter } from 'next/navigation';
import { useState, useTransition, type PointerEvent } from 'react';
import { DOCKING_RANGE, type RangeNames } from '@/lib/timeline/kinds';
import { selectionToWindow, windowToParams } from '@/lib/timeline/window';

export interface TimelineZoomProps {
  /** The window on screen, ISO strings (Dates do not cross the server/client boundary as Dates). */
  start: string;
  end: string;
  /** Plot size in px. */
  width: number;
  height: number;
  /** Height of the axis strip that takes the drag. */
  bandHeight: number;
  baseHref: string;
  /** The page's current query string; the range replaces its `docking__gte/lte`. */
  query: string;
  /** The URL parameters the range is kept in. */
  names?: RangeNames;
}

/** Drag across the axis with a mouse to zoom to that range; loaded by TimelineZoom once hydrated. */
export function TimelineZoomDrag({
  start,
  end,
  width,
  height,
  bandHeight,
  baseHref,
  query,
  names = DOCKING_RANGE,
}: TimelineZoomProps) {
  const router = useRouter();
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const [, startTransition] = useTransition();

  const xOf = (e: PointerEvent<HTMLDivElement>) =>
    e.clientX - e.currentTarget.getBoundingClientRect().left;

  function finish(e: PointerEvent<HTMLDivElement>) {
    if (!drag) return;
    setDrag(null);
    const to = xOf(e);
    if (Math.abs(to - drag.from) < 4) return;
    const range = selectionToWindow(drag.from, to, width, {
      start: new Date(start),
      end: new Date(end),
    });
    if (!range) return;
    const params = new URLSearchParams(query);
    params.delete('offset');
    const { docking__gte, docking__lte } = windowToParams(range);
    params.set(names.gte, docking__gte);
    params.set(names.lte, docking__lte);
    startTransition(() => router.push(`${baseHref}?${params.toString()}`));
  }

  return (
    <div aria-hidden="true" className="pointer-events-none absolute inset-0">
      <div
        title="Drag across the axis to zoom in"
        className="pointer-events-auto absolute inset-x-0 top-0 cursor-col-resize"
        style={{ height: bandHeight }}
        onPointerDown={(e) => {
          // Touch drags keep scrolling the plot sideways.
          if (e.pointerType !== 'mouse' || e.button !== 0) return;
          e.currentTarget.setPointerCapture(e.pointerId);
          const x = xOf(e);
          setDrag({ from: x, to: x });
        }}
        onPointerMove={(e) => drag && setDrag({ from: drag.from, to: xOf(e) })}
        onPointerUp={finish}
        onPointerCancel={() => setDrag(null)}
      />
      {drag && (
        <div
          className="absolute top-0 border-x border-sky-600 bg-sky-500/20 dark:border-sky-400"
          style={{
            left: Math.min(drag.from, drag.to),
            width: Math.abs(drag.to - drag.from),
            height,
          }}
        />
      )}
    </div>
  );
}
