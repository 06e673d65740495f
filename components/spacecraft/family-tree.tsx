import { Link } from '@/components/ui/link';
import type { SpacecraftFamily } from '@/lib/domain/spacecraft-config-detail';

/** Family → sub-family → this configuration, broadest first. */
export function FamilyTree({
  families,
  leaf,
}: {
  families: readonly SpacecraftFamily[];
  leaf?: { name: string; href: string | null };
}) {
  if (families.length === 0) return null;
  return (
    <ol aria-label="Family tree" className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
      {families.map((f, i) => (
        <li key={f.key} className="flex items-center gap-2">
          {i > 0 ? (
            <span aria-hidden="true" className="text-ink-subtle">
              →
            </span>
          ) : null}
          <span
            className="bg-surface-muted text-ink rounded-md px-2 py-0.5 font-medium"
            title={f.description ?? undefined}
          >
            {f.name}
          </span>
        </li>
      ))}
      {leaf ? (
        <li className="flex items-center gap-2">
          <span aria-hidden="true" className="text-ink-subtle">
            →
          </span>
          {leaf.href ? (
            <Link
              href={leaf.href}
              className="text-link ring-line rounded-md px-2 py-0.5 font-semibold ring-1 hover:underline"
            >
              {leaf.name}
            </Link>
          ) : (
            <span className="text-ink ring-line rounded-md px-2 py-0.5 font-semibold ring-1">
              {leaf.name}
            </span>
          )}
        </li>
      ) : null}
    </ol>
  );
}
