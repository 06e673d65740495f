'use client';

import { useEffect, useLayoutEffect } from 'react';
import {
  applyTheme,
  setThemePreference,
  useThemePreference,
  watchSystemTheme,
  type ThemePreference,
} from './theme-store';

const OPTIONS: { value: ThemePreference; label: string; icon: React.ReactNode }[] = [
  {
    value: 'light',
    label: 'Light',
    icon: (
      <>
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.93 4.93l1.41 1.41M17.66 17.66l1.41 1.41M2 12h2M20 12h2M4.93 19.07l1.41-1.41M17.66 6.34l1.41-1.41" />
      </>
    ),
  },
  {
    value: 'dark',
    label: 'Dark',
    icon: <path d="M20.5 14.5A8.5 8.5 0 0 1 9.5 3.5a8.5 8.5 0 1 0 11 11Z" />,
  },
  {
    value: 'system',
    label: 'System',
    icon: (
      <>
        <rect x="3" y="4" width="18" height="12" rx="2" />
        <path d="M8 20h8M12 16v4" />
      </>
    ),
  },
];

/** Light / dark / system, as a group of toggle buttons. Stored in localStorage['theme']. */
export function ThemeToggle({ className = '' }: { className?: string }) {
  const preference = useThemePreference();

  // React's dev-mode remount resets <html> attributes the head script set; put the class back
  // before paint. In production this is a no-op.
  useLayoutEffect(() => {
    applyTheme();
  }, []);

  useEffect(() => watchSystemTheme(), []);

  return (
    <div
      role="group"
      aria-label="Colour theme"
      className={`border-line bg-surface-muted inline-flex items-center gap-0.5 rounded-full border p-0.5 ${className}`}
    >
      {OPTIONS.map((option) => {
        const pressed = preference === option.value;
        return (
          <button
            key={option.value}
            type="button"
            aria-pressed={pressed}
            title={`${option.label} theme`}
            onClick={() => setThemePreference(option.value)}
            className={`grid size-8 place-items-center rounded-full transition-colors ${
              pressed
                ? 'bg-surface text-ink shadow-card'
                : 'text-ink-muted hover:bg-surface/70 hover:text-ink'
            }`}
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              className="size-4"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
              strokeLinejoin="round"
            >
              {option.icon}
            </svg>
            <span className="sr-only">{option.label} theme</span>
          </button>
        );
      })}
    </div>
  );
}
