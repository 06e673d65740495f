const REGIONAL_A = 0x1f1e6;

/** The flag emoji for an ISO 3166-1 alpha-2 code ("GB" → 🇬🇧), or null when it is not one. */
export function flagEmoji(code: string | null | undefined): string | null {
  if (typeof code !== 'string' || !/^[A-Za-z]{2}$/.test(code)) return null;
  const upper = code.toUpperCase();
  return String.fromCodePoint(
    REGIONAL_A + upper.charCodeAt(0) - 65,
    REGIONAL_A + upper.charCodeAt(1) - 65,
  );
}

export interface CountryFlagProps {
  /** LL2 `country[].alpha_2_code`. */
  code: string | null | undefined;
  /** Country name for the accessible label (LL2 `country[].name`); defaults to the code. */
  name?: string | null;
  /** Show the name as text after the flag. */
  showName?: boolean;
  className?: string;
}

/** An emoji flag with an accessible name. */
export function CountryFlag({ code, name, showName = false, className = '' }: CountryFlagProps) {
  const flag = flagEmoji(code);
  const label = name || code?.toUpperCase() || 'Unknown country';
  if (!flag) return showName ? <span className={className}>{label}</span> : null;
  return (
    <span className={`inline-flex items-center gap-1.5 ${className}`}>
      {showName ? (
        <>
          <span aria-hidden="true" className="text-[1.15em] leading-none">
            {flag}
          </span>
          <span>{label}</span>
        </>
      ) : (
        <span role="img" aria-label={label} title={label} className="text-[1.15em] leading-none">
          {flag}
        </span>
      )}
    </span>
  );
}
