import type { ResourceDef, ViewDef } from '@/lib/resources/types';
import type { Choice } from './filter-model';

function fieldLabel(def: ResourceDef, field: string): string {
  const label = def.fields[field]?.label;
  if (label) return label;
  const words = field.replaceAll('__', ' ').replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function directionWords(def: ResourceDef, field: string): [string, string] {
  switch (def.fields[field]?.type) {
    case 'string':
      return ['A → Z', 'Z → A'];
    case 'datetime':
      return ['earliest first', 'latest first'];
    case 'bool':
      return ['no first', 'yes first'];
    default:
      return ['lowest first', 'highest first'];
  }
}

/** "Founding year, highest first" for `-founding_year`. */
export function orderingLabel(def: ResourceDef, term: string): string {
  return term
    .split(',')
    .map((piece) => {
      const desc = piece.startsWith('-');
      const field = desc ? piece.slice(1) : piece;
      const [asc, dsc] = directionWords(def, field);
      return `${fieldLabel(def, field)}, ${desc ? dsc : asc}`;
    })
    .join('; then ');
}

/**
 * Every ordering the resource allows, both directions, as select options. The default ordering
 * has the empty value, so a form that keeps it writes nothing to the URL; while a search ranks
 * the results (`ranked`), that default is "best match".
 */
export function orderingOptions(
  def: ResourceDef,
  view: ViewDef | undefined,
  current: string,
  ranked = false,
): { options: Choice[]; value: string } {
  const fallback = (view?.defaultOrdering ?? def.defaultOrdering).join(',');
  const defaultLabel = ranked ? 'Best match' : orderingLabel(def, fallback);
  const options: Choice[] = [{ value: '', label: `${defaultLabel} (default)` }];
  for (const field of def.ordering) {
    for (const term of [field, `-${field}`]) {
      if (term !== fallback) options.push({ value: term, label: orderingLabel(def, term) });
    }
  }
  const value = current === fallback ? '' : current;
  if (value !== '' && !options.some((o) => o.value === value))
    options.push({ value, label: orderingLabel(def, value) });
  return { options, value };
}
