import { at } from '@/lib/ll2/read';
import type { FieldDef, FieldValue, FilterDef, Lookup, ResourceDef, WireRecord } from './types';

function scalar(value: unknown): FieldValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return null;
}

function reader(path: string, multi: boolean): FieldDef['get'] {
  return (record) => {
    const value = at(record, path);
    if (multi)
      return (Array.isArray(value) ? value : [value]).map(scalar).filter((v) => v !== null);
    return scalar(Array.isArray(value) ? value[0] : value);
  };
}

/**
 * Bump when an extractor function (a field's `get` or `optionLabel`, a `slug`) changes what it
 * returns, so stored databases rebuild their derived columns. The store cannot see this itself:
 * a function's source text differs between the compilers that run it (tsx for the scripts, Next
 * for the server), and comparing it made every database rebuild whenever the other one opened
 * it. `test/store/extractors-version.test.ts` fails when the code changes without a bump.
 */
export const EXTRACTORS_VERSION = 9;

type Getter = string | ((record: WireRecord) => FieldValue | FieldValue[] | undefined);

function makeField(
  type: FieldDef['type'],
  label: string,
  get: Getter,
  extra?: Partial<FieldDef>,
): FieldDef {
  const multi = extra?.multi ?? (typeof get === 'string' && get.includes('[]'));
  return {
    type,
    label,
    get: typeof get === 'string' ? reader(get, multi) : get,
    ...(typeof get === 'string' ? { path: get } : {}),
    ...extra,
    multi,
  };
}

/** Field builders: `founding_year: int('Founding year', 'founding_year')`. */
export const int = (label: string, get: Getter, extra?: Partial<FieldDef>) =>
  makeField('int', label, get, extra);
export const float = (label: string, get: Getter, extra?: Partial<FieldDef>) =>
  makeField('float', label, get, extra);
export const text = (label: string, get: Getter, extra?: Partial<FieldDef>) =>
  makeField('string', label, get, extra);
export const bool = (label: string, get: Getter, extra?: Partial<FieldDef>) =>
  makeField('bool', label, get, extra);
export const datetime = (label: string, get: Getter, extra?: Partial<FieldDef>) =>
  makeField('datetime', label, get, extra);
export const duration = (label: string, get: Getter, extra?: Partial<FieldDef>) =>
  makeField('duration', label, get, extra);

/**
 * A reference LL2 sends as the other record's name, though its filter takes that record's id
 * (an agency's `parent`; older snapshots sent an object with a name).
 */
export function nameRef(label: string, path: string, resource: string): FieldDef {
  const name = (record: WireRecord) => {
    const value = at(record, path);
    return typeof value === 'string' ? value : scalar(at(record, `${path}.name`));
  };
  return makeField('int', label, name, { byNameOf: resource });
}

/** An id field whose select options are labelled from the data (`type__id` labelled by `type.name`). */
export function ref(
  label: string,
  idPath: Getter,
  labelPath: string,
  type: 'int' | 'string' = 'int',
): FieldDef {
  const multi = typeof idPath === 'string' && idPath.includes('[]');
  const labels = (record: WireRecord) => {
    const value = at(record, labelPath);
    if (multi)
      return (Array.isArray(value) ? value : [value]).map((v) =>
        typeof v === 'string' ? v : null,
      );
    return typeof value === 'string' ? value : null;
  };
  return makeField(type === 'int' ? 'int' : 'string', label, idPath, {
    optionLabel: labels,
    multi,
  });
}

/**
 * LL2's launch and landing tallies, which agencies and rocket configurations both carry, each
 * a number with the same five comparison filters.
 */
export const LAUNCH_TALLIES = [
  'attempted_landings',
  'consecutive_successful_landings',
  'consecutive_successful_launches',
  'failed_landings',
  'failed_launches',
  'pending_launches',
  'successful_landings',
  'successful_launches',
  'total_launch_count',
] as const;

/** Filter builders: each returns the LL2 parameters for one field, so adding a filter is one line. */
const filter = <F extends string, P extends string>(
  field: F,
  lookup: Lookup,
  param: P,
): FilterDef<F, P> => ({ param, field, lookup });

export const exact = <const F extends string, const P extends string = F>(field: F, param?: P) =>
  filter(field, 'exact', param ?? (field as string as P));
export const contains = <const F extends string, const P extends string = `${F}__contains`>(
  field: F,
  param?: P,
) => filter(field, 'contains', param ?? (`${field}__contains` as P));
export const icontains = <const F extends string, const P extends string = `${F}__icontains`>(
  field: F,
  param?: P,
) => filter(field, 'icontains', param ?? (`${field}__icontains` as P));
export const inList = <const F extends string, const P extends string>(field: F, param: P) =>
  filter(field, 'in', param);
export const repeated = <const F extends string, const P extends string>(
  field: F,
  param: P,
): FilterDef<F, P> => ({ ...filter(field, 'in', param), repeat: true });

type Comparison = 'exact' | 'gt' | 'gte' | 'lt' | 'lte';
/** `founding_year` for `exact`, `founding_year__gte` for the others. */
type ComparisonParam<F extends string, L extends Comparison> = L extends 'exact' ? F : `${F}__${L}`;

export const compare = <const F extends string, const L extends Comparison = Comparison>(
  field: F,
  lookups: readonly L[] = ['exact', 'gt', 'gte', 'lt', 'lte'] as L[],
): FilterDef<F, ComparisonParam<F, L>>[] =>
  lookups.map((lookup) =>
    filter(
      field,
      lookup,
      (lookup === 'exact' ? field : `${field}__${lookup}`) as ComparisonParam<F, L>,
    ),
  );
export const dateParts = <const F extends string>(field: F) => [
  filter(field, 'year', 'year'),
  filter(field, 'month', 'month'),
  filter(field, 'day', 'day'),
];

/** One field per key (`attempt counters`), keeping the keys literal, unlike `Object.fromEntries`. */
export function fieldsFor<const K extends string>(
  keys: readonly K[],
  make: (key: K) => FieldDef,
): Record<K, FieldDef> {
  return Object.fromEntries(keys.map((key) => [key, make(key)])) as Record<K, FieldDef>;
}

/**
 * A resource definition whose names the compiler checks: `F` is read from `fields` alone, so a filter's `field`, a `search` or `ordering` entry, `dateField`,
 * `lastUpdatedField`, a default ordering or a view condition naming no field is a type error,
 * not a silently unfiltered list. The filter parameters and ordering fields stay literal for
 * callers (`FilterParam`, `OrderingField`).
 */
export function defineResource<
  const F extends string,
  const P extends string = never,
  const O extends F = never,
>(def: ResourceDef<F, P, O>): ResourceDef<F, P, O> {
  return def;
}

/** The filter parameters of a definition made with `defineResource`. */
export type FilterParam<D> = D extends ResourceDef<string, infer P, string> ? P : never;
/** The fields a definition made with `defineResource` may be ordered by. */
export type OrderingField<D> = D extends ResourceDef<string, string, infer O> ? O : never;
