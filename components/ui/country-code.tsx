import type { Nationality } from '@/lib/format/nationality';

/**
 * A nationality as a small country-code badge and its name. Text, not a flag emoji: Windows draws
 * regional-indicator pairs as two letters anyway, and a badge reads the same everywhere.
 */
export function NationalityList({ nationalities }: { nationalities: readonly Nationality[] }) {
  if (nationalities.length === 0) return null;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-3 gap-y-1">
      {nationalities.map((n) => (
        <span key={n.name} className="inline-flex items-center gap-1.5">
          {n.code ? (
            <abbr
              title={n.name}
              className="border-line-strong text-ink rounded border px-1 font-mono text-[0.7rem] leading-4 font-semibold no-underline"
            >
              {n.code}
            </abbr>
          ) : null}
          <span>{n.name}</span>
        </span>
      ))}
    </span>
  );
}
