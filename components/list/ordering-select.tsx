import type { Choice } from '@/lib/list/filter-model';
import { fieldClass, labelClass } from './control-styles';

/** Sort order (field and direction in one select), from the resource's ordering fields. */
export function OrderingSelect({
  formId,
  options,
  value,
}: {
  formId: string;
  options: Choice[];
  value: string;
}) {
  return (
    <div className="min-w-0">
      <label htmlFor={`${formId}-ordering`} className={labelClass}>
        Sort by
      </label>
      <select
        id={`${formId}-ordering`}
        form={formId}
        name="ordering"
        defaultValue={value}
        data-value={value}
        className={`${fieldClass} mt-1 sm:w-auto sm:max-w-80`}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
