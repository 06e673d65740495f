import path from 'node:path';
import { paginatedSchema } from '@/lib/ll2/wire';
import type { Richness } from '@/lib/store/types';
import { ImportError } from './normalise';

/** LL2 API path segments (any version) → our resource keys. */
const PATH_RESOURCES: [RegExp, string][] = [
  [/\/(?:launch|launches)\//, 'launches'],
  [/\/docking_events\//, 'docking_events'],
  [/\/spacecraft_flights\//, 'spacecraft_flights'],
  [/\/(?:spacecraft_configurations|config\/spacecraft)\//, 'spacecraft_configurations'],
  [/\/payload_flights\//, 'payload_flights'],
  [/\/spacecraft\//, 'spacecraft'],
  [/\/agencies\//, 'agencies'],
  [/\/events\//, 'events'],
  [/\/(?:space_stations|spacestation)\//, 'space_stations'],
  [/\/(?:pads|pad)\//, 'pads'],
  [/\/(?:locations|location)\//, 'locations'],
  [/\/(?:programs|program)\//, 'programs'],
  [/\/landings\//, 'landings'],
  [/\/(?:launcher_configurations|config\/launcher)\//, 'launcher_configurations'],
  [/\/astronauts?\//, 'astronauts'],
  [/\/expeditions\//, 'expeditions'],
  [/\/launchers\//, 'launchers'],
  // LL2 resources Orbit Index does not store yet: recognised so the importer can say so.
  [/\/spacewalks\//, 'spacewalks'],
];

/** File names used by public LL2 snapshots → resource keys. */
const FILE_RESOURCES: [RegExp, string][] = [
  // Before /launch/, which `launchers.json` would match too.
  [/^launchers/i, 'launchers'],
  [/launch/i, 'launches'],
  [/docking/i, 'docking_events'],
  [/agenc/i, 'agencies'],
  [/event/i, 'events'],
  [/spacestation|space_station/i, 'space_stations'],
  [/^spacecrafts/i, 'spacecraft_configurations'],
  [/spacecraft/i, 'spacecraft'],
  [/^pads/i, 'pads'],
  [/^locations/i, 'locations'],
  [/program/i, 'programs'],
  [/landing/i, 'landings'],
  [/astronaut/i, 'astronauts'],
  [/^rockets/i, 'launcher_configurations'],
  [/expedition/i, 'expeditions'],
];

export function resourceFromUrl(url: string): string | null {
  const pathname = url.replace(/^https?:\/\/[^/]+/, '').replace(/^\/api/, '');
  if (!/^\/2\.\d\.\d\//.test(pathname)) return null;
  for (const [pattern, key] of PATH_RESOURCES) if (pattern.test(pathname)) return key;
  return null;
}

export interface Payload {
  resource: string | null;
  records: unknown[];
  richness: Richness;
  /** For a paginated page: LL2's total and link to the next page (sync pages on with them). */
  page?: { count: number; next: string | null };
}

function richnessFrom(mode: string | null | undefined, fallback: Richness): Richness {
  if (mode === 'detailed') return 3;
  if (mode === 'normal') return 2;
  if (mode === 'list') return 1;
  return fallback;
}

/**
 * Reads an LL2 response in any of the forms we import: a paginated page
 * (`{count,next,previous,results}`), a captured browsable-API page (help text, `GET <path>`,
 * headers, then the JSON body), a plain JSON array, or a single record.
 */
export function readPayload(text: string, source: string): Payload {
  let body = text.trim();
  let requestPath: string | null = null;
  if (!body.startsWith('{') && !body.startsWith('[')) {
    const get = /^GET (\S+)/m.exec(text);
    requestPath = get?.[1] ?? null;
    const lines = text.split('\n');
    const start = lines.findIndex((line) => line.trim() === '{' || line.trim() === '[');
    if (start < 0) throw new ImportError(`${source}: no JSON body found`);
    body = lines.slice(start).join('\n');
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new ImportError(`${source}: not valid JSON (${(error as Error).message})`);
  }

  let records: unknown[];
  let page: Payload['page'];
  let pageUrl: string | null = requestPath;
  if (Array.isArray(json)) {
    records = json;
  } else if (json && typeof json === 'object' && 'results' in json) {
    const parsed = paginatedSchema.safeParse(json);
    if (!parsed.success) throw new ImportError(`${source}: not an LL2 page: ${parsed.error.issues[0]?.message ?? ''}`);
    records = parsed.data.results;
    page = { count: parsed.data.count, next: parsed.data.next };
    pageUrl ??= parsed.data.next ?? parsed.data.previous;
  } else if (json && typeof json === 'object' && 'id' in json) {
    records = [json];
  } else {
    throw new ImportError(`${source}: expected an LL2 page, an array or a record`);
  }

  const first = records.find((r): r is { url?: unknown; response_mode?: unknown } => !!r && typeof r === 'object');
  const firstUrl = typeof first?.url === 'string' ? first.url : null;
  const fileName = path.basename(source);
  const resource =
    (pageUrl ? resourceFromUrl(pageUrl) : null) ??
    (firstUrl ? resourceFromUrl(firstUrl) : null) ??
    FILE_RESOURCES.find(([pattern]) => pattern.test(fileName))?.[1] ??
    null;
  const modeParam = pageUrl ? /[?&]mode=(\w+)/.exec(pageUrl)?.[1] : undefined;
  const legacy = pageUrl ? /\/2\.[012]\.0\//.test(pageUrl) : firstUrl ? /\/2\.[012]\.0\//.test(firstUrl) : true;
  // Older API versions are converted and may lack fields, so a 2.3.0 copy always wins over them.
  const richness = legacy ? 1 : richnessFrom(typeof first?.response_mode === 'string' ? first.response_mode : modeParam, 2);
  return { resource, records, richness, page };
}
