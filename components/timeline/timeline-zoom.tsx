'use client';

import { useLoadedAfterHydration } from '@/components/ui/use-loaded-after-hydration';
import type { TimelineZoomProps } from './timeline-zoom-drag';

// Dragging is a mouse-only shortcut for the zoom links in TimelinePresets; its code (and the
// router and window maths it uses) loads after hydration instead of with every page that draws a
// timeline, and not at all on the docking log's list view, which shares the route.
const loadDrag = () => import('./timeline-zoom-drag').then((m) => m.TimelineZoomDrag);

/**
 * Drag across the axis with a mouse to zoom to that range. An enhancement only: it renders nothing
 * until hydrated and loaded, and the zoom links in TimelinePresets do the same job without
 * JavaScript.
 */
export function TimelineZoom(props: TimelineZoomProps) {
  const TimelineZoomDrag = useLoadedAfterHydration(loadDrag);
  // eslint-disable-next-line react-hooks/static-components -- held in state: one identity, set once
  return TimelineZoomDrag ? <TimelineZoomDrag {...props} /> : null;
}
