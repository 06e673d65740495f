import type { FilterDef, ResourceDef } from './types';

const LOOKUP_TEXT: Record<FilterDef['lookup'], string> = {
  exact: 'equals',
  contains: 'contains (case-sensitive)',
  icontains: 'contains (any case)',
  gt: 'greater than',
  gte: 'at least',
  lt: 'less than',
  lte: 'at most',
  in: 'any of (comma-separated)',
  year: 'year of',
  month: 'month of',
  day: 'day of month of',
  include: 'false excludes',
};

const TYPE_TEXT = {
  int: 'number',
  float: 'number',
  string: 'text',
  bool: 'true/false',
  datetime: 'ISO 8601 date-time',
  duration: 'ISO 8601 duration',
} as const;

export interface FilterDoc {
  param: string;
  field: string;
  label: string;
  type: string;
  meaning: string;
}

/** Human documentation of a resource's filters, generated from its definition. */
export function describeFilters(def: ResourceDef): FilterDoc[] {
  return def.filters.map((f) => {
    const field = def.fields[f.field]!;
    const type = f.lookup === 'year' || f.lookup === 'month' || f.lookup === 'day' ? 'number' : TYPE_TEXT[field.type];
    const meaning = `${field.label} ${LOOKUP_TEXT[f.lookup]}${f.repeat ? ' (repeat the key for several)' : ''}`;
    return { param: f.param, field: f.field, label: field.label, type, meaning };
  });
}
