import type { ResourceDef, ViewDef } from '@/lib/resources/types';
import {
  BASE_DEFAULTS,
  defaultOf,
  sortParams,
  type ParamDefaults,
  type ParamPair,
} from './list-url';

/** What a list URL may leave out for a resource (and view): offset 0, limit 10, its default mode and ordering. */
export function listDefaults(def: ResourceDef, view?: ViewDef): ParamDefaults {
  return {
    ...BASE_DEFAULTS,
    mode: def.defaultMode,
    ordering: (view?.defaultOrdering ?? def.defaultOrdering).join(','),
  };
}

/**
 * Parameters that take one comma-separated value (`country_code=USA,CHN`). A GET form sends one
 * key per ticked checkbox, so these are merged before parsing; LL2 itself would keep only the last.
 */
export function commaParams(def: ResourceDef): Set<string> {
  const many = new Set(['in', 'year', 'month', 'day']);
  return new Set(def.filters.filter((f) => many.has(f.lookup) && !f.repeat).map((f) => f.param));
}

export interface CleanOptions {
  defaults: ParamDefaults;
  commaKeys: ReadonlySet<string>;
}

export function cleanOptions(def: ResourceDef, view?: ViewDef): CleanOptions {
  return { defaults: listDefaults(def, view), commaKeys: commaParams(def) };
}

/**
 * Tidies a submitted list query: drops empty fields (a GET form sends every field), merges
 * repeated comma-list keys, and drops values equal to their default. `changed` says whether the
 * URL should be redirected to the tidy one. Everything else, even invalid values, is kept so
 * the page can name it.
 */
export function cleanListParams(
  entries: readonly ParamPair[],
  { defaults, commaKeys }: CleanOptions,
): { entries: ParamPair[]; changed: boolean } {
  const merged = new Map<string, string[]>();
  const out: ParamPair[] = [];
  let changed = false;
  for (const [key, value] of entries) {
    if (value.trim() === '' || defaultOf(defaults, key) === value) {
      changed = true;
      continue;
    }
    if (commaKeys.has(key)) {
      const seen = merged.get(key);
      if (seen) {
        changed = true;
        for (const piece of value.split(',')) if (!seen.includes(piece)) seen.push(piece);
        continue;
      }
      merged.set(key, value.split(','));
    }
    out.push([key, value]);
  }
  const result = out.map(([k, v]): ParamPair =>
    merged.has(k) ? [k, (merged.get(k) ?? []).join(',')] : [k, v],
  );
  return { entries: changed ? sortParams(result) : result, changed };
}
