import { useSyncExternalStore } from 'react';
import { parseTimeZonePreference, type TimeZonePreference } from '@/lib/format/zoned-time';
import { hasSettled, onSettled } from './after-hydration';

const STORAGE_KEY = 'timeZone';
const CHANGE_EVENT = 'orbit:timezonechange';

// Every LocalTime on a page reads these on each render: remember them instead of asking storage
// and building an Intl.DateTimeFormat each time. A change (here or in another tab) forgets them.
let remembered: TimeZonePreference | undefined;
let ownZone: string | undefined;

function readPreference(): TimeZonePreference {
  if (remembered === undefined) {
    try {
      remembered = parseTimeZonePreference(window.localStorage.getItem(STORAGE_KEY));
    } catch {
      remembered = 'local';
    }
  }
  return remembered;
}

type WithTemporal = { Temporal?: { Now?: { timeZoneId?: () => string } } };

/**
 * The reader's zone. Temporal answers without loading ICU's data; the Intl way loads it
 * (20-50 ms), which a reader in UTC, shown the server's text, would otherwise never need.
 */
function browserZone(): string {
  ownZone ??=
    (globalThis as WithTemporal).Temporal?.Now?.timeZoneId?.() ||
    Intl.DateTimeFormat().resolvedOptions().timeZone ||
    'UTC';
  return ownZone;
}

function readResolved(): string {
  const pref = readPreference();
  return pref === 'local' ? browserZone() : pref;
}

function subscribe(onChange: () => void): () => void {
  // Another tab may have changed it while nothing here was listening.
  remembered = undefined;
  const stopWaiting = onSettled(onChange, browserZone);
  const forgetAndNotify = () => {
    remembered = undefined;
    onChange();
  };
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key === STORAGE_KEY) forgetAndNotify();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHANGE_EVENT, forgetAndNotify);
  return () => {
    stopWaiting();
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGE_EVENT, forgetAndNotify);
  };
}

const serverNull = () => null;
/** Null, as on the server, until the page has settled after hydration (see after-hydration). */
const once =
  <T>(read: () => T) =>
  (): T | null =>
    hasSettled() ? read() : null;
const preferenceSnapshot = once(readPreference);
const resolvedSnapshot = once(readResolved);
const browserZoneSnapshot = once(browserZone);

/** The stored choice ("local", "UTC" or an IANA zone); null on the server and while hydrating. */
export function useTimeZonePreference(): TimeZonePreference | null {
  return useSyncExternalStore(subscribe, preferenceSnapshot, serverNull);
}

/** The IANA zone to display in; null on the server and while hydrating (render UTC then). */
export function useDisplayTimeZone(): string | null {
  return useSyncExternalStore(subscribe, resolvedSnapshot, serverNull);
}

/** The browser's own zone; null on the server and while hydrating. */
export function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(subscribe, browserZoneSnapshot, serverNull);
}

/** Saves the choice and re-renders every LocalTime on the page (and in other tabs). */
export function setTimeZonePreference(preference: TimeZonePreference): void {
  try {
    if (preference === 'local') window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, preference);
  } catch {
    // Storage disabled: nothing to persist, and LocalTime reads storage, so nothing changes.
  }
  remembered = undefined;
  window.dispatchEvent(new Event(CHANGE_EVENT));
}
