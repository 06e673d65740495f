/**
 * The filter panel, generated from a resource definition: every filter of the resource becomes a
 * control, so adding a filter to the definition adds it to the page. Pure, so it is unit-tested
 * and the panel component only lays controls out.
 */
import type { ParamIssue } from '@/lib/query/types';
import { commaParams, splitList } from '@/lib/resources/params';
import type { FieldDef, FilterDef, ResourceDef, ViewDef } from '@/lib/resources/types';
import type { FacetOption } from '@/lib/store/types';
import { MONTHS_LONG as MONTHS } from '@/lib/format/time';
import { VIEW_PARAM_LABELS } from './config';

export type InputKind = 'number' | 'date' | 'text';

export interface Choice {
  value: string;
  label: string;
  count?: number;
}

export interface InputControl {
  kind: 'input';
  param: string;
  /** Full accessible name ("Founding year, at least"). */
  label: string;
  /** Visible label inside a group ("Min"). */
  short: string;
  value: string;
  input: InputKind;
  hint?: string;
  issue?: string;
}

export interface RangeControl {
  kind: 'range';
  label: string;
  min: InputControl;
  max: InputControl;
}

export interface ChoiceControl {
  kind: 'choice';
  param: string;
  label: string;
  short: string;
  /** Checkboxes (comma list or repeated key) rather than a single select. */
  multiple: boolean;
  options: Choice[];
  selected: string[];
  issue?: string;
  /** How many rarer options were left out of a very long list. */
  omitted: number;
}

export interface BooleanControl {
  kind: 'boolean';
  param: string;
  label: string;
  short: string;
  value: string;
  options: Choice[];
  issue?: string;
}

export type FilterControl = InputControl | RangeControl | ChoiceControl | BooleanControl;

export interface FilterGroup {
  /** The field key (or view parameter) the group filters. */
  id: string;
  label: string;
  controls: FilterControl[];
  active: boolean;
}

export interface FilterModel {
  primary: FilterGroup[];
  more: FilterGroup[];
  /** A "More filters" control has a value, so that section starts open. */
  moreActive: boolean;
  /** Parameters that hold one comma-separated list of checkbox values. */
  commaKeys: string[];
}

/**
 * Long option lists (rockets, pads) keep the most used: hundreds of checkboxes were most of a
 * list page's bytes at 100k launches. Ticked values are always shown; the rest are reachable
 * through search.
 */
export const MAX_OPTIONS = 60;
/**
 * A list up to this long is kept whole, so each of the real record's 92 launch providers can be
 * found in the list's own search box; only longer ones (455 rockets) are cut to `MAX_OPTIONS`.
 */
export const WHOLE_LIST_MAX = 100;

const isNumeric = (f: FieldDef) => f.type === 'int' || f.type === 'float' || f.type === 'duration';
const isMulti = (f: FilterDef) => f.lookup === 'in' || f.repeat === true;

/** Fields whose filters are selects or checkboxes filled from the data (`facetOptions`). */
export function choiceFields(def: ResourceDef): string[] {
  const fields = new Set<string>();
  for (const f of def.filters) {
    const field = def.fields[f.field];
    if (field?.optionLabel && field.type !== 'bool' && (f.lookup === 'exact' || isMulti(f)))
      fields.add(f.field);
  }
  return [...fields];
}

export interface FilterModelInput {
  def: ResourceDef;
  view?: ViewDef;
  /** Every value of each parameter in the request, after empty values were dropped. */
  values: ReadonlyMap<string, readonly string[]>;
  facets: Readonly<Record<string, readonly FacetOption[]>>;
  issues: readonly ParamIssue[];
  primary: readonly string[];
}

