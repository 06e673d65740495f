import type { ResourceKey, resources } from '@/lib/resources';
import type { FilterParam } from '@/lib/resources/define';
import { MAX_LIMIT } from '@/lib/resources/params';
import type { WireRecord } from '@/lib/resources/types';
import { buildQuery, listRecords, type CodeParams } from './index';

/**
 * Getters for the related lists on detail pages (an agency's launches, a station's dockings).
 * Parameters are LL2 filter names, parsed by the same code as the list pages, so a link to the
 * full list (`/launches?lsp__id=121`) shows exactly what the detail page summarised. The keys
 * are checked against the resource's definition when compiling, and a value the parser cannot
 * use throws (`buildQuery`) rather than answering with the whole list.
 */

export interface RelatedList {
  /** Matches in all, of which `results` are the first. */
  count: number;
  results: WireRecord[];
}

/** Resources with a filter parameter `P`. */
type KeyWithFilter<P extends string> = {
  [K in ResourceKey]: P extends FilterParam<(typeof resources)[K]> ? K : never;
}[ResourceKey];

/** The first `limit` matches (a detail page's short list) and the total. */
export async function listRelated<K extends ResourceKey>(
  key: K,
  params: CodeParams<K>,
  limit = 5,
): Promise<RelatedList> {
  const data = await listRecords(key, buildQuery(key, { ...params, limit: String(limit) }));
  return { count: data.count, results: data.results };
}

/**
 * The record LL2 refers to by name alone (2.3.0 sends an agency's `parent` as its name): the
 * one whose `name` is exactly that, or null when the index has none.
 */
export async function findByName(
  key: KeyWithFilter<'name'>,
  name: string,
): Promise<WireRecord | null> {
  if (name.trim() === '') return null;
  const { results } = await listRelated(key, { name }, 1);
  return results[0] ?? null;
}

/**
 * Every match up to `cap`, read a page (LL2's maximum of 100) at a time: a station's docking
 * timeline needs its whole history, not one page of it.
 */
export async function listAllRelated<K extends ResourceKey>(
  key: K,
  params: CodeParams<K>,
  cap = 2000,
): Promise<RelatedList> {
  const page = (offset: number) =>
    listRecords(
      key,
      buildQuery(key, { ...params, limit: String(MAX_LIMIT), offset: String(offset) }),
    );
  const first = await page(0);
  const wanted = Math.min(first.count, cap);
  const offsets: number[] = [];
  for (let offset = MAX_LIMIT; offset < wanted; offset += MAX_LIMIT) offsets.push(offset);
  const rest = await Promise.all(offsets.map(page));
  const results = [first, ...rest].flatMap((p) => p.results).slice(0, wanted);
  return { count: first.count, results };
}

/**
 * A spacecraft's dockings. LL2 has no spacecraft filter on docking events, so we ask once per
 * flight of the spacecraft (`flight_vehicle_chaser__id`) and merge.
 */
export async function listSpacecraftDockings(flightIds: readonly number[]): Promise<WireRecord[]> {
  const lists = await Promise.all(
    flightIds.map((id) =>
      listAllRelated('docking_events', { flight_vehicle_chaser__id: String(id) }, 500),
    ),
  );
  const byId = new Map<string, WireRecord>();
  for (const record of lists.flatMap((l) => l.results)) byId.set(String(record.id), record);
  return [...byId.values()];
}
