import type { ReactElement } from 'react';
import type {
  Choice,
  ChoiceControl,
  FilterControl,
  FilterGroup,
  InputControl,
  RangeControl,
} from '@/lib/list/filter-model';
import { CheckList, type CheckOption } from './check-list';
import { FacetSearch } from './facet-search';

/*
 * A filter form has dozens of controls and its markup is sent twice (the HTML and the RSC
 * payload), so each control is as small as it can be: the label wraps its field (no ids, no
 * wrapper), and the styles are the short shared classes in app/globals.css.
 */

const numberFormat = new Intl.NumberFormat('en-US');

const issueId = (param: string) => `filter-${param}-issue`;

function invalidProps(param: string, issue?: string) {
  return issue ? { 'aria-invalid': true as const, 'aria-describedby': issueId(param) } : {};
}

/**
 * A field inside its label and, when its value was not used, the reason under it. `className`
 * places the whole thing in its group's grid; `single` marks a field's only control, labelled
 * like a legend (otherwise a small label under the group's legend).
 */
function Field({
  param,
  label,
  issue,
  single,
  className,
  children,
}: {
  param: string;
  label: string;
  issue?: string;
  single: boolean;
  className?: string;
  children: ReactElement;
}) {
  const kind = single ? 'filter-label' : 'field-label';
  const field = (
    <label className={!issue && className ? `${kind} ${className}` : kind}>
      {label}
      {children}
    </label>
  );
  if (!issue) return field;
  return (
    <div className={className ? `min-w-0 ${className}` : 'min-w-0'}>
      {field}
      <p id={issueId(param)} className="filter-issue">
        {issue}
      </p>
    </div>
  );
}

function Input({
  control,
  label,
  single,
  className,
}: {
  control: InputControl;
  label: string;
  single: boolean;
  className?: string;
}) {
  const { param, value, input, hint, issue } = control;
  return (
    <Field param={param} label={label} issue={issue} single={single} className={className}>
      <input
        name={param}
        type={input === 'date' ? 'date' : 'text'}
        inputMode={input === 'number' ? 'decimal' : undefined}
        defaultValue={value || undefined}
        placeholder={hint}
        className="field"
        {...invalidProps(param, issue)}
      />
    </Field>
  );
}

/** Min and max; in a group they start a row of the group's grid. */
function Range({ control, single }: { control: RangeControl; single: boolean }) {
  const inputs = [
    <Input
      key="min"
      control={control.min}
      label={control.min.short}
      single={false}
      className="col-start-1"
    />,
    <Input key="max" control={control.max} label={control.max.short} single={false} />,
  ];
  // Inside a field's group the group's legend already names the field.
  if (!single) return inputs;
  return (
    <fieldset>
      <legend>{control.label}</legend>
      <div className="filter-grid">{inputs}</div>
    </fieldset>
  );
}

interface SelectProps {
  param: string;
  label: string;
  value: string;
  options: { value: string; label: string; count?: number }[];
  issue?: string;
  anyLabel?: string;
  single: boolean;
  className?: string;
}

function Select({ param, label, value, options, issue, anyLabel, single, className }: SelectProps) {
  return (
    <Field param={param} label={label} issue={issue} single={single} className={className}>
      {/* React leaves an uncontrolled select alone when its default changes; the form enhancer
          resets it from data-value. */}
      <select
        name={param}
        defaultValue={value}
        data-value={value}
        className="field"
        {...invalidProps(param, issue)}
      >
        {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.count ? `${o.label} (${numberFormat.format(o.count)})` : o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** Options shown before "Show all": a long list opens on its most used values. */
export const TOP_OPTIONS = 8;
/** Lists up to this long are shown whole: "Show all 10" would hide only two. */
const SHOW_WHOLE = 12;

/**
 * Checkboxes, most used first. A long list (a hundred launch providers) shows its top values and
 * the ticked ones; the rest open under "Show all" (a <details>, so it works without JavaScript),
 * with a box that narrows the list as you type.
 */
function Checkboxes({ control, className }: { control: ChoiceControl; className?: string }) {
  const { param, label, options, selected, issue, omitted } = control;
  if (options.length === 0) return null;
  const long = options.length > SHOW_WHOLE;
  const shown = long
    ? options.filter((o, i) => i < TOP_OPTIONS || selected.includes(o.value))
    : options;
  const rest = long ? options.filter((o) => !shown.includes(o)) : [];
  // The top of a long list is short enough to show without its own scroll box.
  const list = (items: Choice[], whole = false) => (
    <CheckList
      param={param}
      options={items.map((o): CheckOption => [o.value, o.label, o.count ?? 0])}
      checked={selected.filter((value) => items.some((o) => o.value === value))}
      whole={whole}
    />
  );
  return (
    <fieldset className={className} {...invalidProps(param, issue)}>
      <legend>{label}</legend>
      {list(shown, long)}
      {rest.length > 0 ? (
        <details className="group/facet mt-1.5">
          <summary className="text-link rounded-md text-sm font-medium">
            <span className="group-open/facet:hidden">
              Show all {numberFormat.format(options.length)}
            </span>
            <span className="hidden group-open/facet:inline">Show fewer</span>
            <span className="sr-only"> {label} options</span>
          </summary>
          <div className="mt-1.5">
            <FacetSearch label={label} total={options.length} />
            {list(rest)}
          </div>
        </details>
      ) : null}
      {omitted > 0 ? (
        <p className="text-ink-muted mt-1 text-xs">
          {numberFormat.format(omitted)} rarer values not listed; use search.
        </p>
      ) : null}
      {issue ? (
        <p id={issueId(param)} className="filter-issue">
          {issue}
        </p>
      ) : null}
    </fieldset>
  );
}

function Control({ control, single }: { control: FilterControl; single: boolean }) {
  // In a group, lists and yes/no selects take a whole row; short fields pair up two to a row.
  const wide = single ? undefined : 'col-span-2';
  switch (control.kind) {
    case 'range':
      return <Range control={control} single={single} />;
    case 'boolean':
      return (
        <Select
          param={control.param}
          label={control.label}
          value={control.value}
          options={control.options}
          issue={control.issue}
          single={single}
          className={wide}
        />
      );
    case 'choice':
      if (control.multiple) return <Checkboxes control={control} className={wide} />;
      return (
        <Select
          param={control.param}
          label={single ? control.label : control.short}
          value={control.selected[0] ?? ''}
          options={control.options}
          issue={control.issue}
          anyLabel="Any"
          single={single}
        />
      );
    case 'input':
      return (
        <Input control={control} label={single ? control.label : control.short} single={single} />
      );
  }
}

const controlKey = (c: FilterControl) => (c.kind === 'range' ? c.min.param : c.param);

/** One field's controls; several controls share a fieldset named after the field. */
export function FilterGroupControls({ group }: { group: FilterGroup }) {
  const [first, ...rest] = group.controls;
  if (!first) return null;
  if (rest.length === 0) return <Control control={first} single />;
  return (
    <fieldset>
      <legend>{group.label}</legend>
      <div className="filter-grid">
        {group.controls.map((c) => (
          <Control key={controlKey(c)} control={c} single={false} />
        ))}
      </div>
    </fieldset>
  );
}
