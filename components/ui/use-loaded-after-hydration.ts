import { useEffect, useState, type ComponentType } from 'react';

/**
 * A component whose code loads once the page has hydrated: null on the server, during
 * hydration, and if its chunk cannot be loaded, so the caller keeps drawing what works without
 * JavaScript. An effect and state rather than React.lazy: a lazy component still loading
 * suspends every render around it, and kept the list filters' navigations that hydration
 * starts (router.replace in a transition) from committing.
 * `load` must be a module-level function (it is the effect's dependency).
 */
export function useLoadedAfterHydration<P>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> | null {
  const [component, setComponent] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (loaded) => {
        if (live) setComponent(() => loaded);
      },
      () => {
        // Offline or a new deployment: the server-rendered fallback stays.
      },
    );
    return () => {
      live = false;
    };
  }, [load]);
  return component;
}
