/**
 * Active-filter chips: one per applied filter (one per value for lists), each with the change
 * that removes it. The same units drive the empty state's "remove the most restrictive filter".
 */
import type { ParsedListQuery } from '@/lib/query/types';
import { takesList } from '@/lib/resources/params';
import type { ResourceDef } from '@/lib/resources/types';
import type { FacetOption } from '@/lib/store/types';
import type { ParamChanges } from '@/lib/url/list-url';
import { MONTHS_LONG as MONTHS } from '@/lib/format/time';
import { VIEW_PARAM_LABELS } from './config';

export interface Chip {
  id: string;
  /** What the chip says: "Type: Private", "Founding year ≥ 2015". */
  label: string;
  /** The change to the URL that removes this filter (or this one value of it). */
  changes: ParamChanges;
}

const SYMBOLS: Record<string, string> = { gt: '>', gte: '≥', lt: '<', lte: '≤' };
const DATE_WORDS: Record<string, string> = { gt: 'after', gte: 'from', lt: 'before', lte: 'until' };

/** `2024-06-01` for midnight UTC, else `2024-06-01 14:30 UTC`. */
export function shortDateTime(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?Z?$/.exec(value);
  if (!m) return value;
  return m[2] === '00:00' && (!m[3] || /^:00(?:\.0+)?$/.test(m[3]))
    ? (m[1] ?? value)
    : `${m[1]} ${m[2]} UTC`;
}

export function buildChips(
  def: ResourceDef,
  parsed: ParsedListQuery,
  facets: Readonly<Record<string, readonly FacetOption[]>>,
): Chip[] {
  const chips: Chip[] = [];
  const { query } = parsed;
  if (query.search)
    chips.push({ id: 'search', label: `Search: “${query.search}”`, changes: { search: null } });

  for (const [param, value] of Object.entries(query.viewParams)) {
    if (value !== true) continue;
    chips.push({
      id: param,
      label: VIEW_PARAM_LABELS[param]?.chip ?? `${param}: yes`,
      changes: { [param]: null },
    });
  }

  for (const applied of query.filters) {
    const { filter } = applied;
    const field = def.fields[filter.field];
    const label0 = field?.label || filter.field;
    const name = label0.charAt(0).toUpperCase() + label0.slice(1);
    const labelOf = (v: string) => facets[filter.field]?.find((o) => o.value === v)?.label ?? v;
    const raw = applied.values.map(String);

    if (filter.lookup === 'include') {
      if (applied.values[0] === false)
        chips.push({
          id: filter.param,
          label: `${name}: excluded`,
          changes: { [filter.param]: null },
        });
      continue;
    }
    if (field?.type === 'bool') {
      chips.push({
        id: filter.param,
        label: `${name}: ${applied.values[0] ? 'yes' : 'no'}`,
        changes: { [filter.param]: null },
      });
      continue;
    }
    if (takesList(filter)) {
      const prefix =
        filter.lookup === 'year'
          ? 'Year'
          : filter.lookup === 'month'
            ? 'Month'
            : filter.lookup === 'day'
              ? 'Day'
              : name;
      raw.forEach((value, i) => {
        const rest = raw.filter((_, j) => j !== i);
        const text =
          filter.lookup === 'month' ? (MONTHS[Number(value) - 1] ?? value) : labelOf(value);
        chips.push({
          id: `${filter.param}=${value}`,
          label: `${prefix}: ${text}`,
          changes: { [filter.param]: rest.length > 0 ? rest.join(',') : null },
        });
      });
      continue;
    }
    const value = raw[0] ?? '';
    let label: string;
    if (filter.lookup === 'contains' || filter.lookup === 'icontains') label = `${name} contains “${value}”`;
    else if (field?.type === 'datetime')
      label = `${name} ${DATE_WORDS[filter.lookup] ?? 'is'} ${shortDateTime(value)}`;
    else if (SYMBOLS[filter.lookup]) label = `${name} ${SYMBOLS[filter.lookup]} ${value}`;
    else if (field?.optionLabel) label = `${name}: ${labelOf(value)}`;
    else if (field?.type === 'string') label = `${name} is “${value}”`;
    else label = `${name} = ${value}`;
    chips.push({ id: filter.param, label, changes: { [filter.param]: null } });
  }
  return chips;
}
