import { DEFAULT_LIMIT } from '@/lib/resources/params';
import { fieldClass, labelClass } from './control-styles';

export const PAGE_SIZES = [10, 25, 50, 100] as const;

/** Results per page; LL2's default (10) is written as an empty value so URLs stay short. */
export function PageSizeSelect({ formId, limit }: { formId: string; limit: number }) {
  const value = limit === DEFAULT_LIMIT ? '' : String(limit);
  const sizes: number[] = PAGE_SIZES.includes(limit as (typeof PAGE_SIZES)[number])
    ? [...PAGE_SIZES]
    : [...PAGE_SIZES, limit].sort((a, b) => a - b);
  return (
    <div>
      <label htmlFor={`${formId}-limit`} className={labelClass}>
        Per page
      </label>
      <select
        id={`${formId}-limit`}
        form={formId}
        name="limit"
        defaultValue={value}
        data-value={value}
        className={`${fieldClass} mt-1 w-20`}
      >
        {sizes.map((n) => (
          <option key={n} value={n === DEFAULT_LIMIT ? '' : String(n)}>
            {n}
          </option>
        ))}
      </select>
    </div>
  );
}
