import { initialsOf, tintIndex } from '@/lib/format/images';

export type PlaceholderIcon =
  | 'agency'
  | 'rocket'
  | 'spacecraft'
  | 'station'
  | 'event'
  | 'image'
  | 'person';

// The `.tint-*` classes in app/globals.css (short names: a list page shows a dozen placeholders).
const TINTS = [
  'tint-indigo',
  'tint-sky',
  'tint-emerald',
  'tint-amber',
  'tint-rose',
  'tint-violet',
] as const;

/** By letter count, so an acronym such as "CNSA" fits the box as "CS" does. */
const INITIALS_SIZE: Record<number, string> = {
  1: 'text-[clamp(0.75rem,38cqi,3.5rem)]',
  2: 'text-[clamp(0.75rem,38cqi,3.5rem)]',
  3: 'text-[clamp(0.7rem,28cqi,3rem)]',
  4: 'text-[clamp(0.625rem,22cqi,2.5rem)]',
};

const ICONS: Record<PlaceholderIcon, React.ReactNode> = {
  agency: <path d="M3 21h18M5 21V8l7-4 7 4v13M9 21v-5h6v5M9 11h.01M15 11h.01" />,
  rocket: (
    <path d="M12 2c3 2.5 4.5 6 4.5 10l-1.5 4h-6L7.5 12C7.5 8 9 4.5 12 2ZM9 16l-2.5 3.5L9 19M15 16l2.5 3.5L15 19M12 9.5h.01M10.5 19.5 12 22l1.5-2.5" />
  ),
  spacecraft: <path d="M12 3v3M12 18v3M8 8h8v8H8zM8 12H2M22 12h-6M2 9v6M22 9v6" />,
  station: (
    <path d="M10 10h4v4h-4zM12 2v8M12 14v8M2 12h8M14 12h8M2 5h6v4H2zM16 15h6v4h-6zM2 15h6v4H2zM16 5h6v4h-6z" />
  ),
  event: <path d="M4 6h16v14H4zM4 10h16M9 3v4M15 3v4M8 14h3v3H8z" />,
  image: <path d="M4 5h16v14H4zM4 16l5-5 4 4 2-2 5 5M15 9h.01" />,
  person: <path d="M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8ZM4 21c0-4 3.6-7 8-7s8 3 8 7" />,
};

export interface ImagePlaceholderProps {
  /** Drives the initials and the tint. Without it the icon is shown. */
  name?: string | null;
  icon?: PlaceholderIcon;
  /** Accessible name; empty or missing makes the placeholder decorative. */
  label?: string;
  /** Show the icon even when there is a name (for photos rather than logos). */
  preferIcon?: boolean;
  className?: string;
}

/** The designed stand-in for a missing or broken image. Fills its parent. */
export function ImagePlaceholder({
  name,
  icon = 'image',
  label,
  preferIcon = false,
  className = '',
}: ImagePlaceholderProps) {
  const initials = preferIcon ? '' : initialsOf(name);
  const tint = TINTS[tintIndex(name ?? icon, TINTS.length)];
  const a11y = label ? { role: 'img' as const, 'aria-label': label } : { 'aria-hidden': true };
  return (
    <span
      {...a11y}
      className={className ? `placeholder-box ${tint} ${className}` : `placeholder-box ${tint}`}
    >
      {initials ? (
        <span
          className={`${INITIALS_SIZE[Math.min(initials.length, 4)]} leading-none font-semibold tracking-tight`}
        >
          {initials}
        </span>
      ) : (
        <svg
          viewBox="0 0 24 24"
          className="size-[40%] max-h-16 max-w-16 opacity-80"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          {ICONS[icon]}
        </svg>
      )}
    </span>
  );
}
