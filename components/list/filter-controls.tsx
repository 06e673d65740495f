import type {
  BooleanControl,
  ChoiceControl,
  FilterControl,
  FilterGroup,
  InputControl,
  RangeControl,
} from '@/lib/list/filter-model';
import { fieldClass, labelClass } from './control-styles';

const numberFormat = new Intl.NumberFormat('en-US');

const controlId = (param: string) => `filter-${param}`;

function Issue({ param, text }: { param: string; text?: string }) {
  if (!text) return null;
  return (
    <p id={`${controlId(param)}-issue`} className="text-failure-ink mt-1 text-xs">
      {text}
    </p>
  );
}

function invalidProps(param: string, issue?: string) {
  return issue
    ? { 'aria-invalid': true as const, 'aria-describedby': `${controlId(param)}-issue` }
    : {};
}

function Input({ control, label }: { control: InputControl; label: string }) {
  const { param, value, input, hint, issue } = control;
  return (
    <div className="min-w-0">
      <label htmlFor={controlId(param)} className={labelClass}>
        {label}
      </label>
      <input
        id={controlId(param)}
        name={param}
        type={input === 'date' ? 'date' : 'text'}
        inputMode={input === 'number' ? 'decimal' : undefined}
        defaultValue={value}
        placeholder={hint}
        autoComplete="off"
        className={`${fieldClass} mt-1`}
        {...invalidProps(param, issue)}
      />
      <Issue param={param} text={issue} />
    </div>
  );
}

function Range({ control, single }: { control: RangeControl; single: boolean }) {
  const inputs = (
    <div className={`grid grid-cols-2 gap-2 ${single ? 'mt-1.5' : ''}`}>
      <Input control={control.min} label={control.min.short} />
      <Input control={control.max} label={control.max.short} />
    </div>
  );
  // Inside a field's group the group's legend already names the field.
  if (!single) return inputs;
  return (
    <fieldset className="min-w-0">
      <legend className="text-ink text-sm font-medium">{control.label}</legend>
      {inputs}
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
  /** Inside a field's group: a small label under the group's legend. */
  small?: boolean;
}

function Select({ param, label, value, options, issue, anyLabel, small = false }: SelectProps) {
  return (
    <div className="min-w-0">
      <label
        htmlFor={controlId(param)}
        className={small ? labelClass : 'text-ink block text-sm font-medium'}
      >
        {label}
      </label>
      <select
        id={controlId(param)}
        name={param}
        defaultValue={value}
        data-value={value}
        className={`${fieldClass} ${small ? 'mt-1' : 'mt-1.5'}`}
        {...invalidProps(param, issue)}
      >
        {anyLabel !== undefined ? <option value="">{anyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.count ? `${o.label} (${numberFormat.format(o.count)})` : o.label}
          </option>
        ))}
      </select>
      <Issue param={param} text={issue} />
    </div>
  );
}

function Checkboxes({ control }: { control: ChoiceControl }) {
  const { param, label, options, selected, issue, omitted } = control;
  if (options.length === 0) return null;
  return (
    <fieldset className="min-w-0" {...invalidProps(param, issue)}>
      <legend className="text-ink text-sm font-medium">{label}</legend>
      <ul className="border-line mt-1.5 max-h-52 space-y-0.5 overflow-y-auto rounded-lg border p-1.5">
        {options.map((o) => (
          <li key={o.value}>
            <label className="text-ink hover:bg-surface-muted flex cursor-pointer items-center gap-2 rounded-md px-1.5 py-1 text-sm">
              <input
                type="checkbox"
                name={param}
                value={o.value}
                defaultChecked={selected.includes(o.value)}
                className="accent-accent size-4 shrink-0"
              />
              <span className="min-w-0 flex-1 truncate" title={o.label}>
                {o.label}
              </span>
              {o.count ? (
                <span className="numeric text-ink-muted text-xs">
                  {numberFormat.format(o.count)}
                </span>
              ) : null}
            </label>
          </li>
        ))}
      </ul>
      {omitted > 0 ? (
        <p className="text-ink-muted mt-1 text-xs">
          {numberFormat.format(omitted)} rarer values not listed; use search.
        </p>
      ) : null}
      <Issue param={param} text={issue} />
    </fieldset>
  );
}

function BooleanSelect({ control, small }: { control: BooleanControl; small: boolean }) {
  return (
    <Select
      param={control.param}
      label={control.label}
      value={control.value}
      options={control.options}
      issue={control.issue}
      small={small}
    />
  );
}

function Control({ control, single }: { control: FilterControl; single: boolean }) {
  switch (control.kind) {
    case 'range':
      return <Range control={control} single={single} />;
    case 'boolean':
      return <BooleanSelect control={control} small={!single} />;
    case 'choice':
      if (control.multiple) return <Checkboxes control={control} />;
      return (
        <Select
          param={control.param}
          label={single ? control.label : control.short}
          value={control.selected[0] ?? ''}
          options={control.options}
          issue={control.issue}
          anyLabel="Any"
          small={!single}
        />
      );
    case 'input':
      return single ? (
        <div className="[&_label]:text-ink [&_label]:text-sm">
          <Input control={control} label={control.label} />
        </div>
      ) : (
        <Input control={control} label={control.short} />
      );
  }
}

/** One field's controls; several controls share a fieldset named after the field. */
export function FilterGroupControls({ group }: { group: FilterGroup }) {
  const [first, ...rest] = group.controls;
  if (!first) return null;
  if (rest.length === 0) return <Control control={first} single />;
  // Short inputs pair up two to a row; ranges and lists take the whole row.
  const wide = (c: FilterControl) =>
    c.kind === 'range' || c.kind === 'boolean' || (c.kind === 'choice' && c.multiple);
  return (
    <fieldset className="min-w-0">
      <legend className="text-ink text-sm font-medium">{group.label}</legend>
      <div className="mt-1.5 grid grid-cols-2 gap-2">
        {group.controls.map((c) => (
          <div
            key={c.kind === 'range' ? c.min.param : c.param}
            className={`min-w-0 ${wide(c) ? 'col-span-2' : ''}`}
          >
            <Control control={c} single={false} />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
