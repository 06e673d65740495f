/**
 * The filter panel, generated from a resource definition: every filter of the resource becomes a
 * control, so adding a filter to the definition adds it to the page. Pure, so it is unit-tested
 * and the panel component only lays controls out.
 */
import type { ParamIssue } from '@/lib/query/types';
import { commaParams, splitList } from '@/lib/resources/params';
import type { FieldDef, FilterDef, Lookup, ResourceDef, ViewDef } from '@/lib/resources/types';
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

/** What every control reads from the request: its values, the data's options, the issues. */
interface Request {
  values: ReadonlyMap<string, readonly string[]>;
  facets: Readonly<Record<string, readonly FacetOption[]>>;
  issueOf(param: string): string | undefined;
  /** The last value of a parameter ('' when absent): one-value controls show that one. */
  last(param: string): string;
}

/** One filter of a field, with what its label is made of. */
interface Target {
  req: Request;
  f: FilterDef;
  field: FieldDef;
  /** The field's label, capitalised: "Founding year". */
  name: string;
  isDate: boolean;
  /** The field has no other filter. */
  only: boolean;
}

function input(
  t: Target,
  label: string,
  short: string,
  kind?: InputKind,
  hint?: string,
): InputControl {
  const value = t.req.last(t.f.param);
  let type: InputKind =
    kind ?? (t.field.type === 'datetime' ? 'date' : isNumeric(t.field) ? 'number' : 'text');
  // A date box can only show YYYY-MM-DD; keep other values (times, typos) visible and editable.
  if (type === 'date' && value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) type = 'text';
  return {
    kind: 'input',
    param: t.f.param,
    label,
    short,
    value,
    input: type,
    hint,
    issue: t.req.issueOf(t.f.param),
  };
}

function choice(t: Target, label: string): ChoiceControl {
  const { req, f } = t;
  const multiple = isMulti(f);
  const selected = multiple
    ? (req.values.get(f.param) ?? []).flatMap(splitList)
    : [req.last(f.param)].filter(Boolean);
  // A value the selection lacks would lead to no results; ticked ones stay so they can be unticked.
  const all = (req.facets[f.field] ?? []).filter((o) => o.count > 0);
  const limit = all.length <= WHOLE_LIST_MAX ? all.length : MAX_OPTIONS;
  const kept = all.slice(0, limit).map((o) => ({ value: o.value, label: o.label, count: o.count }));
  for (const value of selected) {
    if (kept.some((o) => o.value === value)) continue;
    const known = req.facets[f.field]?.find((o) => o.value === value);
    kept.push({ value, label: known?.label ?? value, count: known?.count ?? 0 });
  }
  return {
    kind: 'choice',
    param: f.param,
    label,
    short: label,
    multiple,
    options: kept,
    selected,
    issue: req.issueOf(f.param),
    omitted: all.length - limit,
  };
}

/** A select or checkboxes; a text box when the data has no values to offer yet. */
function choiceOrInput(t: Target, label: string): ChoiceControl | InputControl {
  const control = choice(t, label);
  if (control.options.length > 0) return control;
  const hint = isMulti(t.f) ? 'IDs, comma-separated' : t.field.type === 'string' ? undefined : 'ID';
  return input(t, label, label, isMulti(t.f) ? 'text' : undefined, hint);
}

const TRUE = ['true', 'True', '1'];
const FALSE = ['false', 'False', '0'];

function boolean(t: Target, label: string): BooleanControl {
  const include = t.f.lookup === 'include';
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
  const raw = t.req.last(t.f.param);
  const value = TRUE.includes(raw) ? (include ? '' : 'true') : FALSE.includes(raw) ? 'false' : '';
  return {
    kind: 'boolean',
    param: t.f.param,
    label,
    short: label,
    value,
    options,
    issue: t.req.issueOf(t.f.param),
  };
}

/** Month numbers as a select of month names; a text box keeps a list or a typo editable. */
function month(t: Target): FilterControl {
  const value = t.req.last(t.f.param);
  if (value !== '' && !/^(?:[1-9]|1[0-2])$/.test(value))
    return input(t, `${t.name}: month`, 'Month', 'text', '1–12, comma-separated');
  return {
    kind: 'choice',
    param: t.f.param,
    label: `${t.name}: month`,
    short: 'Month',
    multiple: false,
    options: MONTHS.map((m, i) => ({ value: String(i + 1), label: m })),
    selected: value ? [value] : [],
    issue: t.req.issueOf(t.f.param),
    omitted: 0,
  };
}

/** A one-sided comparison: "Launch date, after" / "Mass, more than" ([dates, numbers]). */
function comparison(words: [date: string, number: string]) {
  return (t: Target): [Slot, FilterControl] => {
    const word = t.isDate ? words[0] : words[1];
    return ['extra', input(t, `${t.name}, ${word}`, capitalise(word))];
  };
}

/** Whether a control shows in its field's group or among the field's rarer lookups. */
type Slot = 'main' | 'extra';

/**
 * The control of each lookup of an unlabelled field (labelled fields are selects, `gte` with
 * `lte` a range, booleans a yes/no). Every lookup has an entry, so a new one fails the type
 * check until it has a control, or `null` to leave it out of the panel.
 */