export function buildFilterModel({
  def,
  view,
  values,
  facets,
  issues,
  primary,
}: FilterModelInput): FilterModel {
  const issueOf = (param: string) => {
    const issue = issues.find((i) => i.param === param);
    return issue ? `${issue.message} Expected ${issue.expected}.` : undefined;
  };
  const last = (param: string) => values.get(param)?.at(-1) ?? '';

  const input = (
    f: FilterDef,
    field: FieldDef,
    label: string,
    short: string,
    kind?: InputKind,
    hint?: string,
  ): InputControl => {
    const value = last(f.param);
    let type: InputKind =
      kind ?? (field.type === 'datetime' ? 'date' : isNumeric(field) ? 'number' : 'text');
    // A date box can only show YYYY-MM-DD; keep other values (times, typos) visible and editable.
    if (type === 'date' && value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) type = 'text';
    return {
      kind: 'input',
      param: f.param,
      label,
      short,
      value,
      input: type,
      hint,
      issue: issueOf(f.param),
    };
  };

  const choice = (f: FilterDef, label: string, short: string): ChoiceControl => {
    const multiple = isMulti(f);
    const selected = multiple
      ? (values.get(f.param) ?? []).flatMap(splitList)
      : [last(f.param)].filter(Boolean);
    // A value the selection lacks would lead to no results; ticked ones stay so they can be unticked.
    const all = (facets[f.field] ?? []).filter((o) => o.count > 0);
    const limit = all.length <= WHOLE_LIST_MAX ? all.length : MAX_OPTIONS;
    const kept = all
      .slice(0, limit)
      .map((o) => ({ value: o.value, label: o.label, count: o.count }));
    for (const value of selected) {
      if (kept.some((o) => o.value === value)) continue;
      const known = facets[f.field]?.find((o) => o.value === value);
      kept.push({ value, label: known?.label ?? value, count: known?.count ?? 0 });
    }
    return {
      kind: 'choice',
      param: f.param,
      label,
      short,
      multiple,
      options: kept,
      selected,
      issue: issueOf(f.param),
      omitted: all.length - limit,
    };
  };

  /** A select or checkboxes; a text box when the data has no values to offer yet. */
  const choiceOrInput = (
    f: FilterDef,
    field: FieldDef,
    label: string,
  ): ChoiceControl | InputControl => {
    const control = choice(f, label, label);
    if (control.options.length > 0) return control;
    const hint = isMulti(f) ? 'IDs, comma-separated' : field.type === 'string' ? undefined : 'ID';
    return input(f, field, label, label, isMulti(f) ? 'text' : undefined, hint);
  };

  const boolean = (f: FilterDef, label: string): BooleanControl => {
    const include = f.lookup === 'include';
    const options = include
      ? [
          { value: '', label: 'Include' },
          { value: 'false', label: 'Exclude' },
        ]
      : [
          { value: '', label: 'Any' },
          { value: 'true', label: 'Yes' },
          { value: 'false', label: 'No' },
        ];
    const raw = last(f.param);
    const value = ['true', 'True', '1'].includes(raw)
      ? include
        ? ''
        : 'true'
      : ['false', 'False', '0'].includes(raw)
        ? 'false'
        : '';
    return {
      kind: 'boolean',
      param: f.param,
      label,
      short: label,
      value,
      options,
      issue: issueOf(f.param),
    };
  };

  /** Splits one field's filters into its main controls and the rarer lookups. */
  function controlsFor(
    fieldKey: string,
    filters: FilterDef[],
  ): { main: FilterControl[]; extra: FilterControl[] } {
    const field = def.fields[fieldKey];
    const main: FilterControl[] = [];
    const extra: FilterControl[] = [];
    if (!field) return { main, extra };
    const name = capitalise(field.label || fieldKey);
    const by = (lookup: string) => filters.find((f) => f.lookup === lookup && !f.repeat);
    const isDate = field.type === 'datetime';

    if (field.type === 'bool' || filters.every((f) => f.lookup === 'include')) {
      for (const f of filters)
        main.push(boolean(f, f.lookup === 'include' ? `${name} flights` : name));
      return { main, extra };
    }

    // Fields with labelled values are selects or checkboxes; the first list form is the main
    // control and any other form of the same field (exactly one, repeated keys) is a rarer one.
    const labelled = field.optionLabel !== undefined;
    const mainMulti = labelled ? filters.find(isMulti) : undefined;
    for (const f of filters) {
      if (!labelled || !(f.lookup === 'exact' || isMulti(f))) continue;
      const label =
        f === mainMulti || !mainMulti
          ? name
          : `${name} (${isMulti(f) ? (f.repeat ? 'any of, repeated keys' : 'any of') : 'exactly one'})`;
      const control = choiceOrInput(f, field, label);
      (f === mainMulti || !mainMulti ? main : extra).push(control);
    }
    const gte = by('gte');
    const lte = by('lte');
    if (gte && lte) {
      main.push({
        kind: 'range',
        label: name,
        min: input(gte, field, `${name}, ${isDate ? 'from' : 'at least'}`, isDate ? 'From' : 'Min'),
        max: input(
          lte,
          field,
          `${name}, ${isDate ? 'until' : 'at most'}`,
          isDate ? 'Until' : 'Max',
        ),
      });
    }
    for (const f of filters) {
      if (labelled && (f.lookup === 'exact' || isMulti(f))) continue;
      if ((f === gte || f === lte) && gte && lte) continue;
      switch (f.lookup) {
        case 'year':
          main.push(input(f, field, `${name}: year`, 'Year', 'text', 'e.g. 2024, or 2023,2024'));
          break;
        case 'month': {
          const value = last(f.param);
          if (value === '' || /^(?:[1-9]|1[0-2])$/.test(value)) {
            const options = MONTHS.map((m, i) => ({ value: String(i + 1), label: m }));
            main.push({
              kind: 'choice',
              param: f.param,
              label: `${name}: month`,
              short: 'Month',
              multiple: false,
              options,
              selected: value ? [value] : [],
              issue: issueOf(f.param),
              omitted: 0,
            });
          } else {
            main.push(input(f, field, `${name}: month`, 'Month', 'text', '1–12, comma-separated'));
          }
          break;
        }
        case 'day':
          extra.push(
            input(
              f,
              field,
              `${name}: day of month`,
              'Day of month',
              'text',
              '1–31, comma-separated',
            ),
          );
          break;
        case 'contains':
          main.push(
            input(f, field, `${name} contains`, `${name} contains`, 'text', 'Case-sensitive'),
          );
          break;
        case 'icontains':
          main.push(input(f, field, `${name} contains`, `${name} contains`, 'text'));
          break;
        case 'in':
          (filters.length === 1 ? main : extra).push(
            input(f, field, `${name}: any of`, `${name}: any of`, 'text', 'Comma-separated'),
          );
          break;
        case 'exact':
          extra.push(
            input(
              f,
              field,
              isNumeric(field) || isDate ? `${name}, exactly` : `${name} is exactly`,
              isNumeric(field) || isDate ? 'Exactly' : `${name} is exactly`,
            ),
          );
          break;
        case 'gt':
          extra.push(
            input(
              f,
              field,
              `${name}, ${isDate ? 'after' : 'more than'}`,
              isDate ? 'After' : 'More than',
            ),
          );
          break;
        case 'lt':
          extra.push(
            input(
              f,
              field,
              `${name}, ${isDate ? 'before' : 'less than'}`,
              isDate ? 'Before' : 'Less than',
            ),
          );
          break;
        case 'gte':
          extra.push(
            input(
              f,
              field,
              `${name}, ${isDate ? 'from' : 'at least'}`,
              isDate ? 'From' : 'At least',
            ),
          );
          break;
        case 'lte':
          extra.push(
            input(
              f,
              field,
              `${name}, ${isDate ? 'until' : 'at most'}`,
              isDate ? 'Until' : 'At most',
            ),
          );
          break;
        default:
      }
    }
    return { main, extra };
  }

  const byField = new Map<string, FilterDef[]>();
  for (const f of def.filters) byField.set(f.field, [...(byField.get(f.field) ?? []), f]);

  const groupOf = (id: string, controls: FilterControl[]): FilterGroup => ({
    id,
    label: capitalise(def.fields[id]?.label || id),
    controls,
    active: controls.some(isActive),
  });

  const primaryGroups: FilterGroup[] = [];
  for (const param of view?.params ?? []) {
    const text = VIEW_PARAM_LABELS[param];
    const raw = last(param);
    const control: BooleanControl = {
      kind: 'boolean',
      param,
      label: text?.label ?? param,
      short: text?.label ?? param,
      value: ['true', 'True', '1'].includes(raw) ? 'true' : '',
      options: [
        { value: '', label: text?.off ?? 'No' },
        { value: 'true', label: text?.on ?? 'Yes' },
      ],
      issue: issueOf(param),
    };
    primaryGroups.push({
      id: param,
      label: control.label,
      controls: [control],
      active: control.value !== '',
    });
  }

  const moreGroups: FilterGroup[] = [];
  const primarySet = new Set(primary);
  for (const id of primary) {
    const filters = byField.get(id);
    if (!filters) continue;
    const { main, extra } = controlsFor(id, filters);
    if (main.length > 0) primaryGroups.push(groupOf(id, main));
    if (main.length === 0) primaryGroups.push(groupOf(id, extra));
    else if (extra.length > 0) moreGroups.push(groupOf(id, extra));
  }
  for (const [id, filters] of byField) {
    if (primarySet.has(id)) continue;
    const { main, extra } = controlsFor(id, filters);
    if (main.length + extra.length > 0) moreGroups.push(groupOf(id, [...main, ...extra]));
  }

  const commaKeys = [...commaParams(def)];
  return {
    primary: primaryGroups,
    more: moreGroups,
    moreActive: moreGroups.some((g) => g.active),
    commaKeys,
  };
}

/** Some definition labels are generated from keys ("agency launch attempt count"). */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isActive(control: FilterControl): boolean {
  switch (control.kind) {
    case 'range':
      return control.min.value !== '' || control.max.value !== '';
    case 'choice':
      return control.selected.length > 0;
    default:
      return control.value !== '';
  }
}

/** Every parameter a model's controls write, for tests and the "every filter is covered" check. */
export function modelParams(model: FilterModel): string[] {
  const out: string[] = [];
  for (const group of [...model.primary, ...model.more]) {
    for (const c of group.controls) {
      if (c.kind === 'range') out.push(c.min.param, c.max.param);
      else out.push(c.param);
    }
  }
  return out;
}
