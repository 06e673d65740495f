import { commaParams, listDefaults, splitList } from '@/lib/resources/params';
import type { ResourceDef, ViewDef } from '@/lib/resources/types';
import { defaultOf, sortParams, type ParamDefaults, type ParamPair } from './list-url';

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
  // Each comma key's values, split once, in first-seen order; merged where it was repeated.
  const pieces = new Map<string, string[]>();
  const repeated = new Set<string>();
  const out: ParamPair[] = [];
  let changed = false;
  for (const [key, value] of entries) {
    if (value.trim() === '' || defaultOf(defaults, key) === value) {
      changed = true;
      continue;
    }
    if (commaKeys.has(key)) {
      const seen = pieces.get(key);
      if (seen) {
        changed = true;
        repeated.add(key);
        for (const piece of splitList(value)) if (!seen.includes(piece)) seen.push(piece);
        continue;
      }
      pieces.set(key, splitList(value));
    }
    out.push([key, value]);
  }
  const result = out
    .map(([k, v]): ParamPair => (repeated.has(k) ? [k, (pieces.get(k) ?? []).join(',')] : [k, v]))
    .filter(([, v]) => v !== '');
  return { entries: changed ? sortParams(result) : result, changed };
}
