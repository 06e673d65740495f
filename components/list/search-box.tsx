import { fieldClass, primaryButtonClass } from './control-styles';

/** The list's search field; joins the filter form through the `form` attribute. */
export function SearchBox({
  formId,
  value,
  label,
  hint,
}: {
  formId: string;
  value: string;
  label: string;
  hint: string;
}) {
  return (
    <div role="search" aria-label={label} className="flex items-end gap-2">
      <div className="min-w-0 flex-1">
        <label htmlFor={`${formId}-search`} className="text-ink block text-sm font-medium">
          {label}
        </label>
        <div className="relative mt-1.5">
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="text-ink-subtle pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          >
            <circle cx="9" cy="9" r="6" />
            <path d="m14 14 4 4" />
          </svg>
          <input
            id={`${formId}-search`}
            form={formId}
            type="search"
            name="search"
            defaultValue={value}
            placeholder={hint}
            autoComplete="off"
            enterKeyHint="search"
            className={`${fieldClass} h-10 pl-9 text-base sm:text-sm`}
          />
        </div>
      </div>
      <button type="submit" form={formId} className={`${primaryButtonClass} h-10`}>
        Search
      </button>
    </div>
  );
}
