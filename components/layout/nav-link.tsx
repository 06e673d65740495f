'use client';

import { Link } from '@/components/ui/link';
import { usePathname } from 'next/navigation';

const VARIANTS = {
  /** Desktop tab row: underline on the active section. */
  tab: {
    base: 'relative inline-flex h-11 items-center px-3 text-sm font-medium transition-colors after:absolute after:inset-x-3 after:bottom-0 after:h-0.5 after:rounded-full',
    active: 'text-ink after:bg-accent',
    idle: 'text-ink-muted hover:text-ink after:bg-transparent',
  },
  /** Mobile menu list. */
  menu: {
    base: 'flex items-center rounded-lg px-3 py-2.5 text-base font-medium',
    active: 'bg-accent-soft text-accent-soft-ink',
    idle: 'text-ink hover:bg-surface-muted',
  },
} as const;

/**
 * A nav link that knows where we are: `aria-current="page"` on the section's own page, and
 * "true" (still highlighted) on pages inside it, like /launches/some-launch.
 */
export function NavLink({
  href,
  variant = 'tab',
  children,
}: {
  href: string;
  variant?: keyof typeof VARIANTS;
  children: React.ReactNode;
}) {
  const pathname = usePathname();
  const exact = pathname === href;
  const inside = !exact && pathname.startsWith(`${href}/`);
  const v = VARIANTS[variant];
  return (
    <Link
      href={href}
      aria-current={exact ? 'page' : inside ? 'true' : undefined}
      // The mobile menu is a <details>; close it when the reader picks a page.
      onClick={(e) => e.currentTarget.closest('details')?.removeAttribute('open')}
      className={`${v.base} ${exact || inside ? v.active : v.idle}`}
    >
      {children}
    </Link>
  );
}
