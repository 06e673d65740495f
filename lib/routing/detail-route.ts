import { notFound, permanentRedirect } from 'next/navigation';
import { findRecord, resourceDef } from '@/lib/data';
import type { Staleness } from '@/lib/data/source';
import type { ResourceKey } from '@/lib/resources';
import type { WireRecord } from '@/lib/resources/types';

export interface DetailLookup {
  record: WireRecord;
  /** The canonical path, `/agencies/121-spx`: the page's URL after any redirect. */
  path: string;
  stale?: Staleness;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The record behind a detail URL segment, or the 404 page; a URL that is not the canonical one
 * (a bare id, an old slug, a launch UUID) answers 308 to the canonical path. `findRecord` is
 * wrapped in React `cache()`, so the layout, `generateMetadata` and the page share one lookup.
 */
export async function requireDetail(key: ResourceKey, segment: string): Promise<DetailLookup> {
  const found = await findRecord(key, segment);
  if (!found.record || found.canonical === null) notFound();
  const path = `${resourceDef(key).route}/${encodeURIComponent(found.canonical)}`;
  if (segment !== found.canonical && decode(segment) !== found.canonical) permanentRedirect(path);
  return { record: found.record, path, stale: found.stale };
}
