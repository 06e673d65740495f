import { useSyncExternalStore } from 'react';
import { parseTimeZonePreference, type TimeZonePreference } from '@/lib/format/zoned-time';

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

function browserZone(): string {
  ownZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return ownZone;
}

function readResolved(): string {
  const pref = readPreference();
  return pref === 'local' ? browserZone() : pref;
}

function subscribe(onChange: () => void): () => void {
  // Another tab may have changed it while nothing here was listening.
  remembered = undefined;
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
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGE_EVENT, forgetAndNotify);
  };
}

const serverNull = () => null;

/** The stored choice ("local", "UTC" or an IANA zone); null on the server and while hydrating. */
export function useTimeZonePreference(): TimeZonePreference | null {
  return useSyncExternalStore(subscribe, readPreference, serverNull);
}

/** The IANA zone to display in; null on the server and while hydrating (render UTC then). */
export function useDisplayTimeZone(): string | null {
  return useSyncExternalStore(subscribe, readResolved, serverNull);
}

/** The browser's own zone; null on the server and while hydrating. */
export function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(noopSubscribe, browserZone, serverNull);
}

function noopSubscribe(): () => void {
  return () => {};
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
