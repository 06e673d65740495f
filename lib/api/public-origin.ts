import { env } from '@/lib/env';

export const API_PREFIX = '/api/2.3.0';

/** The settings that decide the public origin (lib/env.js). */
export interface OriginSettings {
  SITE_URL: string;
  SITE_URL_SET: boolean;
  TRUST_PROXY: boolean;
}

/** Reads one request header; both Web `Headers` and Node's header objects fit through this. */
export type HeaderReader = (name: string) => string | null | undefined;

// A host name, IPv4 or bracketed IPv6 address, with an optional port: nothing a client could use
// to smuggle a path, a user name or a second URL into the links we build.
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The first of a proxy chain's comma-separated values: the one the client's proxy saw. */
const first = (value: string | null | undefined) => value?.split(',')[0]?.trim() || undefined;

/**
 * Whether the origin comes from each request (TRUST_PROXY without SITE_URL), so a response cache
 * must keep one copy per origin.
 */
export function originFromRequest(settings: OriginSettings = env): boolean {
  return settings.TRUST_PROXY && !settings.SITE_URL_SET;
}

/**
 * The origin the API's absolute links (`url`, `next`, `previous`) are built on: SITE_URL when
 * it is set; else, with TRUST_PROXY, the host and scheme the client asked for, as the proxy
 * forwards them; else SITE_URL's default. Never the address the server listens on (Next's
 * `request.url` reads `http://0.0.0.0:3000/…` there), which no client can reach.
 */
export function publicOrigin(header: HeaderReader, settings: OriginSettings = env): string {
  if (!originFromRequest(settings)) return settings.SITE_URL;
  const host = first(header('x-forwarded-host')) ?? first(header('host'));
  const proto = (first(header('x-forwarded-proto')) ?? 'http').toLowerCase();
  if (!host || !HOST.test(host) || (proto !== 'http' && proto !== 'https'))
    return settings.SITE_URL;
  return `${proto}://${host.toLowerCase()}`;
}

/** `https://example.org/api/2.3.0`: what every link of the API starts with. */
export function apiBase(origin: string): string {
  return `${origin}${API_PREFIX}`;
}