const LOOKUP_CONTROLS: Record<Lookup, ((t: Target) => [Slot, FilterControl]) | null> = {
  year: (t) => ['main', input(t, `${t.name}: year`, 'Year', 'text', 'e.g. 2024, or 2023,2024')],
  month: (t) => ['main', month(t)],
  day: (t) => [
    'extra',
    input(t, `${t.name}: day of month`, 'Day of month', 'text', '1–31, comma-separated'),
  ],
  contains: (t) => [
    'main',
    input(t, `${t.name} contains`, `${t.name} contains`, 'text', 'Case-sensitive'),
  ],
  icontains: (t) => ['main', input(t, `${t.name} contains`, `${t.name} contains`, 'text')],
  in: (t) => [
    t.only ? 'main' : 'extra',
    input(t, `${t.name}: any of`, `${t.name}: any of`, 'text', 'Comma-separated'),
  ],
  exact: (t) =>
    isNumeric(t.field) || t.isDate
      ? ['extra', input(t, `${t.name}, exactly`, 'Exactly')]
      : ['extra', input(t, `${t.name} is exactly`, `${t.name} is exactly`)],
  gt: comparison(['after', 'more than']),
  lt: comparison(['before', 'less than']),
  gte: comparison(['from', 'at least']),
  lte: comparison(['until', 'at most']),
  include: null,
};

/** Splits one field's filters into its main controls and the rarer lookups. */
function controlsFor(
  req: Request,
  def: ResourceDef,
  fieldKey: string,
  filters: FilterDef[],
): { main: FilterControl[]; extra: FilterControl[] } {
  const field = def.fields[fieldKey];
  const out: Record<Slot, FilterControl[]> = { main: [], extra: [] };
  if (!field) return out;
  const name = capitalise(field.label || fieldKey);
  const isDate = field.type === 'datetime';
  const target = (f: FilterDef): Target => ({
    req,
    f,
    field,
    name,
    isDate,
    only: filters.length === 1,
  });

  if (field.type === 'bool' || filters.every((f) => f.lookup === 'include')) {
    for (const f of filters)
      out.main.push(boolean(target(f), f.lookup === 'include' ? `${name} flights` : name));
    return out;
  }

  // Fields with labelled values are selects or checkboxes; the first list form is the main
  // control and any other form of the same field (exactly one, repeated keys) is a rarer one.
  const labelled = field.optionLabel !== undefined;
  const listed = (f: FilterDef) => labelled && (f.lookup === 'exact' || isMulti(f));
  const mainMulti = labelled ? filters.find(isMulti) : undefined;
  for (const f of filters.filter(listed)) {
    const isMain = f === mainMulti || !mainMulti;
    const form = isMulti(f) ? (f.repeat ? 'any of, repeated keys' : 'any of') : 'exactly one';
    out[isMain ? 'main' : 'extra'].push(
      choiceOrInput(target(f), isMain ? name : `${name} (${form})`),
    );
  }

  const by = (lookup: Lookup) => filters.find((f) => f.lookup === lookup && !f.repeat);
  const gte = by('gte');
  const lte = by('lte');
  const range = gte && lte ? [gte, lte] : [];
  if (gte && lte) {
    out.main.push({
      kind: 'range',
      label: name,
      min: input(target(gte), `${name}, ${isDate ? 'from' : 'at least'}`, isDate ? 'From' : 'Min'),
      max: input(target(lte), `${name}, ${isDate ? 'until' : 'at most'}`, isDate ? 'Until' : 'Max'),
    });
  }
  for (const f of filters) {
    if (listed(f) || range.includes(f)) continue;
    const placed = LOOKUP_CONTROLS[f.lookup]?.(target(f));
    if (placed) out[placed[0]].push(placed[1]);
  }
  return out;
}

/** The view's own switches ("Hide recent launches"), first in the panel. */
function viewGroups(req: Request, view: ViewDef | undefined): FilterGroup[] {
  return (view?.params ?? []).map((param) => {
    const text = VIEW_PARAM_LABELS[param];
    const control: BooleanControl = {
      kind: 'boolean',
      param,
      label: text?.label ?? param,
      short: text?.label ?? param,
      value: TRUE.includes(req.last(param)) ? 'true' : '',
      options: [
        { value: '', label: text?.off ?? 'No' },
        { value: 'true', label: text?.on ?? 'Yes' },
      ],
      issue: req.issueOf(param),
    };
    return { id: param, label: control.label, controls: [control], active: control.value !== '' };
  });
}

export function buildFilterModel({
  def,
  view,
  values,
  facets,
  issues,
  primary,
}: FilterModelInput): FilterModel {
  const req: Request = {
    values,
    facets,
    issueOf: (param) => {
      const issue = issues.find((i) => i.param === param);
      return issue ? `${issue.message} Expected ${issue.expected}.` : undefined;
    },
    last: (param) => values.get(param)?.at(-1) ?? '',
  };

  const byField = new Map<string, FilterDef[]>();
  for (const f of def.filters) byField.set(f.field, [...(byField.get(f.field) ?? []), f]);

  const groupOf = (id: string, controls: FilterControl[]): FilterGroup => ({
    id,
    label: capitalise(def.fields[id]?.label || id),
    controls,
    active: controls.some(isActive),
  });

  const primaryGroups = viewGroups(req, view);
  const moreGroups: FilterGroup[] = [];
  const primarySet = new Set(primary);
  for (const id of primary) {
    const filters = byField.get(id);
    if (!filters) continue;
    const { main, extra } = controlsFor(req, def, id, filters);
    if (main.length > 0) primaryGroups.push(groupOf(id, main));
    if (main.length === 0) primaryGroups.push(groupOf(id, extra));
    else if (extra.length > 0) moreGroups.push(groupOf(id, extra));
  }
  for (const [id, filters] of byField) {
    if (primarySet.has(id)) continue;
    const { main, extra } = controlsFor(req, def, id, filters);
    if (main.length + extra.length > 0) moreGroups.push(groupOf(id, [...main, ...extra]));
  }

  return {
    primary: primaryGroups,
    more: moreGroups,
    moreActive: moreGroups.some((g) => g.active),
    commaKeys: [...commaParams(def)],
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
